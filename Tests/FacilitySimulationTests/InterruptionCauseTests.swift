import FactoryModel
import Testing
@testable import FacilitySimulation

/// Interruptions by cause (GPU hardware, other hardware, network, software) and planned
/// maintenance windows: their bookkeeping, their rates against the Poisson and renewal closed
/// forms, and maintenance against a count made by hand.
@Suite("Interruptions by cause and planned maintenance")
struct InterruptionCauseTests {
    /// A one-GPU node model with all four unplanned classes.
    static func fourClassModel(gpusPerNode: Int = 1) -> NodeModel {
        let reliability = NodeReliability([
            .gpuHardware: FailureClass(annualRatePerGPU: 40, repairHours: .choice(values: [4, 72], weights: [0.32, 0.68])),
            .otherHardware: FailureClass(annualRatePerGPU: 20, repairHours: .lognormal(median: 12, sigma: 1)),
            .network: FailureClass(annualRatePerGPU: 10, repairHours: .exponential(mean: 6)),
            .software: FailureClass(annualRatePerGPU: 30, repairHours: .fixed(value: 1)),
        ])
        return NodeModel(id: "four", vendor: .nvidia, gpusPerNode: gpusPerNode, nodePriceEUR: 0, nodePowerIdleKW: 0.2,
                         nodePowerPeakKW: 1.0 * Double(gpusPerNode), relativeThroughput: 1, reliability: reliability,
                         availableFrom: Month(year: 2020, month: 1))
    }

    static func totals(_ rows: [InterruptionMonth], _ cause: InterruptionCause) -> (interruptions: Int, killed: Int, lost: Double, down: Double) {
        rows.filter { $0.cause == cause }.reduce((0, 0, 0.0, 0.0)) { ($0.0 + $1.interruptions, $0.1 + $1.jobsKilled, $0.2 + $1.lostGPUHours, $0.3 + $1.downGPUHours) }
    }

    @Test("Each month the causes add up to the month's killed runs, lost work and down GPU-hours")
    func causesAddUpToTheMonth() throws {
        let tenant = TestFacilities.poissonTenant(jobsPerHour: 3, meanHours: 4, gpus: .choice(values: [1, 2, 4, 8], weights: [4, 3, 2, 1]), checkpointHours: 1)
        var scenario = TestFacilities.scenario(nodes: 10, model: Self.fourClassModel(gpusPerNode: 8), tenants: [tenant], policy: .easy, months: 3)
        scenario.site.maintenanceWindows = MaintenanceWindows(everyWeeks: 2, hours: 8, shareOfNodes: 0.2)
        let result = try FacilitySimulator(scenario: scenario).runCheckingInvariants(seed: 11)
        #expect(result.invariantViolations.isEmpty, "\(result.invariantViolations.prefix(3))")
        #expect(result.interruptions.count == result.monthly.count * InterruptionCause.allCases.count)
        for month in result.monthly {
            let rows = result.interruptions.filter { $0.month == month.month }
            #expect(rows.map(\.cause) == InterruptionCause.allCases)
            #expect(rows.reduce(0) { $0 + $1.jobsKilled } == month.jobsFailed)
            #expect(abs(rows.reduce(0) { $0 + $1.lostGPUHours } - month.lostGPUHours) <= 1e-9 * max(1, month.lostGPUHours))
            #expect(abs(rows.reduce(0) { $0 + $1.downGPUHours } - month.downGPUHours) <= 1e-6 * max(1, month.downGPUHours))
        }
        for cause in InterruptionCause.allCases {
            let total = Self.totals(result.interruptions, cause)
            #expect(total.interruptions > 0 && total.down > 0, "\(cause) never struck: \(total)")
        }
        #expect(Self.totals(result.interruptions, .maintenance).killed > 0, "a window must have killed a job")
    }

