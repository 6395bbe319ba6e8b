import FactoryModel
import Foundation
import TestSupport
@testable import ScenarioFormat

/// The scenario files these tests read: `valid-minimal.yaml` and one broken variant per error.
let fixtures = Repository.fixtures(of: "ScenarioFormatTests")

extension FixtureFolder {
    /// Loads a fixture with an empty default catalog, so fixtures depend on nothing outside them.
    func load(_ name: String) -> ScenarioLoadResult {
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
