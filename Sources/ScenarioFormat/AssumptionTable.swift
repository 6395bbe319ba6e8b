import FactoryModel
import Foundation

/// The inputs behind a scenario's headline figures, each with its value and its source: the
/// briefing's "Assumptions" section.
///
/// The rows are `AssumptionRow.all`. A value is read from the decoded scenario (after defaults
/// and `extends`); its source is the comment at the field in the file that set it: the scenario,
/// a base it `extends`, or, for a catalog figure the scenario does not override, the built-in
/// catalog. A field written nowhere has the format's default and no source.
public enum AssumptionTable {
    /// The rows for `scenario`, loaded from the file at `path`: the scenario's own inputs, then
    /// each node model the build-out buys (catalog order), then each tenant (scenario order).
    ///
    /// - Parameters:
    ///   - scenario: the decoded scenario (the values printed).
    ///   - path: its file, read again for the comments; when it no longer reads, every source
    ///     is "no source given".
    ///   - catalogPath: the catalog the scenario starts from (the built-in one by default), for
    ///     the comments of catalog figures; nil when there is none.
    /// - Complexity: O(rows × lines of comment above each field), after reading the files once.
    public static func rows(of scenario: Scenario, path: String, catalogPath: String? = DefaultCatalog.path) -> [Assumption] {
        let root = ExtendsResolver.load(path: path, log: DiagnosticLog())
        let usesCatalog = root?.entries?.first { $0.key == "use_default_catalog" }.map { entry in
            if case .scalar(let text, false) = entry.value.content { return !["false", "no"].contains(text.lowercased()) }
            return true
        } ?? true
        let catalogRoot = usesCatalog ? catalogPath.flatMap { ExtendsResolver.load(path: $0, log: DiagnosticLog()) } : nil
        let sources = SourceFinder()
        let built = Set(scenario.buildOut.flatMap { $0.nodes.filter { $0.value > 0 }.keys })
        let models = scenario.catalog.models.filter { built.contains($0.id) }

        var rows: [Assumption] = []
        for row in AssumptionRow.all {
            let keys = row.field.split(separator: ".").map { YAMLStep.key(String($0)) }
            switch row.read {
            case .scenario(let read):
                guard let value = read(scenario) else { continue }
                rows.append(Assumption(subject: .scenario, field: row.field, value: value, source: sources.source(of: keys, in: [root])))
            case .coFunder(let read):
                for funder in scenario.budget.coFunders {
                    let steps = keys + [.item(key: "name", value: funder.name)]
                    rows.append(Assumption(subject: .scenario, field: "\(row.field)[\(funder.name)]", value: read(funder), source: sources.source(of: steps, in: [root])))
                }
            case .nodeModel, .tenant:
                continue
            }
        }
        for model in models {
            let item = YAMLStep.item(key: "id", value: model.id)
            for row in AssumptionRow.all {
                guard case .nodeModel(let read) = row.read, let value = read(model) else { continue }
                let steps = [YAMLStep.key("catalog"), item] + row.field.split(separator: ".").map { YAMLStep.key(String($0)) }
                // The scenario's own `catalog:` entry first: it overrides the built-in figure.
                rows.append(Assumption(subject: .nodeModel(id: model.id), field: row.field, value: value, source: sources.source(of: steps, in: [root, catalogRoot])))
            }
        }
        for tenant in scenario.tenants {
            let item = YAMLStep.item(key: "name", value: tenant.name)
            for row in AssumptionRow.all {
                guard case .tenant(let read) = row.read, let value = read(tenant) else { continue }
                let steps = [YAMLStep.key("tenants"), item] + row.field.split(separator: ".").map { YAMLStep.key(String($0)) }
                rows.append(Assumption(subject: .tenant(name: tenant.name), field: row.field, value: value, source: sources.source(of: steps, in: [root])))
            }
        }
        return rows
    }
}

/// One step from a YAML node to a field: a map's key, or the list item whose `key` is `value`.
enum YAMLStep {
    case key(String)
    case item(key: String, value: String)
}

/// Finds a field's line in the merged YAML trees and reads its comment from the file that set
/// it, reading each file once.
final class SourceFinder {
    private var linesByFile: [String: [Substring]] = [:]

    /// The source of the field at `steps` in the first of `roots` that holds it; "no source
    /// given" at no place (the format's default) when none does.
    func source(of steps: [YAMLStep], in roots: [YAMLNode?]) -> AssumptionSource {
        for root in roots {
            guard let root, let location = Self.location(of: steps, in: root) else { continue }
            let text = SourceComment.text(aboveAndOn: location.line, of: lines(of: location.file))
            let name = URL(fileURLWithPath: location.file).lastPathComponent
            return SourceComment.source(text, place: "\(name):\(location.line)")
        }
        return AssumptionSource(basis: .noSourceGiven, excerpt: "", place: nil)
    }

    /// The place of the field's key (a list item: of its first key, on the `- ` line).
    static func location(of steps: [YAMLStep], in root: YAMLNode) -> SourceLocation? {
        var node = root
        var location: SourceLocation?
        for step in steps {
            switch step {
            case .key(let key):
                guard let entry = node.entries?.first(where: { $0.key == key }) else { return nil }
                (node, location) = (entry.value, entry.keyLocation)
            case .item(let key, let value):
                guard case .sequence(let items) = node.content,
                      let item = items.first(where: { item in
                          item.entries?.contains { entry in
                              if case .scalar(let text, _) = entry.value.content { return entry.key == key && text == value }
                              return false
                          } == true
                      }) else { return nil }
                (node, location) = (item, item.entries?.first?.keyLocation ?? item.location)
            }
        }
        return location
    }

    /// The lines of `file`, empty when it cannot be read.
    private func lines(of file: String) -> [Substring] {
        if let known = linesByFile[file] { return known }
        let text = (try? DocumentText.read(path: file).get()) ?? ""
        // "\r\n" is one Character, and a line break, as YAML counts it.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        linesByFile[file] = lines
        return lines
    }
}
