import FactoryModel
import Foundation
import ScenarioFormat

/// Paths of the planning fixtures and the repository, found from this source file so that
/// the tests run the same from any working directory.
enum PlanningFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Loads a fixture (`name` without `.yaml`); nil with the diagnostics printed if it is invalid.
    static func scenario(_ name: String) -> Scenario? {
        load(directory.appendingPathComponent("\(name).yaml").path)
    }

    /// Loads a shipped scenario from `Scenarios/`.
    static func shipped(_ name: String) -> Scenario? {
        load(repositoryRoot.appendingPathComponent("Scenarios/\(name).yaml").path)
    }

    private static func load(_ path: String) -> Scenario? {
        let result = ScenarioLoader.load(path: path)
        for diagnostic in result.diagnostics { print(diagnostic.description) }
        return result.scenario
    }

    /// Rows of a CSV file without quoted commas (the plan's own outputs), as column → text.
    static func csvRows(_ url: URL) throws -> [[String: String]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        guard let header = lines.first?.split(separator: ",").map(String.init) else { return [] }
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }
}

/// Loads any scenario path (plan.yaml files included).
enum ScenarioLoaderBridge {
    static func load(_ path: String) -> Scenario? {
        let result = ScenarioLoader.load(path: path)
        for diagnostic in result.diagnostics { print(diagnostic.description) }
        return result.scenario
    }
}
