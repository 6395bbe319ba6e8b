import FactoryModel
import SimulationKernel

/// An event of the facility model. Small and trivially copyable, so the event heap holds
/// it inline.
enum FacilityEvent: Sendable {
    case jobEnd(job: JobIndex, attempt: UInt32)
    case failure(node: NodeIndex)
    case repair(node: NodeIndex)
    case monthStart(month: Int32)
    case powerUpdate
    case phaseOnline(phase: Int32)
    case arrival(tenant: Int32)
    case patienceEnds(job: JobIndex)
    case maintenanceWindow(window: Int32)
}

/// Event order at equal times. Priority 0: the month boundary (so anything at the boundary
/// counts in the new month), then completions (by job), then failures (by node), then repairs
/// (by node), then jobs whose patience runs out (by job). Priority 1: capacity changes, power
/// first, then phases coming online, then a maintenance window opening. Priority
/// 2: arrivals in job-number order (ties by tenant). After all of them, one scheduling pass.
enum EventPriority {
    static let endsFailuresRepairs: UInt8 = 0
    static let capacity: UInt8 = 1
    static let arrivals: UInt8 = 2

    static func completion(job: JobIndex) -> UInt64 { 1 + UInt64(job.rawValue) }
    static func failure(node: NodeIndex) -> UInt64 { 1 << 62 | UInt64(node.rawValue) }
    static func repair(node: NodeIndex) -> UInt64 { 1 << 62 | 1 << 40 | UInt64(node.rawValue) }
    static func patienceEnd(job: JobIndex) -> UInt64 { 1 << 63 | UInt64(job.rawValue) }
    static func arrival(jobID: Int64, tenant: Int) -> UInt64 { UInt64(truncatingIfNeeded: jobID) << 16 | UInt64(tenant) }
}

/// One replication of one scenario: the whole mutable state of the facility, as a model the
/// kernel runs.
///
/// The kernel owns the clock, the event list and the loop (``SimulationModel/run(until:)``),
/// and integrates the facility's rates (``FacilityLevels``). The run handles events, and
/// observes the kernel: before the clock advances it decays fair-share usage; after each
/// instant it makes one scheduling pass; at the end it closes the last month.
///
/// The state is grouped in value types, each a table in flat arrays indexed by node, job,
/// pool or tenant: the loop does no string or dictionary look-ups and allocates only when
/// arrays grow.
final class FacilityRun: SimulationModel {
    /// The compiled scenario.
    let setup: SimulationSetup
    /// The scheduling policy.
    let policy: SchedulingPolicy
    /// Whether every run of every job is kept for `jobs.csv`.
    let recordJobs: Bool
    /// The replication's seed.
    let seed: UInt64
    /// Jobs examined after the first reservation of a pass, at most.
    let backfillDepth: Int

    /// The kernel: clock, pending events and the rates it integrates.
    var simulation = Simulation<FacilityEvent>(reservingCapacity: 4_096)
    /// The handles of the facility's rates among the kernel's levels.
    let rates: FacilityLevels
    /// The month the clock is in (from 0).
    var month = 0

    /// Every node's state.
    var nodes: NodeTable
    /// Every pool's free GPUs and running jobs.
    var pools: PoolTable
    /// Every job that has arrived.
    var jobs = JobTable()
    /// Every tenant's waiting jobs.
    var queues: TenantQueues
    /// The scheduling pass's working state.
    var scratch: BackfillScratch
    /// Every tenant's arrival process.
    var arrivals: TenantArrivals
    /// Fair-share usage by tenant.
    var fairShare: FairShare
    /// Sums by month and by month and tenant.
    var ledger: MonthlyLedger
    /// The node the next maintenance window starts looking from (node order, wrapping).
    var maintenanceCursor = 0

    /// Tests set this to check every invariant after each scheduling pass.
    var checksInvariants = false
    /// The first inconsistencies found when `checksInvariants` is set.
    var violations: [String] = []

    init(setup: SimulationSetup, seed: UInt64, recordJobs: Bool) {
        self.setup = setup
        self.seed = seed
        self.recordJobs = recordJobs
        policy = setup.scenario.scheduler.policy
        backfillDepth = setup.scenario.scheduler.backfillDepth
        let layout = setup.layout
        let tenantCount = setup.tenants.count
        nodes = NodeTable(layout: layout, seed: seed)
        pools = PoolTable(layout: layout)
        queues = TenantQueues(tenants: tenantCount)
        scratch = BackfillScratch(tenants: tenantCount, pools: layout.pools.count, nodes: layout.nodeCount)
        arrivals = TenantArrivals(tenants: setup.tenants, seed: seed)
        fairShare = FairShare(halfLifeMs: setup.scenario.scheduler.fairshareHalfLifeDays * 24 * Double(SimTime.millisecondsPerHour), tenants: tenantCount)
        rates = FacilityLevels(in: &simulation.levels, tenants: tenantCount)
        ledger = MonthlyLedger(
            months: setup.calendar.count, tenants: tenantCount,
            vendors: Array(Set(setup.layout.pools.map(\.model.vendor))).sorted())
    }

