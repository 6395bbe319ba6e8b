import FactoryModel
import Foundation
import Synchronization

/// A set of diagnostics carried as an error.
public struct DiagnosticsError: Error, Sendable {
    /// The problems found.
    public var diagnostics: [Diagnostic]
}

/// The built-in catalog of node models, shipped as `Resources/default-catalog.yaml` with a
/// source for every figure.
public enum DefaultCatalog {
    /// The path of the catalog file inside the resource bundle, when it can be found.
    public static var path: String? {
        Bundle.module.path(forResource: "default-catalog", ofType: "yaml")
    }

    /// Reads the built-in catalog, or the diagnostics that say why it could not be read
    /// (a broken installation, not a user error).
    public static func load() -> Result<Catalog, DiagnosticsError> {
        if let cached = cache.withLock({ $0 }) { return cached }
        let result = loadFromBundle()
        cache.withLock { $0 = result }
        return result
    }

    /// The built-in catalog is read once per process: validating a hundred scenarios, or a
    /// sweep's thousand points, must not parse it a thousand times.
    private static let cache = Mutex<Result<Catalog, DiagnosticsError>?>(nil)

    private static func loadFromBundle() -> Result<Catalog, DiagnosticsError> {
        guard let path else {
            let location = SourceLocation(file: "default-catalog.yaml", line: 1, column: 1)
            return .failure(DiagnosticsError(diagnostics: [Diagnostic(.error, at: location, .root, "the built-in catalog is missing from this installation; rebuild aifactory")]))
        }
        return load(path: path)
    }

    /// Reads a catalog file: a map with one key, `catalog:`, holding a list of complete entries.
    public static func load(path: String) -> Result<Catalog, DiagnosticsError> {
        let log = DiagnosticLog()
        let values = ValueReader(log: log)
        var catalog = Catalog()
        if let root = ExtendsResolver.load(path: path, log: log), let reader = MapReader(root, .root, values) {
            let decoder = ScenarioDecoder(values: values, defaultCatalog: { .success(Catalog()) })
            if let list = reader.required("catalog", { node, _ in node }) {
                catalog = decoder.catalog(list, path: FieldPath.root.key("catalog"), base: Catalog()).catalog
            }
            reader.finish()
        }
        return log.hasErrors ? .failure(DiagnosticsError(diagnostics: log.sorted)) : .success(catalog)
    }
}
