/// The words of the sensitivity section (`tornado.csv`), in one language. A separate value so
/// that a missing translation is still a compile error.
struct BriefingSensitivityLabels: Sendable {
    let title: String
    let intro: String
    let movedBy: String
    let percentSuffix: String
    let means: String
    let lowInput: String
    let highInput: String
    let baseCase: String
    let base: String
    let figure: String
    let input: String
    let lowValue: String
    let highValue: String
    let figureAtBase: String
    let figureAtLow: String
    let figureAtHigh: String
    let swing: String
    let note: String
    let notDrawn: String
    let noValue: String
    let noEffect: String
    let gpuHours: String
    /// Readable names of whole-facility figures by their `tornado.csv` name.
    let figureNames: [String: String]
    /// Readable names of per-tenant figures (`TENANT.wait_p95_hours`) by the part after the dot.
    let tenantFigureNames: [String: String]

    /// The labels for `language`.
    static func of(_ language: BriefingLanguage) -> BriefingSensitivityLabels {
        switch language {
        case .en: english
        case .nl: dutch
        }
    }

    static let english = BriefingSensitivityLabels(
        title: "Sensitivity",
        intro: "Each input was moved down and up on its own, every other input at the scenario's value, and the scenario simulated again. Each bar spans the figure from the input's low value to its high value, around the base case; the input that moves the figure most is on top.",
        movedBy: "Inputs moved by ±", percentSuffix: " %",
        means: "Figures are means over each run's replications. Source: ",
        lowInput: "Input at its low value", highInput: "Input at its high value", baseCase: "Base case", base: "Base",
        figure: "Figure", input: "Input", lowValue: "Low value", highValue: "High value", figureAtBase: "Figure at base",
        figureAtLow: "Figure at low value", figureAtHigh: "Figure at high value", swing: "Swing", note: "Note",
        notDrawn: "not drawn: ", noValue: "a run gave no value", noEffect: "None of the inputs moves this figure.",
        gpuHours: "GPU-hours",
        figureNames: [
            "cost_per_gpu_hour_eur": "Cost per delivered GPU-hour", "cost_per_reference_gpu_hour_eur": "Cost per reference GPU-hour",
            "mean_utilisation": "Mean utilisation", "capex_total_eur": "Capex (investment)", "eu_funding_eur": "Paid by the EU",
            "national_funding_eur": "Paid by the national government", "other_funding_eur": "Paid by others (regional funds)",
            "tco_eur": "Total cost of ownership", "npv_cost_eur": "Net present cost", "carbon_t": "Carbon emissions",
            "facility_energy_mwh": "Facility energy", "it_energy_mwh": "IT energy", "peak_facility_mw": "Peak facility power",
            "heat_reused_mwh": "Heat reused", "stranded_gpu_months": "Stranded GPUs (grid limit)",
            "demand_reference_gpu_hours": "Demand", "delivered_reference_gpu_hours": "Delivered reference GPU-hours",
            "delivered_gpu_hours": "Delivered GPU-hours", "lost_gpu_hours": "Lost GPU-hours",
            "expected_demand_reference_gpu_hours": "Expected demand", "submitted_reference_gpu_hours": "Work submitted",
            "served_share": "Share of submitted work served", "abandoned_reference_gpu_hours": "Work given up",
            "utilisation_powered": "Utilisation of powered GPUs", "utilisation_up": "Utilisation of GPUs up",
            "stranded_depreciation_eur": "Depreciation of stranded GPUs", "cost_per_installed_gpu_hour_eur": "Cost per installed GPU-hour",
        ],
        tenantFigureNames: [
            "wait_p95_hours": "Wait p95", "delivered_reference_gpu_hours": "Delivered reference GPU-hours",
            "demand_reference_gpu_hours": "Demand", "delivered_gpu_hours": "Delivered GPU-hours",
            "served_share": "Share of submitted work served", "abandoned_reference_gpu_hours": "Work given up",
            "jobs_submitted": "Jobs submitted", "jobs_abandoned": "Jobs given up",
        ]
    )

