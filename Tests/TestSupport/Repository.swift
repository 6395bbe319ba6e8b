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

    /// The fixtures that the test target `target` keeps beside its tests, `Tests/<target>/Fixtures/`.
    /// A test target reads only its own fixtures and the repository's shipped files, never
    /// another target's fixtures.
    public static func fixtures(of target: String) -> FixtureFolder {
        FixtureFolder(folder: url("Tests/\(target)/Fixtures"))
    }
}

/// One test target's fixture folder (see `Repository.fixtures(of:)`).
public struct FixtureFolder: Sendable {
    /// The folder itself.
    public let folder: URL

    /// A fixture folder at `folder`.
    public init(folder: URL) { self.folder = folder }

    /// A file in the folder by name, e.g. `small.swf`.
    public func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The path of a file in the folder, for APIs that take paths.
    public func path(_ name: String) -> String { url(name).path }

    /// The fixture scenario `<name>.yaml`, loaded (with the built-in catalog) and validated.
    /// - Throws: `ScenarioFixtureError` with every diagnostic when it does not load.
    public func scenario(_ name: String) throws -> Scenario { try loadScenario(path("\(name).yaml")) }
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

/// A fresh path in the temporary directory, `aifactory-tests-<label>-<UUID>`, for a file or
/// folder that a test writes itself (nothing is created; the test removes what it makes).
public func temporaryURL(_ label: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("aifactory-tests-\(label)-\(UUID().uuidString)")
}
