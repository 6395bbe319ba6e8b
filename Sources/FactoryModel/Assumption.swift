/// One input of a scenario that drives a headline figure, with its value and where that value
/// comes from: a row of the briefing's "Assumptions" section.
///
/// Made by `ScenarioFormat` (`AssumptionTable`), which reads the comment above each field in
/// the scenario file or the built-in catalog; printed by the briefing. The model itself never
/// reads it.
public struct Assumption: Hashable, Sendable {
    /// What an input belongs to: the scenario as a whole, a node model that is built, or a tenant.
    public enum Subject: Hashable, Sendable {
        /// Budget, site, scheduler: fields of the scenario itself.
        case scenario
        /// A catalog model with this id that the build-out buys.
        case nodeModel(id: String)
        /// The tenant with this code name.
        case tenant(name: String)
    }

    /// What the input belongs to.
    public var subject: Subject
    /// The field path below the subject, as the scenario writes it: `site.cooling.pue` for the
    /// scenario, `node_price_eur` for a node model, `job_mix.hours_per_job` for a tenant. The
    /// unit is in the name (`_eur`, `_kw`, `_per_year`, …).
    public var field: String
    /// The value the model uses, after defaults and `extends`.
    public var value: AssumptionValue
    /// Where the value comes from.
    public var source: AssumptionSource

    /// Creates a row.
    public init(subject: Subject, field: String, value: AssumptionValue, source: AssumptionSource) {
        self.subject = subject
        self.field = field
        self.value = value
        self.source = source
    }
}

/// An input's value as numbers and words, so that a briefing prints the numbers in its own
/// language (`0.03` or `0,03`) and the words as the scenario format writes them (`lognormal`,
/// `median`, months `2027-01`). No parts: the scenario sets nothing ("none").
public struct AssumptionValue: Hashable, Sendable {
    /// One piece of the value.
    public enum Part: Hashable, Sendable {
        /// A number, in the unit of the field's name.
        case number(Double)
        /// Words, months and names, printed as they are.
        case text(String)
    }

    /// The pieces, printed one after the other.
    public var parts: [Part]

    /// Creates a value from its pieces.
    public init(_ parts: [Part]) { self.parts = parts }

    /// Nothing set: printed as "none".
    public static let none = AssumptionValue([])

    /// True when the scenario sets nothing.
    public var isNone: Bool { parts.isEmpty }

    /// A single number.
    public static func number(_ value: Double) -> AssumptionValue { AssumptionValue([.number(value)]) }

    /// Words as written.
    public static func text(_ text: String) -> AssumptionValue { AssumptionValue([.text(text)]) }

    /// Numbers separated by "; " (never ", ", which is the Dutch decimal mark).
    public static func list(_ values: [Double]) -> AssumptionValue {
        AssumptionValue(values.enumerated().flatMap { index, value in index == 0 ? [.number(value)] : [.text("; "), .number(value)] })
    }

    /// `left` followed by `right`.
    public static func + (left: AssumptionValue, right: AssumptionValue) -> AssumptionValue {
        AssumptionValue(left.parts + right.parts)
    }

    /// The values joined by `separator`: by default " · ", between a value's named parameters.
    public static func joined(_ values: [AssumptionValue], separator: String = " · ") -> AssumptionValue {
        AssumptionValue(values.enumerated().flatMap { index, value in index == 0 ? value.parts : [.text(separator)] + value.parts })
    }
}

/// Where an input's value comes from: the comment the analyst wrote above it, and how well that
/// comment backs the figure.
public struct AssumptionSource: Hashable, Sendable {
    /// How a figure is backed.
    public enum Basis: String, CaseIterable, Hashable, Sendable {
        /// The comment cites a document: a row of the fact sheet with its grade (A, B or C), or
        /// a named public page ("[outside FACTS: …]"), and does not call the figure an estimate.
        case sourced
        /// The comment calls the figure our own estimate (`EST`), even when it starts from a source.
        case estimate
        /// There is no comment, or it cites nothing: to be read as an estimate.
        case noSourceGiven
    }

    /// How the figure is backed.
    public var basis: Basis
    /// The comment, shortened to its first sentences or about 120 characters; empty without one.
    public var excerpt: String
    /// The fact-sheet row and grade the comment cites, "FACTS §6, grade B"; nil when it cites none.
    public var citation: String?
    /// The file name and line of the field (`nl-baseline.yaml:46`), nil when the scenario does
    /// not write the field and the format's default applies.
    public var place: String?

    /// Creates a source.
    public init(basis: Basis, excerpt: String, citation: String? = nil, place: String?) {
        self.basis = basis
        self.excerpt = excerpt
        self.citation = citation
        self.place = place
    }

    /// True when the field is not written anywhere and the format's default applies.
    public var isFormatDefault: Bool { place == nil }
}
