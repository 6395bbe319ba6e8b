import Dispatch
import FactoryModel
import SimulationKernel

/// Simulates a scenario's facility job by job over its horizon.
///
/// Replications are independent runs whose seeds are derived from the scenario seed and the
/// replication number (SplitMix64 mixing), so replication k gives the same result whatever
/// the number of replications or cores. They run in parallel and are returned in order.
public struct FacilitySimulator: Sendable {
    /// The compiled scenario.
    public let setup: SimulationSetup

    /// Compiles `scenario` for simulation.
    ///
    /// - Throws: `SimulationSetupError` when a trace cannot be read or a tenant's jobs can never run.
    public init(scenario: Scenario) throws(SimulationSetupError) {
        setup = try SimulationSetup(scenario: scenario)
    }

    /// The seed of replication `index` (from 0) of a run with base seed `seed`: the seed itself
    /// for replication 0, a SplitMix64 mix of seed and index for the others.
    public static func replicationSeed(_ seed: UInt64, index: Int) -> UInt64 {
        index == 0 ? seed : SplitMix64.mix(seed ^ (UInt64(index) &* SplitMix64.goldenGamma))
    }

    /// Runs one replication with `seed`.
    public func runReplication(seed: UInt64, recordJobs: Bool = false) -> ReplicationResult {
        let run = FacilityRun(setup: setup, seed: seed, recordJobs: recordJobs)
        return run.run()
    }

    /// Runs one replication that checks its own bookkeeping after every scheduling pass
    /// (slow: for tests).
    func runCheckingInvariants(seed: UInt64, recordJobs: Bool = false) -> ReplicationResult {
        let run = FacilityRun(setup: setup, seed: seed, recordJobs: recordJobs)
        run.checksInvariants = true
        return run.run()
    }

    /// Runs `count` replications in parallel on up to `maximumConcurrency` cores; job runs are
    /// recorded for the first replication only when `recordJobs` is set.
    public func run(seed: UInt64, replications count: Int, recordJobs: Bool = false, maximumConcurrency: Int? = nil) -> [ReplicationResult] {
        let results = ResultSlots(count: count)
        let workers = max(1, min(count, maximumConcurrency ?? ProcessInfo.processInfo.activeProcessorCount))
        let next = NextIndex()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: count) {
                let result = runReplication(seed: Self.replicationSeed(seed, index: index), recordJobs: recordJobs && index == 0)
                results.store(result, at: index)
            }
        }
        return results.values
    }
}

import Foundation
import Synchronization

/// Results of parallel replications, stored by index so their order never depends on timing.
private final class ResultSlots: Sendable {
    private let slots: Mutex<[ReplicationResult?]>
    init(count: Int) { slots = Mutex([ReplicationResult?](repeating: nil, count: count)) }
    func store(_ result: ReplicationResult, at index: Int) { slots.withLock { $0[index] = result } }
    var values: [ReplicationResult] { slots.withLock { $0.map { $0! } } }
}

/// Hands out replication numbers to worker threads.
private final class NextIndex: Sendable {
    private let counter = Mutex(0)
    func take(below count: Int) -> Int? {
        counter.withLock { value in
            guard value < count else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
