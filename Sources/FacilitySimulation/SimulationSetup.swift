import FactoryModel
import Foundation
import SimulationKernel
import Workloads

/// A scenario that cannot be simulated, said in plain words (a trace file with a bad line,
/// a tenant whose jobs can never fit any pool it may use).
public struct SimulationSetupError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and what to do about it.
    public var description: String
}

/// The horizon's months as simulated time: month m runs from `startMs[m]` to `startMs[m + 1]`
/// milliseconds after the horizon start.
struct HorizonCalendar: Sendable {
    let months: [Month]
    let startMs: [Int64]

    init(horizon: ClosedRange<Month>) {
        months = horizon.months
        var starts: [Int64] = [0]
        for month in months { starts.append(starts.last! + Int64(month.dayCount) * 24 * SimTime.millisecondsPerHour) }
        startMs = starts
    }

    var count: Int { months.count }
    var endMs: Int64 { startMs[count] }
    func hours(inMonth index: Int) -> Double { Double(startMs[index + 1] - startMs[index]) / Double(SimTime.millisecondsPerHour) }
}

/// How a tenant's jobs arrive.
enum ArrivalPlan: Sendable {
    /// A Poisson process with a constant rate within each month (jobs per hour, by month).
    case monthlyRates([Double])
    /// Jobs replayed from a trace, in submit order.
    case trace(jobs: [TraceJob], gpusPerProcessor: Int)
}

/// One tenant, prepared for the event loop: indices instead of names, speeds by pool.
struct TenantPlan: Sendable {
    let name: String
    let priority: Int
    let quotaShare: Double
    /// Pools the tenant's jobs may use, in the order placement tries them: its dedicated pools,
    /// then (if it has none, or may overflow) the shared pools of accepted vendors, fastest
    /// for this tenant first, ties by pool number.
    let candidatePools: [Int32]
    /// Reference-GPU work per GPU-hour on each pool (relative throughput × software efficiency); 0 where not allowed.
    let speedOnPool: [Double]
    let arrivals: ArrivalPlan
    let gpusPerJob: Sampler?
    let hoursPerJob: Sampler?
    let walltimeFactor: Double
    /// The longest wait each job accepts, hours (drawn per job); nil when jobs wait for ever.
    let patienceHours: Sampler?
    /// Checkpoint interval in ms of wall time, or nil when jobs do not checkpoint.
    let checkpointIntervalMs: Int64?
    /// Demand in reference-GPU-hours by month for curve kinds; nil when demand is counted from submitted jobs.
    let demandByMonth: [Double]?
}

/// A scenario compiled for simulation: layout, calendar, tenants, grid and PUE by month.
public struct SimulationSetup: Sendable {
    /// The scenario simulated.
    public let scenario: Scenario
    let calendar: HorizonCalendar
    let layout: FacilityLayout
    let tenants: [TenantPlan]
    /// The IT load the grid connection can power (`Site.powerBudgetKW`), kW, by month.
    let powerBudgetKWByMonth: [Double]
    /// PUE by month.
    let pueByMonth: [Double]
    /// Each node's straight-line depreciation per month (`Site.monthlyDepreciationEUR`) at
    /// the price of the month it was bought, euros, by node number: what a month stranded costs.
    let monthlyDepreciationEURByNode: [Double]
    /// Trace jobs skipped because their submit time is at or after the horizon end, by tenant.
    let traceJobsBeyondHorizon: [Int]
    /// Trace jobs skipped by the trace reader's rules (no size or no duration), by tenant.
    let traceJobsUnusable: [Int]

    /// The most GPUs one job can ask for: job records keep the count in 32 bits.
    static let largestJobGPUs = Int(Int32.max)

    /// Compiles `scenario`, reading its trace files.
    ///
    /// - Throws: `SimulationSetupError` for a trace file that cannot be read, or a tenant
    ///   whose jobs could never run on any pool it may use.
    public init(scenario: Scenario) throws(SimulationSetupError) {
        self.scenario = scenario
        calendar = HorizonCalendar(horizon: scenario.horizon)
        layout = FacilityLayout(scenario: scenario)
        powerBudgetKWByMonth = calendar.months.map { scenario.site.powerBudgetKW(in: $0) }
        pueByMonth = calendar.months.map { scenario.site.cooling.pue(in: $0) }
        var depreciation = [Double](repeating: 0, count: layout.nodeCount)
        for (phaseIndex, phase) in layout.phases.enumerated() {
            let boughtIn = scenario.buildOut[phaseIndex].at
            for node in phase.nodes {
                let price = layout.model(of: node).nodePriceEUR(boughtIn: boughtIn)
                depreciation[Int(node.rawValue)] = scenario.site.monthlyDepreciationEUR(computeEUR: price)
            }
        }
        monthlyDepreciationEURByNode = depreciation
        var tenants: [TenantPlan] = []
        var beyond: [Int] = []
        var unusable: [Int] = []
        for (index, tenant) in scenario.tenants.enumerated() {
            let (plan, beyondHorizon, skipped) = try Self.plan(tenant: tenant, index: index, scenario: scenario, layout: layout, calendar: calendar)
            tenants.append(plan)
            beyond.append(beyondHorizon)
            unusable.append(skipped)
        }
        self.tenants = tenants
        traceJobsBeyondHorizon = beyond
        traceJobsUnusable = unusable
    }

