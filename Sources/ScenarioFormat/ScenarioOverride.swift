import FactoryModel

/// One value set on a scenario from outside its file (`aifactory sweep --vary`,
/// `aifactory sensitivity`): a field path as validation messages print it, and the value as it
/// would be written in YAML.
///
/// Paths are dot-separated keys; a list item is picked by its `name` (`tenants[startups]`) or
/// by its 0-based index (`build_out[1]`): `site.electricity.price_eur_per_mwh`,
/// `tenants[startups].demand.cap_gpu_hours_per_month`, `budget.eu_cofunding_share`.
public struct ScenarioOverride: Hashable, Sendable {
    /// The field path.
    public var path: String
    /// The value, as YAML text (`120`, `0.35`, `easy`, `2028-04`).
    public var value: String
    /// The command-line option that set the value, as messages quote it: `--vary PATH=VALUE`
    /// unless the override says otherwise (`--replications 500`).
    public var option: String

    /// Creates an override set by `option` (default: `--vary PATH=VALUE`).
    public init(path: String, value: String, option: String? = nil) {
        self.path = path
        self.value = value
        self.option = option ?? "--vary \(path)=\(value)"
    }

    /// Where diagnostics about an overridden value point: the option that set it (line 0, which
    /// `SourceLocation` prints as the option alone).
    var location: SourceLocation { SourceLocation(file: option, line: 0, column: 0) }

    /// One step of a path: a key, and optionally the list item under it.
    struct Step {
        let key: String
        let item: String?
    }

    /// The steps of `path`, or nil when it is malformed.
    var steps: [Step]? {
        var result: [Step] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            if let open = part.firstIndex(of: "[") {
                guard part.last == "]", open != part.startIndex else { return nil }
                let item = part[part.index(after: open)..<part.index(before: part.endIndex)]
                guard !item.isEmpty else { return nil }
                result.append(Step(key: String(part[..<open]), item: String(item)))
            } else {
                guard !part.isEmpty else { return nil }
                result.append(Step(key: String(part), item: nil))
            }
        }
        return result.isEmpty ? nil : result
    }
}

extension YAMLNode {
    /// This tree with `override` applied, or an analyst-worded reason it cannot be.
    /// The last key is added when missing (an optional field); every other step must exist.
    func applying(_ override: ScenarioOverride) -> Result<YAMLNode, OverrideProblem> {
        guard let steps = override.steps else {
            return .failure(OverrideProblem(message: "`\(override.path)` is not a field path; expected keys separated by dots, a list item as key[name] or key[index]"))
        }
        var copy = self
        return copy.set(steps[...], override).map { copy }
    }

    /// The scalar text at `path`, if the tree holds one there.
    func scalar(at path: String) -> String? {
        guard let steps = ScenarioOverride(path: path, value: "").steps else { return nil }
        var node = self
        for step in steps {
            guard let entry = node.entries?.first(where: { $0.key == step.key }) else { return nil }
            node = entry.value
            if let item = step.item {
                guard let child = node.child(item) else { return nil }
                node = child
            }
        }
        if case .scalar(let text, _) = node.content { return text }
        return nil
    }

    /// The list item named (by its `name` field) or numbered `item`.
    func child(_ item: String) -> YAMLNode? {
        guard case .sequence(let items) = content else { return nil }
        if let named = items.first(where: { $0.entries?.first(where: { $0.key == "name" }).map { entry in
            if case .scalar(let text, _) = entry.value.content { return text == item }
            return false
        } ?? false }) {
            return named
        }
        if let index = Int(item), items.indices.contains(index) { return items[index] }
        return nil
    }

    private mutating func set(_ steps: ArraySlice<ScenarioOverride.Step>, _ override: ScenarioOverride) -> Result<Void, OverrideProblem> {
        let step = steps.first!
        guard case .mapping(var entries) = content else {
            return .failure(OverrideProblem(message: "`\(override.path)`: there is no map of fields at `\(step.key)` to set it in"))
        }
        let isLast = steps.count == 1
        guard let index = entries.firstIndex(where: { $0.key == step.key }) else {
            guard isLast, step.item == nil else {
                return .failure(OverrideProblem(message: "`\(override.path)`: the scenario has no `\(step.key)` here; expected a field the scenario (or its base) writes"))
            }
            entries.append(YAMLEntry(key: step.key, keyLocation: override.location,
                                     value: YAMLNode(content: .scalar(override.value, isQuoted: false), location: override.location)))
            content = .mapping(entries)
            return .success(())
        }
        if let item = step.item {
            guard case .sequence(var items) = entries[index].value.content else {
                return .failure(OverrideProblem(message: "`\(override.path)`: `\(step.key)` is not a list, so [\(item)] picks nothing"))
            }
            let position = items.firstIndex { candidate in
                candidate.entries?.contains { $0.key == "name" && { if case .scalar(let text, _) = $0.value.content { return text == item } else { return false } }($0) } ?? false
            } ?? Int(item).flatMap { items.indices.contains($0) ? $0 : nil }
            guard let position else {
                return .failure(OverrideProblem(message: "`\(override.path)`: `\(step.key)` has no item named or numbered `\(item)`"))
            }
            if isLast {
                items[position] = YAMLNode(content: .scalar(override.value, isQuoted: false), location: override.location)
            } else {
                if case .failure(let problem) = items[position].set(steps.dropFirst(), override) { return .failure(problem) }
            }
            entries[index].value.content = .sequence(items)
        } else if isLast {
            entries[index].value = YAMLNode(content: .scalar(override.value, isQuoted: false), location: override.location)
        } else {
            if case .failure(let problem) = entries[index].value.set(steps.dropFirst(), override) { return .failure(problem) }
        }
        content = .mapping(entries)
        return .success(())
    }
}

/// Why an override could not be applied.
public struct OverrideProblem: Error, Sendable, Equatable {
    /// What is wrong, in words.
    public let message: String
}

extension ScenarioLoader {
    /// Loads the scenario at `path` with `overrides` applied, in order, to the merged YAML
    /// before it is decoded and validated: an overridden value is checked like a written one,
    /// and a problem with it points at the override (`--vary PATH=VALUE:1:1`).
    public static func load(path: String, overrides: [ScenarioOverride], defaultCatalog: Catalog? = nil) -> ScenarioLoadResult {
        load(path: path, defaultCatalog: defaultCatalog) { root, log in
            var node = root
            for override in overrides {
                switch node.applying(override) {
                case .success(let changed): node = changed
                case .failure(let problem):
                    log.error(override.location, .root, problem.message)
                    return nil
                }
            }
            return node
        }
    }

    /// The value the scenario at `path` (with `extends` merged) writes at a field path, as YAML text.
    public static func value(at fieldPath: String, inScenarioAt path: String) -> String? {
        ExtendsResolver.load(path: path, log: DiagnosticLog())?.scalar(at: fieldPath)
    }
}
