/// The words of the assumptions section (the inputs behind the figures, and what the model
/// leaves out), in one language. A separate value so that a missing translation is still a
/// compile error.
struct BriefingAssumptionLabels: Sendable {
    let title: String
    let intro: String
    /// "{total} inputs: {sourced} sourced, …", the placeholders replaced by counts.
    let counts: String
    let unknown: String
    let scenarioCaption: String
    let modelCaptionPrefix: String
    let tenantCaptionPrefix: String
    let input: String
    let value: String
    let source: String
    let basis: String
    let sourced: String
    let estimate: String
    let noSourceGiven: String
    let formatDefault: String
    let none: String
    let notModelledTitle: String
    let notModelledIntro: String

    /// The labels for `language`.
    static func of(_ language: BriefingLanguage) -> BriefingAssumptionLabels {
        switch language {
        case .en: english
        case .nl: dutch
        }
    }

    static let english = BriefingAssumptionLabels(
        title: "Assumptions behind the figures",
        intro: "Every input that drives a key figure, with the value the model used and its source: the comment written at the field in the scenario or in the built-in hardware catalog (file and line in brackets). “Sourced” means the comment cites a document (the project’s fact sheet FACTS with its grade, A official to C secondary, or a named public page); “estimate” that it is our own estimate. Values are in the unit of the field’s name (_eur euros, _kw kilowatts, _mw megawatts, _per_year per year, _share a fraction of 1).",
        counts: "{total} inputs: {sourced} sourced, {estimate} estimates, {none} without a source.",
        unknown: "The scenario was not given, so its inputs cannot be listed here; give it (aifactory report --scenario FILE) to list them with their sources.",
        scenarioCaption: "Budget, site and scheduler", modelCaptionPrefix: "Node model ", tenantCaptionPrefix: "Tenant: ",
        input: "Input", value: "Value", source: "Source", basis: "Basis",
        sourced: "sourced", estimate: "estimate", noSourceGiven: "no source given (read as an estimate)",
        formatDefault: "not in the scenario: the format’s default", none: "none",
        notModelledTitle: "Not modelled",
        notModelledIntro: "What the model leaves out; read every figure above and below with these in mind."
    )

    static let dutch = BriefingAssumptionLabels(
        title: "Aannames achter de cijfers",
        intro: "Elke invoer die een kerncijfer bepaalt, met de waarde die het model gebruikte en de bron: het commentaar bij het veld in het scenario of in de ingebouwde hardwarecatalogus (bestand en regel tussen haakjes). „Onderbouwd” betekent dat het commentaar een document noemt (het feitenblad FACTS van het project met de graad, A officieel tot C secundair, of een genoemde openbare pagina); „schatting” dat het onze eigen schatting is. Waarden staan in de eenheid uit de veldnaam (_eur euro, _kw kilowatt, _mw megawatt, _per_year per jaar, _share een fractie van 1).",
        counts: "{total} invoerwaarden: {sourced} onderbouwd, {estimate} schattingen, {none} zonder bron.",
        unknown: "Het scenario is niet meegegeven, dus de invoer staat hier niet; geef het mee (aifactory report --scenario BESTAND) om de invoer met bronnen te tonen.",
        scenarioCaption: "Budget, locatie en planner", modelCaptionPrefix: "Nodemodel ", tenantCaptionPrefix: "Gebruiker: ",
        input: "Invoer", value: "Waarde", source: "Bron", basis: "Onderbouwing",
        sourced: "onderbouwd", estimate: "schatting", noSourceGiven: "geen bron opgegeven (lees als schatting)",
        formatDefault: "niet in het scenario: de standaardwaarde van het formaat", none: "geen",
        notModelledTitle: "Niet gemodelleerd",
        notModelledIntro: "Wat het model weglaat; lees elk cijfer in deze briefing met dit in gedachten."
    )
}

extension BriefingLabels {
    /// The assumptions section's words in this language.
    var assumptions: BriefingAssumptionLabels { .of(language) }
}
