/// Sebastiano Vigna's SplitMix64 generator, used here to expand a 64-bit seed into generator state.
///
/// The state advances by the golden-ratio constant 0x9E3779B97F4A7C15 and each output is the
/// state passed through the finaliser ``mix(_:)``, a bijection of `UInt64`. Outputs are
/// bit-identical to the reference C implementation (`splitmix64.c`, prng.di.unimi.it) on every
/// machine. It is a fine generator on its own, but the kernel draws from
/// ``Xoshiro256StarStar`` via ``RandomStream`` and uses this only for seeding.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The current state; the next output is `mix(state &+ 0x9E3779B97F4A7C15)`.
    public var state: UInt64

    /// The increment added to the state before each output: ⌊2⁶⁴ / φ⌋, made odd.
    public static let goldenGamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Creates a generator whose state is `seed`.
    ///
    /// - Complexity: O(1).
    @inlinable
    public init(seed: UInt64) {
        state = seed
    }

    /// Returns the next 64 pseudo-random bits.
    ///
    /// - Complexity: O(1).
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= Self.goldenGamma
        return Self.mix(state)
    }

    /// SplitMix64's output function (a variant of MurmurHash3's finaliser): a bijection of
    /// `UInt64` that spreads every input bit over every output bit.
    ///
    /// - Complexity: O(1).
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
