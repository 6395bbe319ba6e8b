import FacilitySimulation
import FactoryModel
import Finance
import Foundation
import Reporting
import ScenarioFormat
import Studies
import TestSupport
import Testing

/// The studies' small scenario (`tiny.yaml`) and a portfolio file over it.
let fixtures = Repository.fixtures(of: "StudiesTests")

/// `aifactory sweep`: grids of scenario variants, resumable, shardable.
@Suite struct SweepTests {
    static func study(_ axes: [String], replications: Int? = nil) throws -> SweepStudy {
        try SweepStudy(scenarioPath: fixtures.path("tiny.yaml"), axes: axes.map { try SweepAxis.parse($0) }, replications: replications)
    }

    @Test("Ranges and lists expand to the values an analyst means")
    func rangesAndLists() throws {
        #expect(try SweepAxis.parse("a.b=80:200:20").values.map(\.value) == ["80", "100", "120", "140", "160", "180", "200"])
        #expect(try SweepAxis.parse("a.b=0.35:0.5:0.05").values.map(\.value) == ["0.35", "0.40", "0.45", "0.50"])
        #expect(try SweepAxis.parse("scheduler.policy=fcfs,easy").values.map(\.value) == ["fcfs", "easy"])
        // Infinite and huge ranges are refused before any conversion (an infinite end used to trap).
        for bad in ["a.b", "a.b=", "a.b=1:0:1", "a.b=1:2:0", "a.b=1,,2", "a.b=1,1", "a.b=0:inf:1", "a.b=0:1e300:1", "a.b=0:1:1e-300", "a.b=-inf:0:1"] {
            #expect(throws: SweepError.self) { try SweepAxis.parse(bad) }
        }
    }

    @Test("A sweep over one axis reproduces the single-scenario runs point by point")
    func sweepReproducesSingleRuns() throws {
        let study = try Self.study(["site.electricity.price_eur_per_mwh=100,200"])
        let text = try String(contentsOfFile: fixtures.path("tiny.yaml"), encoding: .utf8)
        for (index, price) in ["100", "200"].enumerated() {
            // The same scenario with the price edited in the file, simulated as `simulate` does.
            let folder = temporaryURL("single").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = folder + "/tiny.yaml"
            try text.replacingOccurrences(of: "price_eur_per_mwh: 150", with: "price_eur_per_mwh: \(price)").write(toFile: path, atomically: true, encoding: .utf8)
            let scenario = try #require(ScenarioLoader.load(path: path).scenario)
            let results = try FacilitySimulator(scenario: scenario).run(seed: scenario.seed, replications: scenario.scheduler.replications)
            let finances = results.map { FinanceModel.evaluate(scenario: scenario, result: $0) }
            let figures = SimulationSummary.headline(scenario: scenario, results: results, finances: finances)
            let row = study.evaluate(index)
            #expect(row[0] == String(index) && row[1] == price && row[2] == "ok")
            for (offset, figure) in figures.enumerated() where figure.mean.isFinite {
                #expect(row[3 + 3 * offset] == NumberText.fixed(figure.mean, decimals: figure.decimals), "\(figure.name)")
            }
        }
    }

    @Test("The table is identical whatever the core count, and shard + merge equals the single run byte for byte", arguments: [1, 2, 3, 4])
    func shardsMergeToTheSingleRun(_ shards: Int) throws {
        let study = try Self.study(["site.electricity.price_eur_per_mwh=100:200:50", "scheduler.policy=fcfs,easy"])
        let single = temporaryURL("single").path
        let sharded = temporaryURL("sharded").path
        defer {
            try? FileManager.default.removeItem(atPath: single)
            try? FileManager.default.removeItem(atPath: sharded)
        }
        let whole = try SweepStore(folder: single, study: study)
        #expect(try SweepRunner.run(whole, cores: 1) == 6)
        let reference = try #require(whole.table())
        // Each shard in its own folder, as on machines without a shared disk.
        var folders: [String] = []
        for k in 1...shards {
            let folder = sharded + "/shard\(k)"
            folders.append(folder)
            let store = try SweepStore(folder: folder, study: study)
            _ = try SweepRunner.run(store, shard: SweepRunner.Shard("\(k)/\(shards)"), cores: 2)
        }
        let merged = try SweepStore.merge(folders: folders, into: sharded + "/merged")
        #expect(merged.points == 6)
        #expect(try String(contentsOfFile: merged.path, encoding: .utf8) == reference)
    }

