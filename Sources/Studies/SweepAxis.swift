import ScenarioFormat

/// One axis of a sweep: a field path and the values it takes, each with the label it is shown
/// by in `sweep.csv` (the value itself, or a name given in a portfolio file).
public struct SweepAxis: Hashable, Sendable {
    /// The field path, as validation messages print it (`site.electricity.price_eur_per_mwh`).
    public let path: String
    /// The values in order: label and YAML text.
    public let values: [(label: String, value: String)]

    /// Creates an axis.
    public init(path: String, values: [(label: String, value: String)]) {
        self.path = path
        self.values = values
    }

    public static func == (a: SweepAxis, b: SweepAxis) -> Bool {
        a.path == b.path && a.values.map(\.label) == b.values.map(\.label) && a.values.map(\.value) == b.values.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        for value in values { hasher.combine(value.label); hasher.combine(value.value) }
    }

    /// Parses `PATH=VALUES` as `--vary` takes it: a comma list (`80,120,160`, `fcfs,easy`) or an
    /// inclusive numeric range `START:END:STEP` (`80:200:20`, `0.35:0.5:0.05`).
    /// - Throws: `SweepError` naming what is wrong.
    public static func parse(_ text: String) throws(SweepError) -> SweepAxis {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw SweepError(message: "--vary \(text): expected PATH=VALUES, e.g. site.electricity.price_eur_per_mwh=80,120,160 or =80:200:20")
        }
        let values = try values(parts[1], for: parts[0])
        return SweepAxis(path: parts[0], values: values.map { ($0, $0) })
    }

    /// The values of a list or range text.
    static func values(_ text: String, for path: String) throws(SweepError) -> [String] {
        let range = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if range.count == 3, !text.contains(",") {
            guard let start = Double(range[0]), let end = Double(range[1]), let step = Double(range[2]), step > 0, end >= start else {
                throw SweepError(message: "--vary \(path)=\(text): a range is START:END:STEP with numbers, STEP > 0 and END ≥ START")
            }
            // Checked as a Double before any conversion: an infinite or huge range would trap in Int().
            let steps = ((end - start) / step + 1e-9).rounded(.down)
            guard start.isFinite, end.isFinite, step.isFinite, steps.isFinite, steps < 100_000 else {
                throw SweepError(message: "--vary \(path)=\(text): a range is finite numbers with at most 100,000 values per axis")
            }
            let count = Int(steps) + 1
            let decimals = max(decimalPlaces(range[0]), decimalPlaces(range[2]))
            // start + i·step, not repeated addition, so that 0.1 steps do not drift.
            return (0..<count).map { format(start + Double($0) * step, decimals: decimals) }
        }
        let list = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !list.isEmpty, !list.contains(where: \.isEmpty) else {
            throw SweepError(message: "--vary \(path)=\(text): expected a comma list of values without empty ones")
        }
        guard Set(list).count == list.count else { throw SweepError(message: "--vary \(path)=\(text): a value appears twice") }
        return list
    }

    static func decimalPlaces(_ text: String) -> Int {
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: point, to: text.endIndex) - 1
    }

    static func format(_ value: Double, decimals: Int) -> String {
        decimals == 0 ? String(Int(value.rounded())) : String(format: "%.\(decimals)f", value)
    }
}

/// A sweep or sensitivity study that cannot run, in words.
public struct SweepError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and what was expected.
    public let message: String
    /// Creates an error.
    public init(message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

import Foundation
