/// A name for people to read, in English and in Dutch: what a briefing prints instead of a
/// code name such as `startups-smes`. Either language may be missing.
///
/// Code names stay the keys everywhere else (CSV files, summary.json, field paths), so a
/// display name changes no output but the briefing's text.
public struct DisplayName: Hashable, Sendable {
    /// The English name, if given.
    public var english: String?
    /// The Dutch name, if given.
    public var dutch: String?

    /// Creates a display name; nil for a language that has none.
    public init(english: String?, dutch: String?) {
        self.english = english
        self.dutch = dutch
    }

    /// The same name in every language (a scenario's plain `display_name: text`).
    public init(everyLanguage name: String) {
        self.init(english: name, dutch: name)
    }
}
