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
    ///
    /// Everything `sweep` would refuse about an axis is refused here, at its place in the file:
    /// a path that is not a field path or appears twice, a range that is not
    /// `START:END:STEP`, and a comma list with an empty or a repeated value.
    public static func load(path: String) -> (portfolio: PortfolioFile?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        let values = ValueReader(log: log)
        let start = SourceLocation(file: path, line: 1, column: 1)
        if FileManager.default.fileExists(atPath: path), !FileFence.isRegularFile(path) {
            log.error(start, .root, "the portfolio is not a regular file (a folder, a device or a pipe); expected a YAML file")
            return (nil, log.sorted)
        }
        let text: String
        switch DocumentText.read(path: path) {
        case .success(let read):
            text = read
        case .failure(.unreadable):
            log.error(start, .root, "cannot read the portfolio file: no such file, or it is not readable")
            return (nil, log.sorted)
        case .failure(.tooLarge(let line, let column)):
            log.error(SourceLocation(file: path, line: line, column: column), .root, YAMLReader.tooLargeMessage)
            return (nil, log.sorted)
        case .failure(.notUTF8(let line, let column)):
            log.error(SourceLocation(file: path, line: line, column: column), .root, "the file is not UTF-8 text from here on; save it as UTF-8")
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
        var seenPaths: Set<String> = []
        for axis in axes where !seenPaths.insert(axis.axis.path).inserted {
            log.error(axis.pathLocation, axis.fieldPath, "the path \(Excerpt.quoted(axis.axis.path)) is already an axis; expected each path once")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let resolved = scenario.hasPrefix("/") ? scenario : folder.appendingPathComponent(scenario).standardizedFileURL.path
        let relative = path.hasPrefix("/") ? resolved : Self.relative(resolved)
        return (log.hasErrors ? nil : PortfolioFile(scenarioPath: relative, replications: replications, axes: axes.map(\.axis)), log.sorted)
    }

    /// `path` relative to the working directory when it lies below it (for readable messages).
    static func relative(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : path
    }

    /// One axis as read, with the place of its path (where a repeated path is reported).
    private typealias LocatedAxis = (axis: (path: String, values: [(label: String, value: String)], range: String?), pathLocation: SourceLocation, fieldPath: FieldPath)

    private static func axis(_ node: YAMLNode, _ fieldPath: FieldPath, _ values: ValueReader) -> LocatedAxis? {
        guard let reader = MapReader(node, fieldPath, values) else { return nil }
        defer { reader.finish() }
        let path = reader.required("path") { node, path -> String? in
            guard let text = values.text(node, path) else { return nil }
            guard ScenarioOverride(path: text, value: "").steps != nil else {
                values.log.error(node.location, path, "\(Excerpt.quoted(text)) is not a field path; expected keys separated by dots, a list item as key[name] or key[index]")
                return nil
            }
            return text
        }
        var range: String?
        let list: [(label: String, value: String)]? = reader.required("values") { valueNode, valuePath in
            switch valueNode.content {
            case .scalar(let text, _):
                guard checkValuesText(text, at: valueNode.location, valuePath, values.log) else { return nil }
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
        guard let path, let list, let pathNode = reader.value("path") else { return nil }
        return ((path, list, range), pathNode.location, fieldPath.key("path"))
    }

    /// The most values a range may give, as `sweep --vary` allows.
    static let maximumRangeValues = 100_000

    /// Checks the text form of an axis's values as `sweep --vary` reads it: a range
    /// `START:END:STEP` (finite numbers, STEP > 0, END ≥ START, at most `maximumRangeValues`
    /// values), or a comma list without empty or repeated values. Logs the problem at `location`.
    static func checkValuesText(_ text: String, at location: SourceLocation, _ path: FieldPath, _ log: DiagnosticLog) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 3, !text.contains(",") {
            let numbers = parts.compactMap { Double($0) }
            guard numbers.count == 3, numbers.allSatisfy(\.isFinite), numbers[2] > 0, numbers[1] >= numbers[0] else {
                log.error(location, path, "expected a range START:END:STEP with numbers, STEP above 0 and END at least START; found \(Excerpt.quoted(text))")
                return false
            }
            let count = ((numbers[1] - numbers[0]) / numbers[2] + 1e-9).rounded(.down) + 1
            guard count <= Double(maximumRangeValues) else {
                log.error(location, path, "the range \(Excerpt.quoted(text)) gives \(count.isFinite ? ValueReader.format(count) : "too many") values; expected at most \(ValueReader.format(Double(maximumRangeValues))) per axis")
                return false
            }
            return true
        }
        let list = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if list.contains(where: \.isEmpty) {
            log.error(location, path, "expected a comma list of values without empty ones, or a range START:END:STEP; found \(Excerpt.quoted(text))")
            return false
        }
        var seen: Set<String> = []
        if let repeated = list.first(where: { !seen.insert($0).inserted }) {
            log.error(location, path, "the value \(Excerpt.quoted(repeated)) appears twice; expected each value once")
            return false
        }
        return true
    }
}
