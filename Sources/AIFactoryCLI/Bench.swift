import ArgumentParser
import Benchmarking
import Evaluation
import FactoryModel
import Foundation
import Optimization
import ScenarioFormat

/// `aifactory bench`: the engine's speed on fixed work, each figure next to a correctness check.
///
/// A subcommand rather than a separate benchmark target: analysts and CI run exactly the binary
/// they use, built the way they build it (`-c release`), and `swift test` never runs it.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the simulator and the LP solver on fixed benchmark models.",
        discussion: """
        mmc: M/M/64 FCFS, μ = 1/h, ρ = 0.9, 1,000,000 jobs, mean wait vs Erlang C. factory: the \
        Dutch baseline, one replication, full model. scale: Scenarios/synthetic-10k-gpus.yaml \
        (10,000 GPUs, 5 years, ~8.7 M jobs) with --scale-factor × its jobs: up to 4× its horizon, \
        beyond that also a proportionally larger facility and demand. \
        lp: the committed plan models (LP relaxations) and random feasible LPs of 250 to 3,000 rows. \
        Peak memory is the process's (getrusage): run one model per process to measure one. See \
        docs/performance.md and Benchmarks/peers.py for the side-by-side comparison.
        """
    )

    enum Model: String, ExpressibleByArgument, CaseIterable { case mmc, factory, scale, lp, all }

    @Option(name: .long, help: "Which benchmark: mmc, factory, scale, lp or all.")
    var model: Model = .all

    @Flag(name: .long, help: "One JSON object per measurement, one per line.")
    var json = false

    @Option(name: .long, help: "mmc: number of jobs.")
    var jobs = 1_000_000

    @Option(name: .long, help: "scale: multiply the synthetic facility's horizon (and so its jobs) by this.")
    var scaleFactor = 1

    @Option(name: .long, help: "lp: also write every LP solved, as MPS, into this folder (for HiGHS).")
    var mpsDir: String?

    @Option(name: .long, help: "lp: the largest random LP's rows.")
    var lpMaxRows = 3_000

    func validate() throws {
        guard jobs >= 1, scaleFactor >= 1, lpMaxRows >= 250 else { throw ValidationError("--jobs ≥ 1, --scale-factor ≥ 1, --lp-max-rows ≥ 250") }
        guard scaleFactor <= 4 || scaleFactor % 4 == 0 else { throw ValidationError("--scale-factor above 4 must be a multiple of 4 (4× the horizon, then a larger facility)") }
    }

    func run() throws {
        let models: [Model] = model == .all ? [.mmc, .factory, .scale, .lp] : [model]
        for model in models {
            for record in try measure(model) {
                print(json ? record.json : Self.line(record))
            }
        }
    }

    static func line(_ record: BenchmarkRecord) -> String {
        var text = String(format: "%-8@ %@: %.3f s", record.model as NSString, record.work, record.wallSeconds)
        if record.events > 0 { text += String(format: ", %d events, %.0f events/s", record.events, record.eventsPerSecond) }
        text += String(format: ", peak %.0f MiB; %@", Double(record.peakMemoryKiB) / 1024, record.correctness)
        return text
    }

    func measure(_ model: Model) throws -> [BenchmarkRecord] {
        switch model {
        case .mmc:
            var benchmark = MMcBenchmark()
            benchmark.jobs = jobs
            let (outcome, seconds) = BenchmarkRecord.time { benchmark.run() }
            let error = (outcome.meanWaitHours - outcome.exactMeanWaitHours) / outcome.exactMeanWaitHours
            return [BenchmarkRecord(
                model: "mmc", work: "M/M/\(benchmark.servers) FCFS, rho \(benchmark.load), \(jobs) jobs", events: outcome.events,
                wallSeconds: seconds, peakMemoryKiB: BenchmarkRecord.peakMemoryKiB(),
                correctness: String(format: "mean wait %.5f h vs Erlang C %.5f h (%+.2f %%)", outcome.meanWaitHours, outcome.exactMeanWaitHours, 100 * error),
                extra: [("mean_wait_hours", String(outcome.meanWaitHours)), ("erlang_c_mean_wait_hours", String(outcome.exactMeanWaitHours))])]
        case .factory:
            return [try simulate("Scenarios/nl-baseline.yaml", overrides: [], model: "factory")]
        case .scale:
            let path = "Scenarios/synthetic-10k-gpus.yaml"
            // The horizon stretches up to 4× (the format allows 30 years); beyond that the
            // facility and its demand grow too, so that jobs grow by the factor either way.
            let horizonFactor = min(scaleFactor, 4), sizeFactor = scaleFactor / min(scaleFactor, 4)
            var overrides: [ScenarioOverride] = []
            if horizonFactor > 1 {
                overrides.append(ScenarioOverride(path: "horizon.end", value: String(format: "%04d-12", 2026 + 5 * horizonFactor)))
            }
            if sizeFactor > 1 {
                overrides += [
                    ScenarioOverride(path: "build_out[0].nodes.b200-hgx", value: String(1_250 * sizeFactor)),
                    ScenarioOverride(path: "tenants[research].demand.gpu_hours_per_month", value: String(7_000_000 * sizeFactor)),
                    ScenarioOverride(path: "tenants[industry].demand.gpu_hours_per_month", value: String(4_500_000 * sizeFactor)),
                    ScenarioOverride(path: "site.grid_connection[0].mw", value: String(40 * sizeFactor)),
                    ScenarioOverride(path: "site.building.max_it_mw", value: String(30 * sizeFactor)),
                    ScenarioOverride(path: "budget.capex_eur", value: String(1_000_000_000 * sizeFactor)),
                ]
            }
            return [try simulate(path, overrides: overrides, model: "scale")]
        case .lp:
            return try linearPrograms()
        case .all:
            return []
        }
    }

    /// One replication of a scenario; correctness: every job accounted for (completed, queued,
    /// running, rejected) and every GPU-hour busy, idle or down.
    func simulate(_ path: String, overrides: [ScenarioOverride], model: String) throws -> BenchmarkRecord {
        let loaded = ScenarioLoader.load(path: path, overrides: overrides)
        guard let scenario = loaded.scenario else {
            for diagnostic in loaded.errors { printError(diagnostic.description) }
            throw ValidationError("\(path) cannot be loaded; run bench from the repository folder")
        }
        // Through the evaluation pipeline that every command uses; the time is the simulation's
        // (scenario compiled and one replication run), not the pricing's.
        let evaluation = try ScenarioEvaluation.run(scenario, options: EvaluationOptions(replications: 1, maximumConcurrency: 1))
        let result = evaluation.results[0], seconds = evaluation.simulationSeconds
        let submitted = result.monthly.reduce(0) { $0 + $1.jobsSubmitted }
        let completed = result.monthly.reduce(0) { $0 + $1.jobsCompleted }
        let available = result.monthly.reduce(0) { $0 + $1.availableGPUHours }
        let accounted = result.monthly.reduce(0) { $0 + $1.busyGPUHours + $1.idleGPUHours + $1.downGPUHours }
        let balance = available > 0 ? abs(accounted - available) / available : 0
        return BenchmarkRecord(
            model: model, work: "\(scenario.name), \(scenario.horizon.lowerBound)..\(scenario.horizon.upperBound), \(submitted) jobs",
            events: result.eventsProcessed, wallSeconds: seconds, peakMemoryKiB: BenchmarkRecord.peakMemoryKiB(),
            correctness: String(format: "%d of %d jobs completed; busy + idle + down = available GPU-hours to %.1e", completed, submitted, balance),
            extra: [("jobs", String(submitted))])
    }

    /// The plan models' LP relaxations and random LPs of growing size.
    func linearPrograms() throws -> [BenchmarkRecord] {
        var programs: [(String, LinearProgram)] = []
        for name in ["nl-baseline", "nl-250m-mixed", "nl-300m-liquid"] {
            let path = "Reports/\(name)/plan/plan.mps"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            var program = try MPSReader.read(path: path)
            program.isInteger = Array(repeating: false, count: program.variableCount)
            programs.append(("\(name)-plan-lp", program))
        }
        var rows = 250
        while rows <= lpMaxRows {
            programs.append(("random-\(rows)", RandomLP.make(rows: rows, seed: 2026)))
            rows = rows >= 2_000 ? rows + 1_000 : rows * 2
        }
        if let mpsDir { try FileManager.default.createDirectory(atPath: mpsDir, withIntermediateDirectories: true) }
        return try programs.map { name, program in
            if let mpsDir { try MPSWriter.write(program).write(toFile: "\(mpsDir)/\(name).mps", atomically: true, encoding: .utf8) }
            let (result, seconds) = BenchmarkRecord.time { InteriorPointSolver().solve(program) }
            return BenchmarkRecord(
                model: "lp", work: "\(name) (\(program.rowCount) x \(program.variableCount))", events: 0, wallSeconds: seconds,
                peakMemoryKiB: BenchmarkRecord.peakMemoryKiB(),
                correctness: "\(result.status.rawValue), objective \(result.objective), \(result.iterations) iterations",
                extra: [("name", "\"\(name)\""), ("status", "\"\(result.status.rawValue)\""), ("objective", String(result.objective)), ("iterations", String(result.iterations))])
        }
    }
}
