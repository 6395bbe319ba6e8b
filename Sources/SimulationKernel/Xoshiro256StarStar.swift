/// Blackman and Vigna's xoshiro256** 1.0 generator: 256 bits of state, period 2²⁵⁶ − 1,
/// fast and statistically strong.
///
/// Outputs are bit-identical to the reference C implementation (`xoshiro256starstar.c`,
/// prng.di.unimi.it) on every machine and Swift version: only wrapping integer arithmetic,
/// shifts and rotations are used.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    @usableFromInline internal var s0: UInt64
    @usableFromInline internal var s1: UInt64
    @usableFromInline internal var s2: UInt64
    @usableFromInline internal var s3: UInt64

    /// Creates a generator whose state is four successive outputs of ``SplitMix64`` seeded with `seed`,
    /// as the xoshiro authors recommend.
    ///
    /// The state is never all zero: the four outputs are the bijection ``SplitMix64/mix(_:)``
    /// applied to four distinct values, so at most one of them is zero.
    /// - Complexity: O(1).
    @inlinable
    public init(seed: UInt64) {
        var expander = SplitMix64(seed: seed)
        s0 = expander.next()
        s1 = expander.next()
        s2 = expander.next()
        s3 = expander.next()
    }

    /// Creates a generator with the given raw state, as in the reference implementation's `s[0…3]`.
    ///
    /// Meant for test vectors. The state must not be all zero (a fixed point).
    /// - Complexity: O(1).
    @inlinable
    public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state.0 | state.1 | state.2 | state.3 != 0, "Xoshiro256StarStar: the all-zero state is a fixed point")
        (s0, s1, s2, s3) = state
    }

    /// The raw state `(s[0], s[1], s[2], s[3])`.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var state: (UInt64, UInt64, UInt64, UInt64) { (s0, s1, s2, s3) }

    /// Returns the next 64 pseudo-random bits: `rotl(s[1] × 5, 7) × 9`, then advances the state.
    ///
    /// - Complexity: O(1).
    @inlinable
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotateLeft(s3, by: 45)
        return result
    }

    /// Advances the state by 2¹²⁸ steps, as the reference `jump()`; 2¹²⁸ non-overlapping
    /// subsequences can be made by repeated jumps.
    ///
    /// - Complexity: O(1) (256 calls of ``next()``).
    public mutating func jump() {
        let polynomial: [UInt64] = [0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C,
                                    0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C]
        var (t0, t1, t2, t3): (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for word in polynomial {
            for bit in UInt64(0)..<64 {
                if word & (1 << bit) != 0 {
                    t0 ^= s0
                    t1 ^= s1
                    t2 ^= s2
                    t3 ^= s3
                }
                _ = next()
            }
        }
        (s0, s1, s2, s3) = (t0, t1, t2, t3)
    }

    @inlinable @inline(__always)
    internal static func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 &- k))
    }
}
