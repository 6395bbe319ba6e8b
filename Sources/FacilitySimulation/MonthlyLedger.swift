import FactoryModel
import SimulationKernel

/// Sums kept month by month (and month by tenant) as the run goes, from which the monthly
/// figures are made at the end. Flat arrays indexed `month` or `month × tenants + tenant`.
struct MonthlyLedger: Sendable {
    let months: Int
    let tenants: Int

    var availableGPUHours: [Double]
    var busyGPUHours: [Double]
    var downGPUHours: [Double]
    var idleGPUHours: [Double]
    var itEnergyKWh: [Double]
    var peakFacilityKW: [Double]
    var lostGPUHours: [Double]
    /// Jobs waiting, integrated over time (job-hours), for the mean queue length.
    var queuedJobHours: [Double]
    var jobsSubmitted: [Int]
    var jobsStarted: [Int]
    var jobsCompleted: [Int]
    var jobsFailed: [Int]
    var jobsRejected: [Int]
    var installedGPUsAtEnd: [Int]
    /// Depreciation of the hardware installed but without power at the month's end, euros.
    var strandedDepreciationEUR: [Double]
    var poweredGPUsAtEnd: [Int]
    /// The facility's vendors, and their installed and powered GPUs at each month's end,
    /// indexed `month × vendors.count + vendor`.
    let vendors: [Vendor]
    var vendorInstalledGPUsAtEnd: [Int]
    var vendorPoweredGPUsAtEnd: [Int]

    var tenantDeliveredGPUHours: [Double]
    var tenantDeliveredReferenceGPUHours: [Double]
    /// Reference-GPU-hours of jobs submitted (demand for poisson and trace tenants).
    var tenantSubmittedReferenceGPUHours: [Double]
    var tenantJobsSubmitted: [Int]
    /// Jobs first started in the month, and their whole work in reference-GPU-hours.
    var tenantJobsStarted: [Int]
    var tenantStartedReferenceGPUHours: [Double]
    /// Jobs that gave up waiting in the month, and the reference-GPU-hours of work they took away.
    var tenantJobsAbandoned: [Int]
    var tenantAbandonedReferenceGPUHours: [Double]
    /// Jobs refused on arrival in the month (no pool could ever hold them), and their work.
    var tenantJobsRejected: [Int]
    var tenantRejectedReferenceGPUHours: [Double]
    /// The whole work of the jobs *submitted* in the month that completed within the horizon,
    /// reference-GPU-hours, credited to the submit month: never more than what was submitted.
    var tenantServedReferenceGPUHours: [Double]
    var tenantJobsCompleted: [Int]
    var tenantQueueAtEnd: [Int]
    /// Waits in hours of jobs first started in the month, by month and tenant.
    var tenantWaitsHours: [[Double]]

    /// By month and cause (`month × causes + cause`, `InterruptionCause` order): nodes
    /// interrupted, job runs killed, work thrown away (GPU-hours since the last checkpoint)
    /// and GPU-hours of powered nodes out of service.
    var causeInterruptions: [Int]
    var causeJobsKilled: [Int]
    var causeLostGPUHours: [Double]
    var causeDownGPUHours: [Double]
    /// The number of causes, `InterruptionCause.allCases.count`.
    static let causes = InterruptionCause.allCases.count

    init(months: Int, tenants: Int, vendors: [Vendor]) {
        self.months = months
        self.tenants = tenants
        self.vendors = vendors
        vendorInstalledGPUsAtEnd = [Int](repeating: 0, count: months * vendors.count)
        vendorPoweredGPUsAtEnd = vendorInstalledGPUsAtEnd
        let zeros = [Double](repeating: 0, count: months)
        let counts = [Int](repeating: 0, count: months)
        let tenantZeros = [Double](repeating: 0, count: months * tenants)
        let tenantCounts = [Int](repeating: 0, count: months * tenants)
        availableGPUHours = zeros
        busyGPUHours = zeros
        downGPUHours = zeros
        idleGPUHours = zeros
        itEnergyKWh = zeros
        peakFacilityKW = zeros
        lostGPUHours = zeros
        queuedJobHours = zeros
        jobsSubmitted = counts
        jobsStarted = counts
        jobsCompleted = counts
        jobsFailed = counts
        jobsRejected = counts
        installedGPUsAtEnd = counts
        strandedDepreciationEUR = zeros
        poweredGPUsAtEnd = counts
        tenantDeliveredGPUHours = tenantZeros
        tenantDeliveredReferenceGPUHours = tenantZeros
        tenantSubmittedReferenceGPUHours = tenantZeros
        tenantJobsSubmitted = tenantCounts
        tenantJobsStarted = tenantCounts
        tenantStartedReferenceGPUHours = tenantZeros
        tenantJobsAbandoned = tenantCounts
        tenantAbandonedReferenceGPUHours = tenantZeros
        tenantJobsRejected = tenantCounts
        tenantRejectedReferenceGPUHours = tenantZeros
        tenantServedReferenceGPUHours = tenantZeros
        tenantJobsCompleted = tenantCounts
        tenantQueueAtEnd = tenantCounts
        tenantWaitsHours = [[Double]](repeating: [], count: months * tenants)
        causeInterruptions = [Int](repeating: 0, count: months * Self.causes)
        causeJobsKilled = causeInterruptions
        causeLostGPUHours = [Double](repeating: 0, count: months * Self.causes)
        causeDownGPUHours = causeLostGPUHours
    }
}

extension MonthlyLedger {
    /// Copies the integrals of the facility's rates, from the month's start to now, into
    /// month `month`: GPU-hours available, busy, idle and down (in all and by cause); IT energy; queued job-hours;
    /// each tenant's delivered GPU-hours and reference GPU-hours.
    mutating func recordIntegrals(month: Int, of levels: LevelMonitors, rates: FacilityLevels) {
        availableGPUHours[month] = levels.integralHours(of: rates.poweredGPUs)
        busyGPUHours[month] = levels.integralHours(of: rates.busyGPUs)
        idleGPUHours[month] = levels.integralHours(of: rates.idleGPUs)
        downGPUHours[month] = levels.integralHours(of: rates.downPoweredGPUs)
        itEnergyKWh[month] = levels.integralHours(of: rates.itPowerKW)
        queuedJobHours[month] = levels.integralHours(of: rates.queuedJobs)
        for cause in 0..<Self.causes {
            causeDownGPUHours[month * Self.causes + cause] = levels.integralHours(of: rates.downPoweredGPUs(cause))
        }
        let base = month * tenants
        for tenant in 0..<tenants {
            tenantDeliveredGPUHours[base + tenant] = levels.integralHours(of: rates.tenantBusyGPUs(tenant))
            tenantDeliveredReferenceGPUHours[base + tenant] = levels.integralHours(of: rates.tenantReferenceRate(tenant))
        }
    }
}
