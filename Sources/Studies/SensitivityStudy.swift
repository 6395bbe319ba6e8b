import Evaluation
import Foundation
import Reporting
import ScenarioFormat

/// One-at-a-time sensitivity: each named input moved down and up by a percentage, everything
/// else at the scenario's values, and how far each headline figure swings.
public struct SensitivityStudy: Sendable {
    /// The inputs a ministry argues about, tried by default when the scenario writes them.
    public static let defaultInputs = [
        "site.electricity.price_eur_per_mwh", "budget.eu_cofunding_share", "budget.discount_rate",
        "site.staff_cost_eur_per_year", "site.grid_capex_eur_per_mw", "site.electricity.carbon_g_per_kwh",
        "site.maintenance_share_per_year", "site.cooling.capex_eur_per_kw",
    ]

    /// One input: its path, the scenario's value and the two tried.
    public struct Input: Sendable, Equatable {
        /// Field path.
        public let path: String
        /// The scenario's value.
        public let base: Double
        /// base × (1 − percent/100) and base × (1 + percent/100), as YAML text.
        public let low: String, high: String
    }

    /// The scenario file.
    public let scenarioPath: String
    /// The inputs varied, in the order given.
    public let inputs: [Input]
    /// Inputs skipped, with why (not written in the scenario, or not a number).
    public let skipped: [(path: String, reason: String)]
    /// The figures reported.
    public let figures: [String]
    /// Replications per run (nil: the scenario's).
    public let replications: Int?

    /// Prepares a study of `inputs` (default: `defaultInputs`) at ± `percent` %, reporting
    /// `figures` (default: cost per GPU-hour, mean utilisation, each tenant's p95 wait, national funding).
    /// - Throws: `SweepError` when the scenario is invalid, nothing can be varied, or a figure is unknown.
    public init(scenarioPath: String, inputs requested: [String] = [], percent: Double, figures requestedFigures: [String] = [], replications: Int? = nil) throws(SweepError) {
        guard percent > 0, percent < 100 else { throw SweepError(message: "--percent must be above 0 and below 100") }
        let loaded = ScenarioLoader.load(path: scenarioPath)
        guard let scenario = loaded.scenario else {
            throw SweepError(message: "the scenario is invalid:\n" + loaded.errors.map(\.description).joined(separator: "\n"))
        }
        var inputs: [Input] = []
        var skipped: [(String, String)] = []
        for path in requested.isEmpty ? Self.defaultInputs : requested {
            guard let text = ScenarioLoader.value(at: path, inScenarioAt: scenarioPath) else {
                skipped.append((path, "the scenario does not write it (a default applies); give it in the scenario to vary it"))
                continue
            }
            guard let base = Double(text.replacingOccurrences(of: "_", with: "")) else {
                skipped.append((path, "its value \(text) is not a number"))
                continue
            }
            inputs.append(Input(path: path, base: base, low: Self.text(base * (1 - percent / 100)), high: Self.text(base * (1 + percent / 100))))
        }
        if !requested.isEmpty, let first = skipped.first { throw SweepError(message: "cannot vary \(first.0): \(first.1)") }
        guard !inputs.isEmpty else { throw SweepError(message: "none of the inputs can be varied in this scenario") }
        let known = SweepStudy.figureNames(scenario)
        let figures = requestedFigures.isEmpty
            ? ["cost_per_gpu_hour_eur", "mean_utilisation"] + scenario.tenants.map { "\($0.name).wait_p95_hours" } + ["national_funding_eur"]
            : requestedFigures
        if let unknown = figures.first(where: { !known.contains($0) }) {
            throw SweepError(message: "unknown figure \(unknown); expected one of: " + known.joined(separator: ", "))
        }
        self.scenarioPath = scenarioPath
        self.inputs = inputs
        self.skipped = skipped
        self.figures = figures
        self.replications = replications
    }

    /// A number as YAML text: the shortest form that reads back exactly.
    static func text(_ value: Double) -> String { NumberText.shortest(value) }

    /// The runs: the base (no override), then each input low and high.
    var runs: [[ScenarioOverride]] {
        let extra = replications.map { [ScenarioOverride(path: "scheduler.replications", value: String($0))] } ?? []
        return [extra] + inputs.flatMap { input in
            [[ScenarioOverride(path: input.path, value: input.low)] + extra, [ScenarioOverride(path: input.path, value: input.high)] + extra]
        }
    }

    /// The mean of each figure in one run, or the reason the run is invalid.
    func evaluate(_ overrides: [ScenarioOverride]) -> Result<[String: Double], SweepError> {
        let loaded = ScenarioLoader.load(path: scenarioPath, overrides: overrides)
        guard let scenario = loaded.scenario else {
            return .failure(SweepError(message: loaded.errors.map(\.description).joined(separator: "; ")))
        }
        guard let evaluation = try? ScenarioEvaluation.run(scenario, options: EvaluationOptions(maximumConcurrency: 1)) else {
            return .failure(SweepError(message: "cannot be simulated"))
        }
        return .success(evaluation.headlineMeans)
    }

    /// Runs every variation on at most `cores` cores and returns `tornado.csv`: one row per
    /// figure and input, the inputs of each figure ordered by swing (largest first, ties in
    /// input order). A variation whose scenario is invalid leaves its cells empty and says why.
    /// The file is written in `dialect`; its columns are `TornadoRow.table`'s.
    public func run(cores: Int, dialect: CSVDialect = .rfc4180) -> String {
        let runs = self.runs
        let results = ParallelMap.map(runs.count, cores: cores) { evaluate(runs[$0]) }
        var writer = CSVWriter(dialect: dialect)
        writer.appendRow(TornadoRow.table.names)
        let base = try? results[0].get()
        for figure in figures {
            var rows: [(swing: Double, order: Int, cells: [String])] = []
            for (order, input) in inputs.enumerated() {
                let low = results[1 + 2 * order], high = results[2 + 2 * order]
                let lowValue = (try? low.get())?[figure], highValue = (try? high.get())?[figure]
                let swing = lowValue.flatMap { l in highValue.map { abs($0 - l) } }
                var note = ""
                if case .failure(let error) = low { note += "low invalid: \(error.message) " }
                if case .failure(let error) = high { note += "high invalid: \(error.message)" }
                rows.append((swing ?? -1, order, [
                    figure, input.path, Self.text(input.base), input.low, input.high,
                    Self.cell(base?[figure]), Self.cell(lowValue), Self.cell(highValue), Self.cell(swing), note.trimmingCharacters(in: .whitespaces),
                ]))
            }
            for row in rows.sorted(by: { $0.swing != $1.swing ? $0.swing > $1.swing : $0.order < $1.order }) { writer.appendRow(row.cells) }
        }
        return writer.text
    }

    static func cell(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return NumberText.fixed(value, decimals: 6)
    }
}

/// Maps an index range to results on up to `cores` threads, results in index order.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, cores: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let box = ResultBox<T>(count: count)
        let counter = SweepRunner.RunState()
        DispatchQueue.concurrentPerform(iterations: max(1, min(cores, count))) { _ in
            while let index = counter.next(count) { box.set(index, body(index)) }
        }
        return box.values()
    }

    final class ResultBox<T>: @unchecked Sendable {
        private var slots: [T?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T) { lock.lock(); slots[index] = value; lock.unlock() }
        func values() -> [T] { slots.map { $0! } }
    }
}
