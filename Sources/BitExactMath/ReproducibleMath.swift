/// Elementary functions that give the same bits on every machine, for any figure that feeds
/// a simulation or a report (arrival rates, demand curves, prices, fair-share decay).
///
/// The platform's maths library may differ in the last bit between systems and versions;
/// these are built only from IEEE arithmetic and the fdlibm ports in `PortableMath`.
public enum ReproducibleMath {
    /// e^x, within 1 ulp (fdlibm's algorithm).
    @inlinable public static func exp(_ x: Double) -> Double { PortableMath.exp(x) }

    /// The natural logarithm, within 1 ulp (fdlibm's algorithm); NaN for x < 0, −∞ at 0.
    @inlinable public static func log(_ x: Double) -> Double { PortableMath.log(x) }

    /// x^y for x > 0 as e^(y·ln x); 1 for y = 0; 0 for x = 0 and y > 0. Relative error about
    /// |y·ln x| ulps, ample for growth factors and price declines.
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if y == 0 { return 1 }
        if x == 0 { return y > 0 ? 0 : .infinity }
        precondition(x > 0, "ReproducibleMath.pow takes a positive base")
        return PortableMath.exp(y * PortableMath.log(x))
    }

    /// 2^x.
    public static func exp2(_ x: Double) -> Double { PortableMath.exp(x * 0.6931471805599453) }

    /// The complementary error function, with fractional error below 1.2 × 10⁻⁷ everywhere
    /// (the Chebyshev fit of Press et al., Numerical Recipes, §6.2).
    public static func erfc(_ x: Double) -> Double {
        let z = abs(x)
        let t = 1 / (1 + 0.5 * z)
        var polynomial = 0.17087277
        for coefficient in [-0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196, 1.00002368, -1.26551223] {
            polynomial = coefficient + t * polynomial
        }
        let value = t * PortableMath.exp(-z * z + polynomial)
        return x >= 0 ? value : 2 - value
    }
}
