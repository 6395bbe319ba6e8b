import FactoryModel

/// How a scenario is evaluated: the seed, the number of replications, the cores, and what to
/// record. Every command and study states these once, here; nil means "the scenario's own".
public struct EvaluationOptions: Sendable, Equatable {
    /// Seed of the first replication; nil: the scenario's `seed`.
    public var seed: UInt64?
    /// Number of replications; nil: the scenario's `scheduler.replications`.
    public var replications: Int?
    /// At most this many replications at once; nil: every core. No output depends on it.
    public var maximumConcurrency: Int?
    /// Keep every run of every job of the first replication (for `jobs.csv`).
    public var recordJobs: Bool

    /// Options; the defaults take everything from the scenario and use every core.
    public init(seed: UInt64? = nil, replications: Int? = nil, maximumConcurrency: Int? = nil, recordJobs: Bool = false) {
        self.seed = seed
        self.replications = replications
        self.maximumConcurrency = maximumConcurrency
        self.recordJobs = recordJobs
    }

    /// The seed of the first replication of `scenario`.
    public func seed(for scenario: Scenario) -> UInt64 { seed ?? scenario.seed }

    /// The number of replications of `scenario`.
    public func replications(for scenario: Scenario) -> Int { replications ?? scenario.scheduler.replications }
}

/// A scenario that could not be evaluated, in plain words (a trace that cannot be read, a
/// plan that cannot be made).
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and what to do about it.
    public let message: String

    /// Creates an error.
    public init(message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
