import FactoryModel
import Foundation
@testable import ScenarioFormat

/// Paths of the scenario files the tests read, found from this source file so that the tests
/// run the same from any working directory.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Loads a fixture with an empty default catalog, so fixtures depend on nothing outside them.
    static func load(_ name: String) -> ScenarioLoadResult {
        ScenarioLoader.load(path: path(name), defaultCatalog: Catalog())
    }
}

extension Diagnostic {
    /// `NAME:LINE:COLUMN: path: message` with the file's directory removed, for comparisons.
    var shortDescription: String {
        var copy = self
        copy.location.file = URL(fileURLWithPath: location.file).lastPathComponent
        return copy.description
    }
}