    @Test("Each cause strikes at its rate, and the node is down the renewal share λ·r ÷ (1 + λ·r) of the time")
    func ratesMatchTheClosedForms() throws {
        // 200 idle one-GPU nodes over 10 years: no jobs, so only the interruptions move.
        let model = Self.fourClassModel()
        let tenant = TestFacilities.poissonTenant(jobsPerHour: 1e-6, meanHours: 1)
        let scenario = TestFacilities.scenario(nodes: 200, model: model, tenants: [tenant], policy: .fcfs, months: 120)
        let result = try FacilitySimulator(scenario: scenario).runReplication(seed: 3, recordJobs: false)
        let hours = result.monthly.reduce(0) { $0 + $1.availableGPUHours }
        let downPerHourUp = model.reliability.downHoursPerGPUYear / 8_760
        let upShare = 1 / (1 + downPerHourUp)
        let total = Double(InterruptionCause.unplanned.reduce(0) { $0 + Self.totals(result.interruptions, $1).interruptions })
        for cause in InterruptionCause.unplanned {
            let expected = hours * upShare * model.reliability[cause].annualRatePerGPU / 8_760
            let counted = Double(Self.totals(result.interruptions, cause).interruptions)
            // A Poisson count: within 4 standard deviations (√expected) of its mean.
            #expect(abs(counted - expected) < 4 * expected.squareRoot(), "\(cause): \(counted) against \(expected)")
            let shareOfAll = model.reliability[cause].annualRatePerGPU / model.annualFailureRate
            #expect(abs(counted / total - shareOfAll) < 0.02, "\(cause): share \(counted / total) against \(shareOfAll)")
        }
        let downShare = result.monthly.reduce(0) { $0 + $1.downGPUHours } / hours
        let expectedDown = downPerHourUp / (1 + downPerHourUp)
        #expect(abs(downShare - expectedDown) < 0.05 * expectedDown, "down share \(downShare) against \(expectedDown)")
    }

    @Test("Maintenance windows take ⌈share × nodes⌉ nodes for their hours, every N weeks, and kill the jobs on them")
    func maintenanceMatchesAHandCount() throws {
        // 10 failure-free 8-GPU nodes; windows every 2 weeks for 8 hours over 25 %: 3 nodes each.
        // Over 3 months (2030-01 to 2030-03, 90 days = 2,160 h) windows open at 336, 672, …,
        // 2,016 h (the seventh, at 2,352 h, lies beyond): six windows, all ending within the
        // horizon, so 6 × 3 nodes × 8 h × 8 GPUs = 1,152 GPU-hours down for maintenance.
        let tenant = TestFacilities.poissonTenant(jobsPerHour: 4, meanHours: 10, gpus: .fixed(value: 8))
        var scenario = TestFacilities.scenario(nodes: 10, model: TestFacilities.model(gpusPerNode: 8), tenants: [tenant], policy: .fcfs, months: 3)
        scenario.site.maintenanceWindows = MaintenanceWindows(everyWeeks: 2, hours: 8, shareOfNodes: 0.25)
        let result = try FacilitySimulator(scenario: scenario).runCheckingInvariants(seed: 2)
        #expect(result.invariantViolations.isEmpty, "\(result.invariantViolations.prefix(3))")
        let maintenance = Self.totals(result.interruptions, .maintenance)
        #expect(maintenance.interruptions == 6 * 3)
        #expect(abs(maintenance.down - 6 * 3 * 8 * 8) < 1e-6)
        #expect(maintenance.killed > 0 && maintenance.killed <= 6 * 3, "a full facility loses the jobs on serviced nodes")
        for cause in InterruptionCause.unplanned { #expect(Self.totals(result.interruptions, cause).interruptions == 0) }
        #expect(result.monthly.reduce(0) { $0 + $1.jobsFailed } == maintenance.killed)
    }

    @Test("A model with one class draws no cause and no repair time: its runs are those of the one-rate model")
    func oneClassKeepsTheRandomStreams() throws {
        let tenant = TestFacilities.poissonTenant(jobsPerHour: 2, meanHours: 3, checkpointHours: 1)
        let shorthand = TestFacilities.model(gpusPerNode: 8, annualFailureRate: 2, repairHours: 12)
        var byClass = shorthand
        byClass.reliability = NodeReliability([.gpuHardware: FailureClass(annualRatePerGPU: 2, repairHours: .fixed(value: 12))])
        let a = try FacilitySimulator(scenario: TestFacilities.scenario(nodes: 6, model: shorthand, tenants: [tenant], policy: .easy, months: 2)).runReplication(seed: 4, recordJobs: false)
        let b = try FacilitySimulator(scenario: TestFacilities.scenario(nodes: 6, model: byClass, tenants: [tenant], policy: .easy, months: 2)).runReplication(seed: 4, recordJobs: false)
        #expect(a.monthly == b.monthly)
        #expect(Self.totals(a.interruptions, .gpuHardware).interruptions > 0)
    }
}