    @Test("An interrupted sweep resumes: finished points are kept, the missing ones run, the table is the same")
    func interruptedSweepResumes() throws {
        let study = try Self.study(["site.electricity.price_eur_per_mwh=100:200:50"])
        let folder = temporaryURL("resume").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try SweepStore(folder: folder, study: study)
        #expect(try SweepRunner.run(store, cores: 2) == 3)
        let first = try #require(store.table())
        try FileManager.default.removeItem(atPath: folder + "/points/000001.csv")
        #expect(store.table() == nil)
        #expect(try SweepRunner.run(store, cores: 2) == 1)
        #expect(store.table() == first)
        #expect(try SweepRunner.run(store, cores: 2) == 0)
        // Another sweep may not reuse the folder.
        #expect(throws: SweepError.self) { _ = try SweepStore(folder: folder, study: try Self.study(["site.electricity.price_eur_per_mwh=100,300"])) }
    }

    @Test("A point with an invalid value is reported in its row, with the option that set it, and the sweep goes on")
    func invalidPointIsReported() throws {
        let study = try Self.study(["budget.eu_cofunding_share=0.5,1.5"])
        let valid = study.evaluate(0), invalid = study.evaluate(1)
        #expect(valid[2] == "ok")
        #expect(invalid[2].hasPrefix("invalid: --vary budget.eu_cofunding_share=1.5: budget.eu_cofunding_share: "), "\(invalid[2])")
        #expect(invalid.count == valid.count)
        #expect(invalid.dropFirst(3).allSatisfy { $0.isEmpty })
    }

    @Test("A path the scenario does not have is an error naming it")
    func unknownPathIsNamed() throws {
        let loaded = ScenarioLoader.load(path: fixtures.path("tiny.yaml"), overrides: [ScenarioOverride(path: "site.electricty.price_eur_per_mwh", value: "1")])
        #expect(loaded.scenario == nil)
        #expect(loaded.errors.first?.description.contains("no `electricty`") == true)
        let item = ScenarioLoader.load(path: fixtures.path("tiny.yaml"), overrides: [ScenarioOverride(path: "tenants[industry].quota_share", value: "0.5")])
        #expect(item.errors.first?.description.contains("no item named or numbered `industry`") == true)
        let named = ScenarioLoader.load(path: fixtures.path("tiny.yaml"), overrides: [ScenarioOverride(path: "tenants[research].quota_share", value: "0.5")])
        #expect(named.scenario?.tenants[0].quotaShare == 0.5)
    }

    @Test("A portfolio file gives the same study as the command line, with its named values as labels")
    func portfolioFile() throws {
        let loaded = PortfolioFile.load(path: fixtures.path("portfolio.yaml"))
        let file = try #require(loaded.portfolio, "\(loaded.diagnostics)")
        #expect(file.replications == 2)
        #expect(file.axes.map(\.path) == ["site.electricity.price_eur_per_mwh", "budget.eu_cofunding_share"])
        #expect(file.axes[0].range == "100:200:50")
        #expect(file.axes[1].values.map(\.label) == ["eu-50", "eu-35"])
        #expect(file.axes[1].values.map(\.value) == ["0.5", "0.35"])
        #expect(URL(fileURLWithPath: file.scenarioPath).lastPathComponent == "tiny.yaml")
    }

    @Test("Carbon is exactly linear in the grid's carbon intensity, and TCO linear in the price to the cent")
    func linearFiguresAreLinear() throws {
        let carbon = try Self.study(["site.electricity.carbon_g_per_kwh=100:400:100"])
        let tonnes = (0..<4).map { Double(carbon.evaluate($0)[3 + 3 * carbon.figureNames.firstIndex(of: "carbon_t")!])! }
        // Printed to the kilogram: each value within 0.0005 t of the exact one, so (i+1)·t₀ within (i+2)·0.0005.
        for i in 1..<4 { #expect(abs(tonnes[i] - Double(i + 1) * tonnes[0]) <= Double(i + 2) * 0.0005 + 1e-9) }
        let price = try Self.study(["site.electricity.price_eur_per_mwh=100:400:100"])
        let tco = (0..<4).map { Double(price.evaluate($0)[3 + 3 * price.figureNames.firstIndex(of: "tco_eur")!])! }
        let steps = (1..<4).map { tco[$0] - tco[$0 - 1] }
        // Each month's electricity bill is rounded to the cent: 6 months, so within 3 cents.
        for step in steps { #expect(abs(step - steps[0]) <= 0.03) }
        #expect(steps[0] > 0)
    }
}
