import Evaluation
import FactoryModel
import Foundation
import Reporting
import ScenarioFormat

/// A sweep: a base scenario, axes that make a cartesian grid of points, and how each point is
/// simulated. Points are numbered from 0 with the first axis varying slowest.
public struct SweepStudy: Sendable {
    /// The base scenario file.
    public let scenarioPath: String
    /// The axes, in column order.
    public let axes: [SweepAxis]
    /// Replications per point (nil: the scenario's own).
    public let replications: Int?
    /// The headline figure names, from the base scenario (the columns after the axes).
    public let figureNames: [String]

    /// Prepares a sweep of `scenarioPath` over `axes`.
    /// - Throws: `SweepError` when the base scenario is invalid or there are no axes.
    public init(scenarioPath: String, axes: [SweepAxis], replications: Int? = nil) throws(SweepError) {
        guard !axes.isEmpty else { throw SweepError(message: "a sweep needs at least one --vary axis (or a portfolio file with axes)") }
        guard Set(axes.map(\.path)).count == axes.count else { throw SweepError(message: "an axis path appears twice") }
        let base = ScenarioLoader.load(path: scenarioPath)
        guard let scenario = base.scenario else {
            throw SweepError(message: "the base scenario is invalid:\n" + base.errors.map(\.description).joined(separator: "\n"))
        }
        self.scenarioPath = scenarioPath
        self.axes = axes
        self.replications = replications
        figureNames = Self.figureNames(scenario)
    }

    static func figureNames(_ scenario: Scenario) -> [String] {
        let empty = SimulationSummary.headline(scenario: scenario, results: [], finances: [])
        return empty.map(\.name)
    }

    /// Number of points: the product of the axes' value counts.
    public var pointCount: Int { axes.reduce(1) { $0 * $1.values.count } }

    /// The value index on each axis of point `index` (first axis slowest).
    public func coordinates(_ index: Int) -> [Int] {
        var rest = index
        var result = [Int](repeating: 0, count: axes.count)
        for axis in axes.indices.reversed() {
            result[axis] = rest % axes[axis].values.count
            rest /= axes[axis].values.count
        }
        return result
    }

    /// The overrides that make point `index`'s scenario.
    public func overrides(_ index: Int) -> [ScenarioOverride] {
        var result = zip(axes, coordinates(index)).map { ScenarioOverride(path: $0.path, value: $0.values[$1].value) }
        if let replications { result.append(ScenarioOverride(path: "scheduler.replications", value: String(replications))) }
        return result
    }

    /// The columns of `sweep.csv`.
    public var header: [String] {
        ["point"] + axes.map(\.path) + ["status"] + figureNames.flatMap { [$0 + "_mean", $0 + "_ci95_lower", $0 + "_ci95_upper"] }
    }

    /// The leading cells of point `index`'s row: its number and axis labels.
    public func key(_ index: Int) -> [String] {
        [String(index)] + zip(axes, coordinates(index)).map { $0.values[$1].label }
    }

    /// Simulates point `index` and returns its row: key, `ok` or why the point's scenario is
    /// invalid, then each figure's mean and 95 % bounds (empty when undefined).
    /// - Parameter cores: at most this many replications at once.
    public func evaluate(_ index: Int, cores: Int = 1) -> [String] {
        let loaded = ScenarioLoader.load(path: scenarioPath, overrides: overrides(index))
        guard let scenario = loaded.scenario else {
            let reason = loaded.errors.map(\.description).joined(separator: "; ")
            return key(index) + ["invalid: " + reason] + Array(repeating: "", count: 3 * figureNames.count)
        }
        let evaluation: ScenarioEvaluation
        do { evaluation = try ScenarioEvaluation.run(scenario, options: EvaluationOptions(maximumConcurrency: cores)) } catch {
            return key(index) + ["cannot simulate: \(error)"] + Array(repeating: "", count: 3 * figureNames.count)
        }
        let figures = Dictionary(uniqueKeysWithValues: evaluation.headline.map { ($0.name, $0) })
        var cells = key(index) + ["ok"]
        for name in figureNames {
            guard let figure = figures[name], figure.mean.isFinite else {
                cells += ["", "", ""]
                continue
            }
            cells.append(NumberText.fixed(figure.mean, decimals: figure.decimals))
            if let interval = figure.interval {
                cells += [NumberText.fixed(interval.lower, decimals: figure.decimals), NumberText.fixed(interval.upper, decimals: figure.decimals)]
            } else {
                cells += ["", ""]
            }
        }
        return cells
    }

    /// `sweep.csv` from every point's row, in point order.
    public func table(rows: [[String]]) -> String {
        var writer = CSVWriter()
        writer.appendRow(header)
        for row in rows { writer.appendRow(row) }
        return writer.text
    }

    /// What identifies this study for resuming and merging: the base scenario's bytes (FNV-1a),
    /// the axes and the replications. Points from a study with another identity are not reused.
    public var identity: String {
        let bytes = FileManager.default.contents(atPath: scenarioPath) ?? Data()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var lines = ["scenario-fnv1a64 \(String(hash, radix: 16))", "replications \(replications.map(String.init) ?? "scenario")", "points \(pointCount)"]
        for axis in axes { lines.append("axis \(axis.path) " + axis.values.map { "\($0.label)=\($0.value)" }.joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }
}