    private static func plan(tenant: Tenant, index: Int, scenario: Scenario, layout: FacilityLayout, calendar: HorizonCalendar) throws(SimulationSetupError) -> (TenantPlan, Int, Int) {
        let speeds = layout.pools.map { pool -> Double in
            let allowedOwner = pool.ownerTenant == nil ? (tenant.dedicated == nil || tenant.dedicated!.overflowToShared) : pool.ownerTenant == index
            return allowedOwner ? pool.model.relativeThroughput * tenant.efficiency(on: pool.model.vendor) : 0
        }
        let candidates = layout.pools.indices.filter { speeds[$0] > 0 && !layout.pools[$0].nodes.isEmpty }.sorted {
            let dedicatedA = layout.pools[$0].ownerTenant == nil ? 1 : 0
            let dedicatedB = layout.pools[$1].ownerTenant == nil ? 1 : 0
            return (dedicatedA, -speeds[$0], $0) < (dedicatedB, -speeds[$1], $1)
        }.map(Int32.init)
        let largestGPUs = candidates.map { layout.pools[Int($0)].finalGPUCount }.max() ?? 0
        let arrivals: ArrivalPlan
        var demandByMonth: [Double]?
        var beyondHorizon = 0
        var skipped = 0
        switch tenant.demand.pattern {
        case .trace(let path, let gpusPerProcessor):
            // Parsed once, when the scenario loaded (`Tenant.trace`); never read again here.
            guard let trace = tenant.trace else {
                throw SimulationSetupError(description: "tenant \"\(tenant.name)\": its trace \(path) was not read when the scenario loaded; load scenarios through ScenarioLoader, or set Tenant.trace")
            }
            let kept = trace.jobs.filter { $0.submitMilliseconds >= 0 && $0.submitMilliseconds < calendar.endMs }
            beyondHorizon = trace.jobs.count - kept.count
            skipped = trace.skips.total
            // The scenario loader refuses a trace job of more GPUs than any facility holds.
            // Checked again here, by division so that it cannot overflow, because a job's GPU
            // count is kept in 32 bits (`JobRecord.gpus`).
            guard gpusPerProcessor >= 1 else {
                throw SimulationSetupError(description: "tenant \"\(tenant.name)\": \(gpusPerProcessor) GPUs per processor; expected at least 1")
            }
            if let largest = kept.first(where: { $0.processors > Self.largestJobGPUs / gpusPerProcessor }) {
                throw SimulationSetupError(description: "tenant \"\(tenant.name)\": trace job \(largest.jobNumber) asks for \(largest.processors) processors at \(gpusPerProcessor) GPUs each, more than the \(Self.largestJobGPUs) GPUs a job can have")
            }
            arrivals = .trace(jobs: kept, gpusPerProcessor: gpusPerProcessor)
            if let smallest = kept.map({ $0.processors * gpusPerProcessor }).min(), !candidates.contains(where: { layout.pools[Int($0)].canEverHost(gpus: smallest) }) {
                throw SimulationSetupError(description: "tenant \"\(tenant.name)\": even its smallest traced job (\(smallest) GPUs) cannot run on any pool it may use (the largest holds \(largestGPUs) GPUs); add nodes or allow more vendors")
            }
        case .poisson(let jobsPerHour):
            let rates = calendar.months.map { month in
                if let start = tenant.demand.startMonth, month < start { return 0.0 }
                return jobsPerHour * (tenant.demand.seasonality?[month.month - 1] ?? 1)
            }
            arrivals = .monthlyRates(rates)
            if let mix = tenant.jobMix {
                // Expected demand: jobs per hour × hours in the month × mean work per job.
                let jobGPUHours = mix.gpusPerJob.meanOfRoundedUpCount * mix.hoursPerJob.mean
                demandByMonth = rates.indices.map { rates[$0] * calendar.hours(inMonth: $0) * jobGPUHours }
            }
        default:
            let mix = tenant.jobMix!
            let jobGPUHours = mix.gpusPerJob.meanOfRoundedUpCount * mix.hoursPerJob.mean
            let demand = calendar.months.map { tenant.demand.referenceGPUHours(in: $0, horizon: scenario.horizon) ?? 0 }
            demandByMonth = demand
            arrivals = .monthlyRates(demand.indices.map { demand[$0] / jobGPUHours / calendar.hours(inMonth: $0) })
        }
        if let mix = tenant.jobMix {
            let smallest = max(1, Int(min(Sampler(mix.gpusPerJob).smallestValue.rounded(.up), 1_000_000_000)))
            if candidates.isEmpty || !candidates.contains(where: { layout.pools[Int($0)].canEverHost(gpus: smallest) }) {
                throw SimulationSetupError(description: "tenant \"\(tenant.name)\": its jobs can never run: the smallest job asks for \(smallest) GPUs, and the pools it may use hold at most \(largestGPUs) GPUs in all; add nodes of a vendor it accepts, or change its job_mix")
            }
        } else if candidates.isEmpty {
            throw SimulationSetupError(description: "tenant \"\(tenant.name)\": no pool it may use is ever built; add nodes of a vendor it accepts")
        }
        let checkpointMs = tenant.checkpointIntervalHours.map { SimTime.hours($0).milliseconds }
        // The scenario format's range starts at 0.01 hours; a work-saving division uses it.
        precondition(checkpointMs.map { $0 > 0 } ?? true, "tenant \(tenant.name): a checkpoint interval must be at least 1 ms")
        let plan = TenantPlan(
            name: tenant.name, priority: tenant.priority, quotaShare: tenant.quotaShare,
            candidatePools: candidates, speedOnPool: speeds, arrivals: arrivals,
            gpusPerJob: tenant.jobMix.map { Sampler($0.gpusPerJob) }, hoursPerJob: tenant.jobMix.map { Sampler($0.hoursPerJob) },
            walltimeFactor: tenant.jobMix?.walltimeFactor ?? 1,
            patienceHours: tenant.patience.map(Sampler.init),
            checkpointIntervalMs: checkpointMs,
            demandByMonth: demandByMonth
        )
        return (plan, beyondHorizon, skipped)
    }
}
