/// One independent, reproducible stream of random numbers: a ``Xoshiro256StarStar`` generator
/// seeded from a (seed, stream id) pair, with conversions to the variates a simulation needs.
///
/// Give every source of randomness in a model its own stream (arrivals, service times,
/// failures, …) and inject it: then changing how often one source draws does not shift the
/// numbers any other source sees, and a run is reproduced exactly by its seed.
///
/// **Stream derivation.** The generator's state is four outputs of ``SplitMix64`` started at
/// `seed ^ SplitMix64.mix(stream &* 0x9E3779B97F4A7C15)`: the stream id is scaled by the
/// golden-ratio constant and scrambled by SplitMix64's finaliser, then combined with the seed.
/// Stream *k* depends only on `seed` and `k`, never on how many other streams exist; distinct
/// stream ids under one seed give distinct generator states (every step is a bijection); and
/// stream 0 is exactly `Xoshiro256StarStar(seed: seed)`. Two streams start at effectively
/// random points of xoshiro's single cycle of length 2²⁵⁶ − 1, so overlap is negligible.
///
/// **Bit-identical everywhere.** Every conversion is spelled out below and the logarithm and
/// exponential are portable implementations, so a (seed, stream) gives the same variates on
/// every machine and Swift version. (No `Double.random(in:)`, which may change between releases.)
public struct RandomStream: Sendable {
    @usableFromInline internal var generator: Xoshiro256StarStar
    /// The second normal variate of the last polar-method pair, valid when `hasSpareNormal`.
    @usableFromInline internal var spareNormal: Double
    @usableFromInline internal var hasSpareNormal: Bool
    /// The shared ziggurat table of ``exponential(rate:)``, held here so that a draw reads it
    /// without touching a lazily initialised global.
    @usableFromInline internal let exponentialTable: ExponentialZiggurat

    /// The seed this stream was created from.
    public let seed: UInt64
    /// The stream id this stream was created from.
    public let stream: UInt64

    /// Creates stream `stream` of the run seeded with `seed` (see the derivation above).
    ///
    /// - Complexity: O(1).
    @inlinable
    public init(seed: UInt64, stream: UInt64) {
        self.seed = seed
        self.stream = stream
        generator = Xoshiro256StarStar(seed: seed ^ SplitMix64.mix(stream &* SplitMix64.goldenGamma))
        spareNormal = 0
        hasSpareNormal = false
        exponentialTable = .shared
    }

    /// The next 64 random bits.
    ///
    /// - Complexity: O(1).
    @inlinable
    public mutating func nextUInt64() -> UInt64 {
        generator.next()
    }

    /// A uniform double in [0, 1): the top 53 bits of ``nextUInt64()`` times 2⁻⁵³.
    ///
    /// Every multiple of 2⁻⁵³ in [0, 1) is equally likely.
    /// - Complexity: O(1).
    @inlinable
    public mutating func nextUniform() -> Double {
        Double(generator.next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in (0, 1]: (top 53 bits + 1) times 2⁻⁵³. Safe to take the logarithm of.
    ///
    /// - Complexity: O(1).
    @inlinable
    public mutating func nextOpenUniform() -> Double {
        Double((generator.next() >> 11) &+ 1) * 0x1.0p-53
    }

    /// `true` with probability `probability`: whether ``nextUniform()`` < `probability`.
    ///
    /// Probability 0 never and 1 always gives `true`.
    /// - Parameter probability: In [0, 1].
    /// - Complexity: O(1).
    @inlinable
    public mutating func bernoulli(probability: Double) -> Bool {
        nextUniform() < probability
    }

    /// A uniform integer in 0 ..< `n`, exactly unbiased (Lemire's multiply-and-reject method,
    /// "Fast Random Integer Generation in an Interval", 2019).
    ///
    /// The 128-bit product `x × n` of a random `x` is formed; its high word is the result unless
    /// the low word falls in the biased region below `2⁶⁴ mod n`, in which case `x` is redrawn.
    /// - Parameter n: The number of outcomes; must be positive.
    /// - Complexity: O(1) expected (fewer than 2 draws for any `n`; one for small `n` almost surely).
    @inlinable
    public mutating func uniformInt(below n: Int) -> Int {
        precondition(n > 0, "RandomStream.uniformInt(below:): n must be positive")
        let bound = UInt64(n)
        var product = generator.next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound  // 2⁶⁴ mod n
            while product.low < threshold {
                product = generator.next().multipliedFullWidth(by: bound)
            }
        }
        return Int(product.high)
    }

    /// A random index `i` chosen with probability proportional to weight `i`, given the
    /// weights' running totals (`cumulativeWeights[i]` = w₀ + … + wᵢ).
    ///
    /// Draws `target = u × total` with `u` = ``nextUniform()`` and `total` the last element, and
    /// returns the first index whose cumulative weight exceeds `target` (binary search), so
    /// zero-weight entries are never chosen. Precompute the cumulative array once per table.
    ///
    /// - Parameter cumulativeWeights: Non-decreasing, non-empty, with a positive last element.
    /// - Complexity: O(log n).
    @inlinable
    public mutating func index(cumulativeWeights: [Double]) -> Int {
        precondition(!cumulativeWeights.isEmpty && cumulativeWeights[cumulativeWeights.count - 1] > 0,
                     "RandomStream.index(cumulativeWeights:): weights must be non-empty with a positive total")
        let target = nextUniform() * cumulativeWeights[cumulativeWeights.count - 1]
        var low = 0
        var high = cumulativeWeights.count - 1  // answer is in low...high
        while low < high {
            let middle = (low &+ high) >> 1
            if cumulativeWeights[middle] > target {
                high = middle
            } else {
                low = middle &+ 1
            }
        }
        return low
    }
}
