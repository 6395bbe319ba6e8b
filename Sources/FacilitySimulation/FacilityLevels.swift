import FactoryModel
import SimulationKernel

/// The facility's rates (GPUs powered, busy, idle and down; jobs waiting; IT power; each
/// tenant's busy GPUs and reference work rate), as level monitors of the run's kernel.
///
/// The kernel integrates them whenever its clock advances; at each month's end the run copies
/// the integrals into the ``MonthlyLedger`` and starts them again from zero.
struct FacilityLevels: Sendable {
    /// GPUs on powered nodes, working or not.
    let poweredGPUs: LevelID
    /// GPUs on powered nodes that are down for repair or maintenance.
    let downPoweredGPUs: LevelID
    /// GPUs on powered nodes down for the first cause (`InterruptionCause` order); cause c's is
    /// `c` further on. They add up to `downPoweredGPUs`.
    let firstCauseDownPoweredGPUs: Int
    /// GPUs occupied by running jobs (whole nodes for multi-node jobs).
    let busyGPUs: LevelID
    /// Free GPUs on powered, working nodes (draining ones included): kept on its own, not as
    /// powered − busy − down, so that conservation of GPU-hours is a real check.
    let idleGPUs: LevelID
    /// Jobs waiting in all queues.
    let queuedJobs: LevelID
    /// IT power drawn, kW: idle power of powered working nodes plus the dynamic power of busy GPUs.
    let itPowerKW: LevelID
    /// The first tenant's busy GPUs; tenant t's is `t` further on.
    let firstTenantBusyGPUs: Int
    /// The first tenant's reference work rate (busy GPUs × speed, reference GPUs); tenant t's is `t` further on.
    let firstTenantReferenceRate: Int

    /// Adds the facility's levels, all zero, to `levels`.
    init(in levels: inout LevelMonitors, tenants: Int) {
        poweredGPUs = levels.add()
        downPoweredGPUs = levels.add()
        firstCauseDownPoweredGPUs = levels.add(count: InterruptionCause.allCases.count).index
        busyGPUs = levels.add()
        idleGPUs = levels.add()
        queuedJobs = levels.add()
        itPowerKW = levels.add()
        firstTenantBusyGPUs = levels.add(count: tenants).index
        firstTenantReferenceRate = levels.add(count: tenants).index
    }

    /// GPUs on powered nodes down for `cause`.
    @inline(__always)
    func downPoweredGPUs(_ cause: Int) -> LevelID { LevelID(index: firstCauseDownPoweredGPUs + cause) }

    /// Tenant `tenant`'s busy GPUs.
    @inline(__always)
    func tenantBusyGPUs(_ tenant: Int) -> LevelID { LevelID(index: firstTenantBusyGPUs + tenant) }

    /// Tenant `tenant`'s reference work rate: Σ GPUs × speed over its running jobs.
    @inline(__always)
    func tenantReferenceRate(_ tenant: Int) -> LevelID { LevelID(index: firstTenantReferenceRate + tenant) }
}
