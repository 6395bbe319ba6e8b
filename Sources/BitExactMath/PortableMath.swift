// Natural logarithm and exponential in plain IEEE-754 arithmetic, so that random variates
// are bit-identical on every machine. The platform's libm (glibc, Apple's libm, musl) may
// differ in the last bit; these ports of Sun's fdlibm 5.3 (`e_log.c`, `e_exp.c`, freely
// distributable, © 1993 Sun Microsystems) use only +, −, ×, ÷ and bit manipulation, which
// IEEE-754 defines exactly (Swift does not contract a × b + c into a fused multiply-add).
// Both are accurate to < 1 ulp.

/// Platform-independent `log` and `exp` (fdlibm 5.3 algorithms), for deterministic variates.
public enum PortableMath {
    // Constants are computed properties, not `static let`s, so they fold into the code
    // instead of going through a lazily initialised global on every use.
    @inlinable @inline(__always) static var ln2Hi: Double { Double(bitPattern: 0x3FE6_2E42_FEE0_0000) }
    @inlinable @inline(__always) static var ln2Lo: Double { Double(bitPattern: 0x3DEA_39EF_3579_3C76) }
    @inlinable @inline(__always) static var two54: Double { Double(bitPattern: 0x4350_0000_0000_0000) }
    @inlinable @inline(__always) static var lg1: Double { Double(bitPattern: 0x3FE5_5555_5555_5593) }
    @inlinable @inline(__always) static var lg2: Double { Double(bitPattern: 0x3FD9_9999_9997_FA04) }
    @inlinable @inline(__always) static var lg3: Double { Double(bitPattern: 0x3FD2_4924_9422_9359) }
    @inlinable @inline(__always) static var lg4: Double { Double(bitPattern: 0x3FCC_71C5_1D8E_78AF) }
    @inlinable @inline(__always) static var lg5: Double { Double(bitPattern: 0x3FC7_4664_96CB_03DE) }
    @inlinable @inline(__always) static var lg6: Double { Double(bitPattern: 0x3FC3_9A09_D078_C69F) }
    @inlinable @inline(__always) static var lg7: Double { Double(bitPattern: 0x3FC2_F112_DF3E_5244) }

    /// The high 32 bits of a double's representation, as fdlibm's `__HI(x)`.
    @inlinable @inline(__always)
    static func high(_ x: Double) -> Int32 {
        Int32(truncatingIfNeeded: x.bitPattern >> 32)
    }

    /// The natural logarithm of `x` (fdlibm `__ieee754_log`): −∞ at ±0, NaN below 0, < 1 ulp error.
    ///
    /// - Complexity: O(1).
    @inlinable
    public static func log(_ input: Double) -> Double {
        var x = input
        var hx = high(x)
        var k: Int32 = 0
        if hx < 0x0010_0000 {  // x < 2⁻¹⁰²², zero, or negative
            if x.bitPattern & 0x7FFF_FFFF_FFFF_FFFF == 0 { return -.infinity }
            if hx < 0 { return .nan }
            k -= 54  // subnormal: scale up
            x *= two54
            hx = high(x)
        }
        if hx >= 0x7FF0_0000 { return x + x }
        k += (hx >> 20) &- 1023
        hx &= 0x000F_FFFF
        let i = (hx &+ 0x95F64) & 0x10_0000
        // Normalise x or x/2 into [√2/2, √2).
        let newHigh = UInt64(UInt32(bitPattern: hx | (i ^ 0x3FF0_0000)))
        x = Double(bitPattern: newHigh << 32 | (x.bitPattern & 0xFFFF_FFFF))
        k += i >> 20
        let f = x - 1.0
        if (0x000F_FFFF & (2 &+ hx)) < 3 {  // −2⁻²⁰ ≤ f < 2⁻²⁰
            if f == 0 {
                if k == 0 { return 0 }
                let dk = Double(k)
                return dk * ln2Hi + dk * ln2Lo
            }
            let r = f * f * (0.5 - 0.33333333333333333 * f)
            if k == 0 { return f - r }
            let dk = Double(k)
            return dk * ln2Hi - ((r - dk * ln2Lo) - f)
        }
        let s = f / (2.0 + f)
        let dk = Double(k)
        let z = s * s
        let w = z * z
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        let r = t2 + t1
        if ((hx &- 0x6147A) | (0x6B851 &- hx)) > 0 {
            let hfsq = 0.5 * f * f
            if k == 0 { return f - (hfsq - s * (hfsq + r)) }
            return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
        }
        if k == 0 { return f - s * (f - r) }
        return dk * ln2Hi - ((s * (f - r) - dk * ln2Lo) - f)
    }