    static let dutch = BriefingSensitivityLabels(
        title: "Gevoeligheid",
        intro: "Elke invoer is afzonderlijk omlaag en omhoog gezet, alle andere invoer op de waarde uit het scenario, en het scenario is opnieuw gesimuleerd. Elke balk loopt van het cijfer bij de lage waarde van de invoer tot dat bij de hoge waarde, rond het basisscenario; de invoer die het cijfer het meest verandert staat bovenaan.",
        movedBy: "Invoer verschoven met ±", percentSuffix: "%",
        means: "De cijfers zijn gemiddelden over de herhalingen van elke run. Bron: ",
        lowInput: "Invoer op lage waarde", highInput: "Invoer op hoge waarde", baseCase: "Basisscenario", base: "Basis",
        figure: "Cijfer", input: "Invoer", lowValue: "Lage waarde", highValue: "Hoge waarde", figureAtBase: "Cijfer in basis",
        figureAtLow: "Cijfer bij lage waarde", figureAtHigh: "Cijfer bij hoge waarde", swing: "Uitslag", note: "Opmerking",
        notDrawn: "niet getekend: ", noValue: "een run gaf geen waarde", noEffect: "Geen van de invoerwaarden verandert dit cijfer.",
        gpuHours: "GPU-uren",
        figureNames: [
            "cost_per_gpu_hour_eur": "Kosten per geleverd GPU-uur", "cost_per_reference_gpu_hour_eur": "Kosten per referentie-GPU-uur",
            "mean_utilisation": "Gemiddelde bezetting", "capex_total_eur": "Investering (capex)", "eu_funding_eur": "Betaald door de EU",
            "national_funding_eur": "Betaald door het Rijk", "other_funding_eur": "Betaald door anderen (regionale fondsen)",
            "tco_eur": "Totale eigendomskosten (TCO)", "npv_cost_eur": "Netto contante kosten", "carbon_t": "CO₂-uitstoot",
            "facility_energy_mwh": "Energieverbruik faciliteit", "it_energy_mwh": "Energieverbruik IT", "peak_facility_mw": "Piekvermogen faciliteit",
            "heat_reused_mwh": "Hergebruikte warmte", "stranded_gpu_months": "Gestrande GPU's (netgrens)",
            "demand_reference_gpu_hours": "Vraag", "delivered_reference_gpu_hours": "Geleverde referentie-GPU-uren",
            "delivered_gpu_hours": "Geleverde GPU-uren", "lost_gpu_hours": "Verloren GPU-uren",
            "expected_demand_reference_gpu_hours": "Verwachte vraag", "submitted_reference_gpu_hours": "Ingediend werk",
            "served_share": "Aandeel ingediend werk bediend", "abandoned_reference_gpu_hours": "Opgegeven werk",
            "utilisation_powered": "Bezetting van GPU's met stroom", "utilisation_up": "Bezetting van werkende GPU's",
            "stranded_depreciation_eur": "Afschrijving gestrande GPU's", "cost_per_installed_gpu_hour_eur": "Kosten per geïnstalleerd GPU-uur",
        ],
        tenantFigureNames: [
            "wait_p95_hours": "Wachttijd p95", "delivered_reference_gpu_hours": "Geleverde referentie-GPU-uren",
            "demand_reference_gpu_hours": "Vraag", "delivered_gpu_hours": "Geleverde GPU-uren",
            "served_share": "Aandeel ingediend werk bediend", "abandoned_reference_gpu_hours": "Opgegeven werk",
            "jobs_submitted": "Ingediende taken", "jobs_abandoned": "Opgegeven taken",
        ]
    )
}

extension BriefingLabels {
    /// The sensitivity section's words in this language.
    var sensitivity: BriefingSensitivityLabels { .of(language) }
}