    /// The kernel's clock in milliseconds since the horizon start, as job records keep times.
    var nowMs: Int64 { simulation.now.milliseconds }

    /// Runs the horizon to its end and returns what happened.
    func run() -> ReplicationResult {
        let calendar = setup.calendar
        for index in 1..<calendar.count {
            let time = SimTime(milliseconds: calendar.startMs[index])
            simulation.schedule(.monthStart(month: Int32(index)), at: time, priority: EventPriority.endsFailuresRepairs, tieBreak: 0)
            simulation.schedule(.powerUpdate, at: time, priority: EventPriority.capacity, tieBreak: 0)
        }
        for (index, phase) in setup.layout.phases.enumerated() where phase.month < calendar.count {
            simulation.schedule(.phaseOnline(phase: Int32(index)), at: SimTime(milliseconds: calendar.startMs[phase.month]), priority: EventPriority.capacity, tieBreak: 1)
        }
        for tenant in setup.tenants.indices { scheduleNextArrival(tenant: tenant, after: 0) }
        scheduleMaintenance(window: 1)
        // `run(until:)` is mutating for struct models; on a class it mutates the object, not this reference.
        var model = self
        model.run(until: SimTime(milliseconds: calendar.endMs))
        return result()
    }

    func handle(_ event: FacilityEvent) {
        switch event {
        case .jobEnd(let job, let attempt):
            if jobs[job].attempt == attempt && jobs[job].status == .running { finish(job: job) }
        case .failure(let node): fail(node: node)
        case .repair(let node): repair(node: node)
        case .monthStart(let index):
            closeMonth()
            month = Int(index)
        case .powerUpdate: updatePower()
        case .phaseOnline(let phase): bringOnline(phase: Int(phase))
        case .arrival(let tenant): arrive(tenant: Int(tenant))
        case .patienceEnds(let job): if jobs[job].status == .queued && !jobs[job].requeued { abandon(job: job) }
        case .maintenanceWindow(let window): openMaintenance(window: Int(window))
        }
    }

    /// The rates hold from now to `time`, within one month: the kernel integrates them; fair
    /// share decays over the interval.
    func clockWillAdvance(to time: SimTime) {
        precondition(time.milliseconds <= setup.calendar.startMs[month + 1], "time ran past a month boundary without its event")
        if policy == .fairshare { fairShare.decay(overMs: Double(time.milliseconds - nowMs), levels: simulation.levels, rates: rates) }
    }

    /// After every event of an instant: one scheduling pass, then the power peak.
    func instantDidEnd() {
        schedulingPass()
        notePeakPower()
        if checksInvariants && violations.isEmpty { violations = invariantViolations().map { "at \(nowMs) ms: \($0)" } }
    }

    /// The clock stands at the horizon end: the last month closes.
    func simulationDidEnd() {
        closeMonth()
    }

    /// Records the month's end state (installed and powered GPUs, in all and by vendor; queue
    /// lengths) and moves the month's integrated rates into the ledger.
    private func closeMonth() {
        let levels = simulation.levels
        ledger.recordIntegrals(month: month, of: levels, rates: rates)
        simulation.levels.resetIntegrals()
        let layout = setup.layout
        var installed = 0
        var strandedDepreciation = 0.0
        for node in layout.nodeIndices where nodes.online[node] {
            installed += layout.gpusPerNode(node)
            if !nodes.powered[node] { strandedDepreciation += setup.monthlyDepreciationEURByNode[Int(node.rawValue)] }
        }
        ledger.installedGPUsAtEnd[month] = installed
        ledger.strandedDepreciationEUR[month] = strandedDepreciation
        ledger.poweredGPUsAtEnd[month] = Int(levels[rates.poweredGPUs])
        let vendorBase = month * ledger.vendors.count
        for slot in vendorBase..<(vendorBase + ledger.vendors.count) {
            ledger.vendorInstalledGPUsAtEnd[slot] = 0
            ledger.vendorPoweredGPUsAtEnd[slot] = 0
        }
        for node in layout.nodeIndices where nodes.online[node] || nodes.powered[node] {
            let model = layout.model(of: node)
            let slot = vendorBase + ledger.vendors.firstIndex(of: model.vendor)!
            if nodes.online[node] { ledger.vendorInstalledGPUsAtEnd[slot] += model.gpusPerNode }
            if nodes.powered[node] { ledger.vendorPoweredGPUsAtEnd[slot] += model.gpusPerNode }
        }
        let base = month * setup.tenants.count
        for tenant in setup.tenants.indices { ledger.tenantQueueAtEnd[base + tenant] = queues[tenant].count }
    }

    /// Raises the month's facility peak (IT power × PUE, kW) to the current draw if it is higher.
    func notePeakPower() {
        let facilityKW = simulation.levels[rates.itPowerKW] * setup.pueByMonth[month]
        if facilityKW > ledger.peakFacilityKW[month] { ledger.peakFacilityKW[month] = facilityKW }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
