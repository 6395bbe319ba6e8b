import Foundation

/// A number exactly as an SWF field writes it: `significand × 10^exponent`.
///
/// Reading the decimal digits into an integer keeps `0.0015` seconds exactly 1.5 ms, so
/// rounding to milliseconds is exact rather than at the mercy of binary floating point.
struct SWFNumber: Equatable {
    /// The digits, with the sign; at most 18 significant digits are kept.
    var significand: Int64
    /// The power of ten the significand is scaled by.
    var exponent: Int

    /// What a number is when a whole number is wanted.
    enum Whole: Equatable {
        case value(Int64)
        case fraction
        case tooLarge
    }

    /// True for SWF's "missing" marker, -1 (also written `-1.0`).
    var isMissing: Bool { whole == .value(-1) }

    /// True when the number is below zero.
    var isNegative: Bool { significand < 0 }

    /// The number as a whole number, if it is one.
    var whole: Whole {
        if exponent >= 0 {
            return scaled(byPowerOfTen: 0).map(Whole.value) ?? .tooLarge
        }
        // 10^19 exceeds Int64, but no 18-digit significand is a multiple of it unless zero.
        guard -exponent <= 18 else { return significand == 0 ? .value(0) : .fraction }
        return significand % Self.powerOfTen(-exponent) == 0 ? .value(significand / Self.powerOfTen(-exponent)) : .fraction
    }

    /// The number as a `Double` (for values that need no exact rounding).
    var doubleValue: Double {
        if significand == 0 { return 0 }
        return exponent >= 0
            ? Double(significand) * pow(10, Double(exponent))
            : Double(significand) / pow(10, Double(-exponent))
    }

    /// The number × 10^`power`, rounded to the nearest integer (halves away from zero), or
    /// nil when that does not fit in an `Int64`.
    func scaled(byPowerOfTen power: Int) -> Int64? {
        let shift = exponent + power
        if significand == 0 { return 0 }
        if shift >= 0 {
            var value = significand
            for _ in 0..<shift {
                let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                value = product
            }
            return value
        }
        // |significand| < 10^18, so dividing by 10^19 or more leaves less than 0.1.
        guard -shift <= 18 else { return 0 }
        let divisor = Self.powerOfTen(-shift)
        var quotient = significand / divisor
        let remainder = significand % divisor
        if remainder.magnitude * 2 >= divisor.magnitude { quotient += significand < 0 ? -1 : 1 }
        return quotient
    }

    private static func powerOfTen(_ n: Int) -> Int64 {
        var value: Int64 = 1
        for _ in 0..<n { value *= 10 }
        return value
    }
}

extension SWFNumber {
    /// Reads a number from `bytes[start..<end]`: an optional sign, digits with an optional
    /// decimal point, and an optional exponent (`1.5e3`). Returns nil for anything else.
    ///
    /// - Complexity: O(end - start), with no allocation.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> SWFNumber? {
        var i = start
        var negative = false
        if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var significand: Int64 = 0
        var exponent = 0
        var significantDigits = 0
        var digits = 0
        var afterPoint = false
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "."), !afterPoint {
                afterPoint = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                let digit = Int64(byte &- UInt8(ascii: "0"))
                digits += 1
                if significand == 0, digit == 0 {
                    if afterPoint { exponent -= 1 }  // a leading zero: only its place counts
                } else if significantDigits < 18 {
                    significand = significand * 10 + digit
                    significantDigits += 1
                    if afterPoint { exponent -= 1 }
                } else if !afterPoint {
                    exponent += 1  // digits beyond 18 significant ones: keep the magnitude
                }
            } else {
                break
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var exponentNegative = false
            if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                exponentNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var written = 0
            var exponentDigits = 0
            while i < end, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
                written = min(written * 10 + Int(bytes[i] &- UInt8(ascii: "0")), 10_000)
                exponentDigits += 1
                i += 1
            }
            guard exponentDigits > 0 else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard i == end else { return nil }
        return SWFNumber(significand: negative ? -significand : significand, exponent: exponent)
    }
}
