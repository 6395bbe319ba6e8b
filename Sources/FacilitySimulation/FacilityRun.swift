import BitExactMath
import FactoryModel
import SimulationKernel

/// An event of the facility model. Small and trivially copyable, so the event heap holds
/// it inline.
enum FacilityEvent: Sendable {
    case jobEnd(job: Int32, attempt: UInt32)
    case failure(node: Int32)
    case repair(node: Int32)
    case monthStart(month: Int32)
    case powerUpdate
    case phaseOnline(phase: Int32)
    case arrival(tenant: Int32)
}

/// Event order at equal times. Priority 0: the month boundary (so anything at the boundary
/// counts in the new month), then completions (by job), then failures (by node), then repairs
/// (by node). Priority 1: capacity changes, power first, then phases coming online. Priority
/// 2: arrivals in job-number order (ties by tenant). After all of them, one scheduling pass.
enum EventPriority {
    static let endsFailuresRepairs: UInt8 = 0
    static let capacity: UInt8 = 1
    static let arrivals: UInt8 = 2

    static func completion(job: Int) -> UInt64 { 1 + UInt64(job) }
    static func failure(node: Int) -> UInt64 { 1 << 62 | UInt64(node) }
    static func repair(node: Int) -> UInt64 { 1 << 62 | 1 << 40 | UInt64(node) }
    static func arrival(jobID: Int64, tenant: Int) -> UInt64 { UInt64(truncatingIfNeeded: jobID) << 16 | UInt64(tenant) }
}

/// One replication of one scenario: the whole mutable state of the facility and its event loop.
///
/// All state lives in flat arrays indexed by node, pool, tenant or job number; the loop does
/// no string or dictionary look-ups and allocates only when arrays grow.
final class FacilityRun {
    let setup: SimulationSetup
    let policy: SchedulingPolicy
    let recordJobs: Bool
    let seed: UInt64
    let fairshareHalfLifeMs: Double

    var events = EventQueue<FacilityEvent>(reservingCapacity: 4_096)
    var now: Int64 = 0
    var month = 0
    var eventsProcessed = 0

    // Nodes.
    var nodeFree: [Int32]
    var nodeOnline: [Bool]
    var nodeUp: [Bool]
    var nodePowered: [Bool]
    var nodeDraining: [Bool]
    var nodeJobSlots: [Int32]
    var nodeSlotOffset: [Int32]
    var nodeJobCount: [Int32]
    var failureStreams: [RandomStream]

    // Pools.
    var buckets: [FreeGPUBuckets]
    var running: [RunningJobs]

    // Jobs.
    var jobs: [JobRecord] = []
    var multiNodeAllocations: [Int32] = []
    var killedRuns: [KilledRun] = []
    var scratchNodes: [Int] = []

    // Queues, one per tenant, each ordered (requeued first, then submit time, then job number).
    var queues: [JobQueue]
    var startedThisPass: [Bool]

    // Scratch state of one scheduling pass, kept to avoid allocating per pass.
    var passCursor: [Int]
    var passRatio: [Double]
    var poolBlocked: [Bool]
    var reservationShadowMs: [Int64]
    var reservationExtraGPUs: [Int]
    var shadowStamp: UInt32 = 0
    var shadowNodeStamp: [UInt32]
    var shadowNodeFree: [Int32]
    /// Bumped whenever a pool's running jobs or free GPUs change, so a shadow time computed
    /// for the same job at the same version can be reused by the next pass.
    var poolVersion: [UInt64]
    var shadowCache: [(job: Int, version: UInt64, shadowMs: Int64, extraGPUs: Int)?]
    /// Jobs examined after the first reservation of a pass, at most.
    let backfillDepth: Int

    // Arrivals.
    var arrivalStreams: [RandomStream]
    var shapeStreams: [RandomStream]
    var traceCursor: [Int]
    /// The job number the tenant's next generated job gets (job numbers count per tenant).
    var nextGeneratedJobID: [Int64]

    // Fair share: exponentially decayed GPU-hours by tenant.
    var decayedUsage: [Double]

    // Rates integrated over time into the ledger.
    var poweredGPUs = 0
    var downPoweredGPUs = 0
    var busyGPUs = 0
    /// Free GPUs on powered, working nodes (draining ones included): kept on its own, not as
    /// powered − busy − down, so that conservation of GPU-hours is a real check.
    var idleGPUs = 0
    /// Jobs waiting in all queues.
    var queuedJobs = 0
    var itPowerKW = 0.0
    var tenantBusyGPUs: [Int]
    var tenantReferenceRate: [Double]
    var lastAccountedMs: Int64 = 0
    var ledger: MonthlyLedger

