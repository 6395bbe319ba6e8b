import FactoryModel
import Forecasting
import Foundation
import Planning
import ScenarioFormat
import TestSupport
import Testing

/// Tenants whose demand is forecast from observed usage (`history:`), through the scenario file.
@Suite struct UsageHistoryForecastTests {
    /// Writes a scenario that extends the hand-worked fixture with one tenant given by
    /// `tenantYAML`, and loads it.
    static func load(tenantYAML: String) throws -> ScenarioLoadResult {
        let folder = temporaryURL("history")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = fixtures.path("hand-worked.yaml")
        let text = """
        extends: \(base)
        name: history-test
        horizon: {start: 2026-07, end: 2028-12}
        build_out:
          - at: 2026-07
            nodes: {ideal-gpu: 1}
        tenants:
        \(tenantYAML)
        """
        let path = folder.appendingPathComponent("history.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return ScenarioLoader.load(path: path)
    }

    /// `history:` YAML of a logistic K / (1 + e^{−r(t − t0)}) observed monthly from 2024-07 to
    /// 2026-06 (t in years from the horizon start, 2026-07, at mid-month), with independent
    /// Gaussian noise of 1 % of K from a fixed seed.
    static func logisticHistory(capacity: Double, rate: Double, midpointYears: Double) -> String {
        var lines = ["    history:", "      curve: logistic", "      usage:"]
        var month = Month(year: 2024, month: 7)
        var random = SeededGenerator(state: 20_261_130)
        while month <= Month(year: 2026, month: 6) {
            let t = (Double(month.months(since: Month(year: 2026, month: 7))) + 0.5) / 12
            let gaussian = (-2 * log(random.openUniform())).squareRoot() * cos(2 * Double.pi * random.openUniform())
            let value = capacity / (1 + exp(-rate * (t - midpointYears))) + 0.01 * capacity * gaussian
            lines.append("        - {month: \(month), gpu_hours: \(Int(value.rounded()))}")
            month = month.adding(months: 1)
        }
        return lines.joined(separator: "\n")
    }

    static let tenantHead = """
      - name: research
        quota_share: 1.0
        job_mix:
          gpus_per_job: {distribution: fixed, value: 1}
          hours_per_job: {distribution: exponential, mean: 2}
    """

    @Test func aLogisticFitRecoversTheParametersOfNoisyUsage() throws {
        let result = try Self.load(tenantYAML: Self.tenantHead + "\n" + Self.logisticHistory(capacity: 1_500_000, rate: 2.5, midpointYears: -0.75))
        let scenario = try #require(result.scenario, "\(result.diagnostics)")
        let forecast = try #require(scenario.tenants[0].forecast)
        #expect(forecast.curve == .logistic)
        #expect(forecast.parameterNames == ["K", "r", "t0"])
        #expect(abs(forecast.parameters[0] / 1_500_000 - 1) < 0.05)
        #expect(abs(forecast.parameters[1] / 2.5 - 1) < 0.15)
        #expect(abs(forecast.parameters[2] + 0.75) < 0.1)
        #expect(forecast.standardErrors.allSatisfy { $0.isFinite && $0 > 0 })
        // Each true parameter within three standard errors of its estimate.
        for (estimate, (truth, error)) in zip(forecast.parameters, zip([1_500_000, 2.5, -0.75], forecast.standardErrors)) {
            #expect(abs(estimate - truth) <= 3 * error)
        }
    }

    @Test func theForecastBandsNestAroundTheCentralForecastAndWidenAwayFromTheData() throws {
        let result = try Self.load(tenantYAML: Self.tenantHead + "\n" + Self.logisticHistory(capacity: 1_500_000, rate: 2.5, midpointYears: -0.75))
        let forecast = try #require(result.scenario?.tenants[0].forecast)
        #expect(forecast.months.first == Month(year: 2026, month: 7))
        #expect(forecast.months.count == 30)
        for i in forecast.months.indices {
            #expect(forecast.lower95[i] <= forecast.lower80[i])
            #expect(forecast.lower80[i] <= forecast.central[i])
            #expect(forecast.central[i] <= forecast.upper80[i])
            #expect(forecast.upper80[i] <= forecast.upper95[i])
        }
        let firstWidth = forecast.upper95[0] - forecast.lower95[0]
        let lastWidth = forecast.upper95[29] - forecast.lower95[29]
        #expect(lastWidth >= firstWidth)
    }

    @Test func aTenantWithHistoryIsPlannedAgainstItsForecast() throws {
        let result = try Self.load(tenantYAML: Self.tenantHead + "\n" + Self.logisticHistory(capacity: 150_000, rate: 2.5, midpointYears: -0.75))
        let scenario = try #require(result.scenario)
        let calendar = PlanningCalendar(horizon: scenario.horizon)
        let forecast = try TenantDemandForecast(tenant: scenario.tenants[0], horizon: scenario.horizon, calendar: calendar)
        let fitted = try #require(scenario.tenants[0].forecast)
        for i in calendar.months.indices {
            #expect(abs(forecast.central[i] - fitted.central[i]) <= 1e-6 * max(1, fitted.central[i]))
        }
    }

    @Test func aHistoryTooShortToFitIsAnErrorInWordsAtTheUsageLine() throws {
        let history = """
            history:
              curve: logistic
              usage:
                - {month: 2026-05, gpu_hours: 1000}
                - {month: 2026-06, gpu_hours: 1200}
        """
        let result = try Self.load(tenantYAML: Self.tenantHead + "\n" + history)
        #expect(result.scenario == nil)
        let error = try #require(result.errors.first)
        #expect(error.description.contains("cannot be fitted"))
        #expect(error.location.line == 16)  // the first item of `usage:`
        #expect(!error.description.contains("NaN"))
    }

    @Test func demandAndHistoryTogetherAreAnError() throws {
        let both = Self.tenantHead + """

            demand: {kind: monthly, steps: [{from: 2026-07, gpu_hours_per_month: 1000}]}
        """ + "\n" + Self.logisticHistory(capacity: 150_000, rate: 2.5, midpointYears: -0.75)
        let result = try Self.load(tenantYAML: both)
        #expect(result.scenario == nil)
        #expect(result.errors.contains { $0.description.contains("history") })
    }
}
