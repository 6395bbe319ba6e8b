import FactoryModel

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
    var tenantJobsCompleted: [Int]
    var tenantQueueAtEnd: [Int]
    /// Waits in hours of jobs first started in the month, by month and tenant.
    var tenantWaitsHours: [[Double]]

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
        poweredGPUsAtEnd = counts
        tenantDeliveredGPUHours = tenantZeros
        tenantDeliveredReferenceGPUHours = tenantZeros
        tenantSubmittedReferenceGPUHours = tenantZeros
        tenantJobsSubmitted = tenantCounts
        tenantJobsCompleted = tenantCounts
        tenantQueueAtEnd = tenantCounts
        tenantWaitsHours = [[Double]](repeating: [], count: months * tenants)
    }
}