    /// Tests set this to check every invariant after each scheduling pass.
    var checksInvariants = false
    /// The first inconsistencies found when `checksInvariants` is set.
    var violations: [String] = []

    init(setup: SimulationSetup, seed: UInt64, recordJobs: Bool) {
        self.setup = setup
        self.seed = seed
        self.recordJobs = recordJobs
        policy = setup.scenario.scheduler.policy
        fairshareHalfLifeMs = setup.scenario.scheduler.fairshareHalfLifeDays * 24 * Double(SimTime.millisecondsPerHour)
        let layout = setup.layout
        let nodeCount = layout.nodeCount
        var offsets: [Int32] = []
        var slots = 0
        for node in 0..<nodeCount {
            offsets.append(Int32(slots))
            slots += layout.pools[Int(layout.nodePool[node])].gpusPerNode
        }
        nodeFree = (0..<nodeCount).map { Int32(layout.pools[Int(layout.nodePool[$0])].gpusPerNode) }
        nodeOnline = [Bool](repeating: false, count: nodeCount)
        nodeUp = [Bool](repeating: true, count: nodeCount)
        nodePowered = [Bool](repeating: false, count: nodeCount)
        nodeDraining = [Bool](repeating: false, count: nodeCount)
        nodeJobSlots = [Int32](repeating: -1, count: slots)
        nodeSlotOffset = offsets
        nodeJobCount = [Int32](repeating: 0, count: nodeCount)
        // Streams are keyed by names (tenant name; node model and build order), so adding a
        // tenant or a phase changes no other tenant's or node's draws.
        failureStreams = layout.nodeStreamKey.map { RandomStream(seed: seed, stream: $0) }
        buckets = layout.pools.map { FreeGPUBuckets(gpusPerNode: $0.gpusPerNode, nodeCapacity: $0.nodes.count) }
        running = layout.pools.map { _ in RunningJobs() }
        let tenantCount = setup.tenants.count
        queues = [JobQueue](repeating: JobQueue(), count: tenantCount)
        startedThisPass = [Bool](repeating: false, count: tenantCount)
        passCursor = [Int](repeating: 0, count: tenantCount)
        passRatio = [Double](repeating: 0, count: tenantCount)
        poolBlocked = [Bool](repeating: false, count: layout.pools.count)
        reservationShadowMs = [Int64](repeating: .max, count: layout.pools.count)
        reservationExtraGPUs = [Int](repeating: 0, count: layout.pools.count)
        shadowNodeStamp = [UInt32](repeating: 0, count: nodeCount)
        shadowNodeFree = [Int32](repeating: 0, count: nodeCount)
        poolVersion = [UInt64](repeating: 0, count: layout.pools.count)
        shadowCache = [(job: Int, version: UInt64, shadowMs: Int64, extraGPUs: Int)?](repeating: nil, count: layout.pools.count)
        backfillDepth = setup.scenario.scheduler.backfillDepth
        arrivalStreams = setup.tenants.map { RandomStream(seed: seed, stream: StreamKey.of("arrivals:\($0.name)")) }
        shapeStreams = setup.tenants.map { RandomStream(seed: seed, stream: StreamKey.of("jobs:\($0.name)")) }
        traceCursor = [Int](repeating: 0, count: tenantCount)
        nextGeneratedJobID = [Int64](repeating: 1, count: tenantCount)
        decayedUsage = [Double](repeating: 0, count: tenantCount)
        tenantBusyGPUs = [Int](repeating: 0, count: tenantCount)
        tenantReferenceRate = [Double](repeating: 0, count: tenantCount)
        ledger = MonthlyLedger(
            months: setup.calendar.count, tenants: tenantCount,
            vendors: Array(Set(setup.layout.pools.map(\.model.vendor))).sorted())
    }

    /// Runs the horizon to its end and returns what happened.
    func run() -> ReplicationResult {
        let calendar = setup.calendar
        for index in 1..<calendar.count {
            let time = SimTime(milliseconds: calendar.startMs[index])
            events.schedule(.monthStart(month: Int32(index)), at: time, priority: EventPriority.endsFailuresRepairs, tieBreak: 0)
            events.schedule(.powerUpdate, at: time, priority: EventPriority.capacity, tieBreak: 0)
        }
        for (index, phase) in setup.layout.phases.enumerated() where phase.month < calendar.count {
            events.schedule(.phaseOnline(phase: Int32(index)), at: SimTime(milliseconds: calendar.startMs[phase.month]), priority: EventPriority.capacity, tieBreak: 1)
        }
        for tenant in setup.tenants.indices { scheduleNextArrival(tenant: tenant, after: 0) }
        let endMs = calendar.endMs
        while let next = events.nextTime, next.milliseconds < endMs {
            let time = next.milliseconds
            advance(to: time)
            now = time
            while let event = events.popNext(ifAt: next) {
                eventsProcessed += 1
                handle(event)
            }
            schedulingPass()
            notePeakPower()
            if checksInvariants && violations.isEmpty { violations = invariantViolations().map { "at \(time) ms: \($0)" } }
        }
        advance(to: endMs)
        closeMonth()
        return result()
    }