    @inlinable @inline(__always) static var invLn2: Double { Double(bitPattern: 0x3FF7_1547_652B_82FE) }
    @inlinable @inline(__always) static var overflowThreshold: Double { Double(bitPattern: 0x4086_2E42_FEFA_39EF) }
    @inlinable @inline(__always) static var underflowThreshold: Double { Double(bitPattern: 0xC087_4910_D52D_3051) }
    @inlinable @inline(__always) static var twoToMinus1000: Double { Double(bitPattern: 0x0170_0000_0000_0000) }
    @inlinable @inline(__always) static var p1: Double { Double(bitPattern: 0x3FC5_5555_5555_553E) }
    @inlinable @inline(__always) static var p2: Double { Double(bitPattern: 0xBF66_C16C_16BE_BD93) }
    @inlinable @inline(__always) static var p3: Double { Double(bitPattern: 0x3F11_566A_AF25_DE2C) }
    @inlinable @inline(__always) static var p4: Double { Double(bitPattern: 0xBEBB_BD41_C5D2_6BF1) }
    @inlinable @inline(__always) static var p5: Double { Double(bitPattern: 0x3E66_3769_72BE_A4D0) }

    /// eˣ (fdlibm `__ieee754_exp`): +∞ above 709.78, 0 below −745.13, < 1 ulp error.
    ///
    /// - Complexity: O(1).
    @inlinable
    public static func exp(_ input: Double) -> Double {
        var x = input
        let signBit = x.sign == .minus
        let hx = UInt32(truncatingIfNeeded: x.bitPattern >> 32) & 0x7FFF_FFFF
        if hx >= 0x4086_2E42 {  // |x| ≥ 709.78…, or not finite
            if x.isNaN { return x + x }
            if x.isInfinite { return signBit ? 0 : x }
            if x > overflowThreshold { return .infinity }
            if x < underflowThreshold { return 0 }
        }
        // Argument reduction: x = k·ln2 + r with |r| ≤ ln2/2, r = hi − lo.
        var hi = 0.0
        var lo = 0.0
        var k: Int32 = 0
        if hx > 0x3FD6_2E42 {  // |x| > ln2/2
            if hx < 0x3FF0_A2B2 {  // and |x| < 1.5·ln2
                hi = signBit ? x + ln2Hi : x - ln2Hi
                lo = signBit ? -ln2Lo : ln2Lo
                k = signBit ? -1 : 1
            } else {
                k = Int32(invLn2 * x + (signBit ? -0.5 : 0.5))  // truncates towards zero, as C
                let t = Double(k)
                hi = x - t * ln2Hi  // exact
                lo = t * ln2Lo
            }
            x = hi - lo
        } else if hx < 0x3E30_0000 {  // |x| < 2⁻²⁸
            return 1 + x
        }
        let t = x * x
        let c = x - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
        if k == 0 { return 1 - ((x * c) / (c - 2.0) - x) }
        let y = 1 - ((lo - (x * c) / (2.0 - c)) - hi)
        // Scale by 2ᵏ by adding k to the exponent field.
        if k >= -1021 {
            return Double(bitPattern: y.bitPattern &+ (UInt64(bitPattern: Int64(k)) << 52))
        }
        let scaled = Double(bitPattern: y.bitPattern &+ (UInt64(bitPattern: Int64(k + 1000)) << 52))
        return scaled * twoToMinus1000
    }
}
