import Foundation

/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator shared by the tests, so
/// every run sees the same random problems and the same noise.
public struct SeededGenerator: RandomNumberGenerator {
    /// The generator's whole state: the seed, then advanced by every draw.
    public var state: UInt64

    /// A generator started at `state`.
    public init(state: UInt64) { self.state = state }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal draw by the Box–Muller transform.
    public mutating func normal() -> Double {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}

extension SeededGenerator {
    /// A uniform draw in the open interval (0, 1), never 0 or 1.
    public mutating func openUniform() -> Double {
        (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992
    }
}