    private func handle(_ event: FacilityEvent) {
        switch event {
        case .jobEnd(let job, let attempt):
            if jobs[Int(job)].attempt == attempt && jobs[Int(job)].status == .running { finish(job: Int(job)) }
        case .failure(let node): fail(node: Int(node))
        case .repair(let node): repair(node: Int(node))
        case .monthStart(let index):
            closeMonth()
            month = Int(index)
        case .powerUpdate: updatePower()
        case .phaseOnline(let phase): bringOnline(phase: Int(phase))
        case .arrival(let tenant): arrive(tenant: Int(tenant))
        }
    }

    /// Integrates the current rates from the last accounted time to `time`, within one month.
    func advance(to time: Int64) {
        guard time > lastAccountedMs else { return }
        precondition(time <= setup.calendar.startMs[month + 1], "time ran past a month boundary without its event")
        let hours = Double(time - lastAccountedMs) / Double(SimTime.millisecondsPerHour)
        ledger.availableGPUHours[month] += Double(poweredGPUs) * hours
        ledger.busyGPUHours[month] += Double(busyGPUs) * hours
        ledger.idleGPUHours[month] += Double(idleGPUs) * hours
        ledger.downGPUHours[month] += Double(downPoweredGPUs) * hours
        ledger.itEnergyKWh[month] += itPowerKW * hours
        ledger.queuedJobHours[month] += Double(queuedJobs) * hours
        let base = month * setup.tenants.count
        for tenant in setup.tenants.indices where tenantBusyGPUs[tenant] > 0 {
            ledger.tenantDeliveredGPUHours[base + tenant] += Double(tenantBusyGPUs[tenant]) * hours
            ledger.tenantDeliveredReferenceGPUHours[base + tenant] += tenantReferenceRate[tenant] * hours
        }
        if policy == .fairshare { decayUsage(overMs: Double(time - lastAccountedMs)) }
        lastAccountedMs = time
    }

    /// Fair-share usage: u ← u·2^(−Δ/h) + r·h/ln 2·(1 − 2^(−Δ/h)), the exact decayed integral
    /// of a constant busy-GPU rate r over Δ, in GPU-milliseconds.
    private func decayUsage(overMs elapsed: Double) {
        let halfLife = fairshareHalfLifeMs
        let factor = ReproducibleMath.exp2(-elapsed / halfLife)
        let gain = halfLife / 0.6931471805599453 * (1 - factor)
        for tenant in decayedUsage.indices {
            decayedUsage[tenant] = decayedUsage[tenant] * factor + Double(tenantBusyGPUs[tenant]) * gain
        }
    }

    /// Records the month's end state (installed and powered GPUs, in all and by vendor; queue lengths).
    private func closeMonth() {
        var installed = 0
        for node in 0..<nodeOnline.count where nodeOnline[node] { installed += Int(setup.layout.pools[Int(setup.layout.nodePool[node])].gpusPerNode) }
        ledger.installedGPUsAtEnd[month] = installed
        ledger.poweredGPUsAtEnd[month] = poweredGPUs
        let vendorBase = month * ledger.vendors.count
        for slot in vendorBase..<(vendorBase + ledger.vendors.count) {
            ledger.vendorInstalledGPUsAtEnd[slot] = 0
            ledger.vendorPoweredGPUsAtEnd[slot] = 0
        }
        for node in 0..<nodeOnline.count where nodeOnline[node] || nodePowered[node] {
            let model = setup.layout.pools[Int(setup.layout.nodePool[node])].model
            let slot = vendorBase + ledger.vendors.firstIndex(of: model.vendor)!
            if nodeOnline[node] { ledger.vendorInstalledGPUsAtEnd[slot] += model.gpusPerNode }
            if nodePowered[node] { ledger.vendorPoweredGPUsAtEnd[slot] += model.gpusPerNode }
        }
        let base = month * setup.tenants.count
        for tenant in setup.tenants.indices { ledger.tenantQueueAtEnd[base + tenant] = queues[tenant].count }
    }

    func notePeakPower() {
        let facilityKW = itPowerKW * setup.pueByMonth[month]
        if facilityKW > ledger.peakFacilityKW[month] { ledger.peakFacilityKW[month] = facilityKW }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
