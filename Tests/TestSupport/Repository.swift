import FactoryModel
import Foundation
import ScenarioFormat

/// The repository the tests run in: its shipped scenarios, committed reports and shared
/// fixtures, found from this file's place so that tests run from any working directory.
public enum Repository {
    /// The repository's root folder (the one holding Package.swift).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder by its path from the root, e.g. `Scenarios/nl-baseline.yaml`.
    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// The path of `relativePath` from the root, for APIs that take paths.
    public static func path(_ relativePath: String) -> String { url(relativePath).path }

    /// A shipped scenario, `Scenarios/<name>.yaml`, loaded and validated.
    /// - Throws: `ScenarioFixtureError` with every diagnostic when it does not load.
    public static func scenario(_ name: String) throws -> Scenario {
        try loadScenario(path("Scenarios/\(name).yaml"))
    }
}

/// A test scenario that did not load: its diagnostics, one per line.
public struct ScenarioFixtureError: Error, CustomStringConvertible {
    /// `FILE:LINE:COLUMN: field: message` lines.
    public let description: String
}

/// Loads and validates the scenario file at `path`.
/// - Throws: `ScenarioFixtureError` with every error when it is invalid.
public func loadScenario(_ path: String) throws -> Scenario {
    let loaded = ScenarioLoader.load(path: path)
    guard let scenario = loaded.scenario else {
        throw ScenarioFixtureError(description: loaded.errors.map(\.description).joined(separator: "\n"))
    }
    return scenario
}
