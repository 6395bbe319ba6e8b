import FactoryModel
import Foundation
import TestSupport
import Workloads
@testable import FacilitySimulation

/// Small facilities built in code, so each test states exactly the machine it reasons about.
enum TestFacilities {
    static let start = Month(year: 2030, month: 1)
    static let fixtures = Repository.fixtures(of: "FacilitySimulationTests").folder

    /// An idealised node model: no price, 1 kW peak, reference speed, failures as given.
    static func model(gpusPerNode: Int = 1, annualFailureRate: Double = 0, repairHours: Double = 0, id: String = "ideal", vendor: Vendor = .nvidia) -> NodeModel {
        NodeModel(id: id, vendor: vendor, gpusPerNode: gpusPerNode, nodePriceEUR: 0, nodePowerIdleKW: 0.2 * Double(gpusPerNode),
                  nodePowerPeakKW: 1.0 * Double(gpusPerNode), relativeThroughput: 1, annualFailureRate: annualFailureRate,
                  repairHours: repairHours, availableFrom: Month(year: 2020, month: 1))
    }

    /// A facility of `nodes` nodes of `model`, online from the first month, on an unlimited grid
    /// with PUE 1 unless `gridMW` and `pue` say otherwise.
    static func scenario(
        nodes: Int, model: NodeModel = model(), tenants: [Tenant], policy: SchedulingPolicy,
        months: Int = 12, gridMW: Double = 1_000, pue: Double = 1, extraModels: [NodeModel] = [], extraBuild: [String: Int] = [:]
    ) -> Scenario {
        let site = Site(
            gridConnectionMW: [MonthlyStep(from: start, value: gridMW)], cooling: Cooling(type: .directLiquid, pue: pue),
            maxITMW: 1_000, electricity: Electricity(priceEURPerMWh: 100, carbonGPerKWh: 250)
        )
        var build = extraBuild
        build[model.id] = nodes
        return Scenario(
            name: "test", seed: 7, horizon: start...start.adding(months: months - 1), budget: Budget(capexEUR: 0),
            site: site, catalog: Catalog(models: [model] + extraModels), buildOut: [BuildPhase(at: start, nodes: build)],
            tenants: tenants, scheduler: SchedulerSettings(policy: policy)
        )
    }

    /// A tenant with Poisson arrivals of one-GPU jobs of exponential duration (an M/M/c customer).
    static func poissonTenant(name: String = "queue", jobsPerHour: Double, meanHours: Double, gpus: Distribution = .fixed(value: 1), quota: Double = 1, checkpointHours: Double? = nil, accepts: Set<Vendor> = [.nvidia, .amd], dedicated: DedicatedPartition? = nil) -> Tenant {
        Tenant(name: name, quotaShare: quota, accepts: accepts, checkpointIntervalHours: checkpointHours, dedicated: dedicated,
               demand: Demand(pattern: .poisson(jobsPerHour: jobsPerHour)),
               jobMix: JobMix(gpusPerJob: gpus, hoursPerJob: .exponential(mean: meanHours), walltimeFactor: 1.5))
    }

    /// A tenant that replays a trace file from the fixtures folder, its jobs read as
    /// `ScenarioLoader` reads them (once, before simulation).
    static func traceTenant(file: String, name: String = "trace", quotaShare: Double = 1) throws -> Tenant {
        let path = fixtures.appendingPathComponent(file).path
        return Tenant(name: name, quotaShare: quotaShare, demand: Demand(pattern: .trace(path: path, gpusPerProcessor: 1)), jobMix: nil,
                      trace: try SWFReader.read(path: path))
    }
}
