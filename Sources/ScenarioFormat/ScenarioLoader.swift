import FactoryModel
import Forecasting
import Foundation

/// What loading one scenario file produced: the scenario when it is valid, and every
/// diagnostic (errors and warnings) in file, line and column order.
public struct ScenarioLoadResult: Sendable {
    /// The scenario, or nil when any error was found.
    public var scenario: Scenario?
    /// All problems found, in order of place.
    public var diagnostics: [Diagnostic]

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The warnings only.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Loads scenario files: YAML with `extends`, decoded and checked against the format.
public enum ScenarioLoader {
    /// Loads and validates the scenario at `path` (relative paths are taken from the working
    /// directory and printed as given).
    ///
    /// - Parameter defaultCatalog: the catalog scenarios start from; the built-in one by default.
    /// - Parameter strict: whether an `extends` base or trace file outside the scenario's
    ///   folder tree is an error (otherwise a warning).
    public static func load(path: String, defaultCatalog: Catalog? = nil, strict: Bool = false) -> ScenarioLoadResult {
        load(path: path, defaultCatalog: defaultCatalog, strict: strict) { root, _ in root }
    }

    /// Loads with `transform` applied to the merged YAML tree before decoding (nil: give up).
    static func load(path: String, defaultCatalog: Catalog?, strict: Bool = false, transform: (YAMLNode, DiagnosticLog) -> YAMLNode?) -> ScenarioLoadResult {
        let log = DiagnosticLog()
        let values = ValueReader(log: log)
        var scenario: Scenario?
        let fence = FileFence(scenarioPath: path, strict: strict)
        if let merged = ExtendsResolver.load(path: path, log: log, fence: fence), let root = transform(merged, log) {
            let provider: () -> Result<Catalog, DiagnosticsError> = defaultCatalog.map { catalog in { .success(catalog) } } ?? DefaultCatalog.load
            let decoder = ScenarioDecoder(values: values, defaultCatalog: provider, fence: fence)
            scenario = decoder.scenario(root)
            fitHistories(decoder.pendingForecasts.entries, into: &scenario, log: log)
            readTraces(decoder.pendingTraces.entries, into: &scenario, log: log)
        }
        return ScenarioLoadResult(scenario: log.hasErrors ? nil : scenario, diagnostics: log.sorted)
    }

    /// Fits each decoded usage history (after decoding, so that decoding only decodes) and
    /// makes the tenant's demand follow the forecast's central line; a fit that fails is
    /// reported at the history's `usage`, also when the file has other problems.
    static func fitHistories(_ pending: [PendingForecast], into scenario: inout Scenario?, log: DiagnosticLog) {
        for entry in pending {
            switch HistoryFit.forecast(entry.history, horizon: entry.horizon) {
            case .success(let forecast):
                guard scenario != nil, scenario!.tenants.indices.contains(entry.tenant) else { continue }
                scenario!.tenants[entry.tenant].forecast = forecast
                scenario!.tenants[entry.tenant].demand = Demand(pattern: .monthly(
                    steps: zip(forecast.months, forecast.central).map { MonthlyStep(from: $0.0, value: $0.1) }))
            case .failure(let problem):
                log.error(entry.location, entry.fieldPath, problem.message)
            }
        }
    }
}
