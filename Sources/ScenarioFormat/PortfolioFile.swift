import Foundation

/// A portfolio file: a sweep written down so that a study can be kept next to its scenarios
/// and rerun (`aifactory sweep --portfolio FILE`).
///
/// ```yaml
/// scenario: nl-baseline.yaml        # relative to this file
/// replications: 3                   # optional: overrides scheduler.replications
/// axes:
///   - path: site.electricity.price_eur_per_mwh
///     values: [100, 140, 196]       # a list, or a range "80:200:20"
///   - path: budget.eu_cofunding_share
///     values: {eu-50: 0.5, eu-35: 0.35}   # named values: the names label the rows
/// ```
public struct PortfolioFile: Sendable, Equatable {
    /// The base scenario's path, resolved against the portfolio file's folder.
    public var scenarioPath: String
    /// Replications per point, if the file sets them.
    public var replications: Int?
    /// Axes in order: path, and values as (label, YAML text); a range is left as its text in
    /// `range` for the caller to expand.
    public var axes: [(path: String, values: [(label: String, value: String)], range: String?)]

    public static func == (a: PortfolioFile, b: PortfolioFile) -> Bool {
        a.scenarioPath == b.scenarioPath && a.replications == b.replications && a.axes.count == b.axes.count
            && zip(a.axes, b.axes).allSatisfy { $0.path == $1.path && $0.range == $1.range && $0.values.map(\.label) == $1.values.map(\.label) && $0.values.map(\.value) == $1.values.map(\.value) }
    }

    /// Reads the portfolio at `path`; nil with every problem (file, line, column, field) in `diagnostics`.
    public static func load(path: String) -> (portfolio: PortfolioFile?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        let values = ValueReader(log: log)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            log.error(SourceLocation(file: path, line: 1, column: 1), .root, "cannot read the portfolio file: no such file, or it is not UTF-8 text")
            return (nil, log.sorted)
        }
        let root: YAMLNode
        do { root = try YAMLReader.parse(text, file: path) } catch {
            log.error(error.location, .root, error.message)
            return (nil, log.sorted)
        }
        guard let reader = MapReader(root, .root, values) else { return (nil, log.sorted) }
        let scenario = reader.required("scenario") { values.text($0, $1) }
        let replications = reader.optional("replications") { values.integer($0, $1, in: ScenarioRanges.replications) }
        let axes = reader.required("axes") { node, fieldPath in
            values.list(node, fieldPath)?.enumerated().compactMap { index, item in axis(item, fieldPath.item(index), values) }
        }
        reader.finish()
        guard !log.hasErrors, let scenario, let axes else { return (nil, log.sorted) }
        if axes.isEmpty { log.error(root.location, .root.key("axes"), "the portfolio has no axes; expected at least one `- path: … values: …`") }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let resolved = scenario.hasPrefix("/") ? scenario : folder.appendingPathComponent(scenario).standardizedFileURL.path
        let relative = path.hasPrefix("/") ? resolved : Self.relative(resolved)
        return (log.hasErrors ? nil : PortfolioFile(scenarioPath: relative, replications: replications, axes: axes), log.sorted)
    }

    /// `path` relative to the working directory when it lies below it (for readable messages).
    static func relative(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : path
    }

    private static func axis(_ node: YAMLNode, _ fieldPath: FieldPath, _ values: ValueReader) -> (path: String, values: [(label: String, value: String)], range: String?)? {
        guard let reader = MapReader(node, fieldPath, values) else { return nil }
        defer { reader.finish() }
        let path = reader.required("path") { values.text($0, $1) }
        var range: String?
        let list: [(label: String, value: String)]? = reader.required("values") { valueNode, valuePath in
            switch valueNode.content {
            case .scalar(let text, _):
                range = text
                return []
            case .sequence(let items):
                var result: [(label: String, value: String)] = []
                for (index, item) in items.enumerated() {
                    guard case .scalar(let text, _) = item.content else {
                        values.log.error(item.location, valuePath.item(index), "expected a single value, found \(item.kindPhrase)")
                        return nil
                    }
                    result.append((text, text))
                }
                return result
            case .mapping(let entries):
                var result: [(label: String, value: String)] = []
                for entry in entries {
                    guard case .scalar(let text, _) = entry.value.content else {
                        values.log.error(entry.value.location, valuePath.key(entry.key), "expected a single value, found \(entry.value.kindPhrase)")
                        return nil
                    }
                    result.append((entry.key, text))
                }
                return result
            case .null:
                values.log.error(valueNode.location, valuePath, "expected a list of values, a map of named values, or a range START:END:STEP")
                return nil
            }
        }
        guard let path, let list else { return nil }
        return (path, list, range)
    }
}
