/// A calendar month, the scenario format's unit of planning time, written `YYYY-MM`.
///
/// Months are the grain of build-out phases, grid steps, demand curves and monthly
/// accounting. They compare and subtract as whole months, with no time zone or day in play.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year, e.g. 2027.
    public let year: Int
    /// The month of the year, 1 (January) to 12 (December).
    public let month: Int

    /// Creates a month; `month` must be 1…12.
    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month must be 1...12")
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM` (four-digit year, two-digit month 01–12); nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts[0].allSatisfy(\.isASCIIDigitCharacter), parts[1].allSatisfy(\.isASCIIDigitCharacter),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The number of months since January of year 0: a single integer for arithmetic.
    public var ordinal: Int { year * 12 + (month - 1) }

    /// The month with the given `ordinal`.
    public init(ordinal: Int) {
        let year = ordinal >= 0 ? ordinal / 12 : (ordinal - 11) / 12
        self.init(year: year, month: ordinal - year * 12 + 1)
    }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> Month { Month(ordinal: ordinal + count) }

    /// Whole months from `earlier` to this month (negative when `earlier` is later).
    public func months(since earlier: Month) -> Int { ordinal - earlier.ordinal }

    /// The number of days in this month (Gregorian calendar).
    public var dayCount: Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM`, as scenario files write it.
    public var description: String {
        let paddedMonth = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(paddedMonth)"
    }

    public static func < (a: Month, b: Month) -> Bool { a.ordinal < b.ordinal }
}

extension Character {
    /// True for the ASCII digits 0–9 only (not other Unicode digits).
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}

extension Month: Strideable {
    /// Whole months from this month to `other`.
    public func distance(to other: Month) -> Int { other.ordinal - ordinal }

    /// The month `count` months later (earlier when negative).
    public func advanced(by count: Int) -> Month { Month(ordinal: ordinal + count) }
}

/// A scenario's horizon: its first and last simulated month, both included. Every month
/// list of the horizon (simulation calendar, planning calendar, forecasts, validation) comes
/// from `months`.
public typealias Horizon = ClosedRange<Month>

extension ClosedRange where Bound == Month {
    /// Every month of the horizon, first to last.
    public var months: [Month] { Array(self) }

    /// The first month after the horizon: where residual values are measured.
    public var monthAfterEnd: Month { upperBound.adding(months: 1) }

    /// The calendar years the horizon touches: 1 for a horizon within one year.
    public var calendarYearCount: Int { upperBound.year - lowerBound.year + 1 }
}
