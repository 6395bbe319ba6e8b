import FactoryModel
import Foundation

extension ScenarioDecoder {
    /// The most characters a display name may have: a name for a table cell and a chart title,
    /// not a description.
    static let displayNameCharacters = 120

    /// `display_name:` a tenant's name for readers. A map `{en: …, nl: …}` (both optional), or
    /// one text used in every language. nil (with an error logged) when it is neither, names
    /// another language, or holds an empty or overlong name; nil without an error for `{}`.
    func displayName(_ node: YAMLNode, _ path: FieldPath) -> DisplayName? {
        if case .scalar = node.content {
            return displayNameText(node, path).map { DisplayName(everyLanguage: $0) }
        }
        guard node.entries != nil else {
            log.error(node.location, path, "expected a name, or a map of names by language (`{en: …, nl: …}`), found \(node.kindPhrase)")
            return nil
        }
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish(context: "(a display name has the languages `en` and `nl`)") }
        let english = reader.optional("en") { self.displayNameText($0, $1) }
        let dutch = reader.optional("nl") { self.displayNameText($0, $1) }
        guard english != nil || dutch != nil else { return nil }
        return DisplayName(english: english, dutch: dutch)
    }

    /// One language's name: text of 1 to `displayNameCharacters` characters, not only spaces.
    private func displayNameText(_ node: YAMLNode, _ path: FieldPath) -> String? {
        guard let text = values.text(node, path) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= Self.displayNameCharacters else {
            log.error(node.location, path, "expected a name of 1 to \(Self.displayNameCharacters) characters, found \(Excerpt.quoted(text)) (\(text.count) characters)")
            return nil
        }
        return trimmed
    }
}
