import FacilitySimulation
import FactoryModel
import Finance
import Reporting

/// The ministry briefing: one self-contained HTML page (inline CSS and SVG, no scripts, nothing
/// fetched) with the key figures of a simulation or plan, the assumptions behind them and what
/// the model leaves out, six charts each followed by its numbers, a tornado chart per figure when the folder holds a sensitivity study
/// (`tornado.csv`), and links to the CSV files the numbers came from.
///
/// Deterministic: the same inputs give the same bytes (no dates, fixed number formats, file
/// order or sorted order everywhere).
public enum BriefingReport {
    /// The page's HTML text.
    ///
    /// - Parameters:
    ///   - results: the run's results, or an output folder read back (`OutputResults`).
    ///   - gridConnectionMW: the scenario's grid connection, MW from given months on; empty when
    ///     not known (no output file holds it), and the page says so.
    ///   - assumptions: the inputs behind the headline figures with their sources
    ///     (`AssumptionTable.rows` of ScenarioFormat); nil when the scenario is not known, and
    ///     the page says how to give it.
    ///   - tenantNames: display names by tenant code name; a tenant without one is printed by
    ///     its code name.
    ///   - language: the language of every label and of number formatting.
    ///   - dataFolderLink: the folder of the CSV files relative to where the page is written,
    ///     ending in `/`; empty when the page sits beside them (the default `DIR/report.html`).
    /// - Complexity: O(months × tenants + rows of the plan and sensitivity files).
    public static func html(_ results: OutputResults, gridConnectionMW: [MonthlyStep] = [], assumptions: [Assumption]? = nil,
                            tenantNames: [String: DisplayName] = [:], language: BriefingLanguage, dataFolderLink: String = "") -> String {
        BriefingPage(inputs: results, gridConnectionMW: gridConnectionMW, assumptions: assumptions, tenantNames: tenantNames,
                     labels: .of(language), numbers: BriefingNumbers(language: language), dataFolderLink: dataFolderLink).html
    }
}

/// One briefing being written: the results with the chosen language's labels and numbers.
struct BriefingPage {
    let inputs: OutputResults
    let gridConnectionMW: [MonthlyStep]
    let assumptions: [Assumption]?
    let tenantNames: [String: DisplayName]
    let labels: BriefingLabels
    let numbers: BriefingNumbers
    let dataFolderLink: String

    /// The whole document.
    var html: String {
        let summary = inputs.summary
        let title = labels.titlePrefix + summary.scenario
        var page = "<!DOCTYPE html>\n<html lang=\"\(labels.htmlLanguage)\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>\(BriefingHTML.escape(title))</title>\n<style>\n\(BriefingStyle.css)\n</style>\n</head>\n<body>\n"
        page += "<header>\n<h1>\(BriefingHTML.escape(title))</h1>\n"
        page += "<p class=\"kind\">\(BriefingHTML.escape(inputs.isPlan ? labels.planKind : labels.simulationKind))</p>\n"
        var meta = ["\(labels.scenario): \(summary.scenario)"]
        if let start = summary.horizonStart, let end = summary.horizonEnd { meta.append("\(labels.horizon): \(start) – \(end)") }
        if let replications = summary.replications { meta.append("\(labels.replications): \(replications)") }
        if let seed = summary.seed { meta.append("\(labels.seed): \(seed)") }
        if let scheduler = summary.scheduler { meta.append("\(labels.scheduler): \(scheduler)") }
        page += "<p class=\"meta\">\(meta.map(BriefingHTML.escape).joined(separator: " · "))</p>\n</header>\n"
        page += keyFiguresSection
        page += tenantSection
        page += assumptionsSection
        page += gpuSection + demandSection + utilisationSection + powerSection + fundingSection + costSection
        if inputs.isPlan { page += planSection }
        page += sensitivitySection
        page += "<footer>\n<p>\(BriefingHTML.escape(labels.chartsNote))</p>\n</footer>\n</body>\n</html>\n"
        return page
    }

    // MARK: Shared pieces

    /// The name a reader sees for the tenant `code`: its display name in the page's language,
    /// else in English, else the code name (which CSV files and field paths keep).
    func tenantName(_ code: String) -> String {
        guard let name = tenantNames[code] else { return code }
        return (labels.language == .nl ? name.dutch : nil) ?? name.english ?? code
    }

    /// A link to the output file `name`, relative to the page.
    func fileLink(_ name: String) -> String {
        "<a href=\"\(BriefingHTML.linkTarget(dataFolderLink + name))\">\(BriefingHTML.escape(name))</a>"
    }

    /// "Source: a.csv, b.csv" in the page's language.
    func sourceLine(_ prefix: String, files: [String]) -> String {
        "<p class=\"source\">\(BriefingHTML.escape(prefix))\(files.map(fileLink).joined(separator: ", "))</p>\n"
    }

    /// An estimate's mean with its 95 % interval when there is one: "75.4 % (95 % CI 74.9–76.0)".
    func estimateText(_ estimate: SummaryFigures.Estimate?, unit: String = "", format: (Double) -> String) -> String {
        guard let estimate, let mean = estimate.mean else { return labels.notAvailable }
        return format(mean) + unit
    }

    /// The interval part of an estimate, or nil when it has no bounds.
    func intervalText(_ estimate: SummaryFigures.Estimate?, format: (Double) -> String) -> String? {
        guard let lower = estimate?.lower, let upper = estimate?.upper else { return nil }
        return "\(labels.confidenceInterval) \(format(lower))–\(format(upper))"
    }

    /// One key-figure card; `note` may be empty.
    func card(_ label: String, value: String, note: String = "") -> String {
        "<div class=\"card\"><div class=\"label\">\(BriefingHTML.escape(label))</div><div class=\"value\">\(BriefingHTML.escape(value))</div>"
            + (note.isEmpty ? "" : "<div class=\"sub\">\(BriefingHTML.escape(note))</div>") + "</div>\n"
    }

    /// A finance figure from summary.json, else from the total row of finance.csv.
    func financeFigure(_ key: String, fallback: KeyPath<FinanceYear, Money>?) -> Double? {
        if let mean = inputs.summary.finance[key]?.mean { return mean }
        guard let fallback, let total = inputs.financeYears.first(where: { $0.year == nil }) else { return nil }
        return total[keyPath: fallback].euros
    }

    // MARK: Key figures

    /// Capex and who pays it, cost per GPU-hour, utilisation, energy, carbon, stranded GPUs.
    var keyFiguresSection: String {
        let summary = inputs.summary
        var cards = ""
        let capex = financeFigure("capex_total_eur", fallback: \.capexTotal)
        func share(_ part: Double?) -> String {
            guard let part, let capex, capex > 0 else { return "" }
            return "\(numbers.percent(part / capex)) % \(labels.ofCapex)"
        }
        cards += card(labels.capex, value: capex.map(numbers.moneyMillions) ?? labels.notAvailable,
                      note: summary.finance["budget_headroom_eur"]?.mean.map { "\(labels.budgetHeadroom): \(numbers.moneyMillions($0))" } ?? "")
        for (label, key, path) in [(labels.paidByEU, "eu_funding_eur", \FinanceYear.euFunding),
                                   (labels.paidByNation, "national_funding_eur", \.nationalFunding),
                                   (labels.paidByOthers, "other_funding_eur", \.otherFunding)] {
            let amount = financeFigure(key, fallback: path)
            cards += card(label.prefix(1).uppercased() + label.dropFirst(), value: amount.map(numbers.moneyMillions) ?? labels.notAvailable, note: share(amount))
        }
        let euros = { (value: Double) in numbers.euros(value) }
        let cost = summary.finance["cost_per_gpu_hour_eur"]
        cards += card(labels.costPerGPUHour, value: estimateText(cost, format: euros), note: intervalText(cost, format: euros) ?? "")
        let installedCost = summary.finance["cost_per_installed_gpu_hour_eur"]
        if installedCost != nil {
            cards += card(labels.costPerInstalledGPUHour, value: estimateText(installedCost, format: euros), note: intervalText(installedCost, format: euros) ?? "")
        }
        let reference = summary.finance["cost_per_reference_gpu_hour_eur"]
        cards += card(labels.costPerReferenceGPUHour, value: estimateText(reference, format: euros), note: intervalText(reference, format: euros) ?? "")
        let utilisation = summary.facility["mean_utilisation"]
        let percent = { (value: Double) in numbers.percent(value) }
        // The headline is over installed GPUs; the other bases follow, so dark GPUs show.
        let bases = [(labels.ofPoweredGPUs, "utilisation_powered"), (labels.ofGPUsUp, "utilisation_up")].compactMap { label, key in
            summary.facility[key]?.mean.map { "\(percent($0)) % \(label)" }
        }
        let utilisationNote = ([intervalText(utilisation, format: percent).map { $0 + " %" }].compactMap { $0 } + bases).joined(separator: "; ")
        cards += card(bases.isEmpty ? labels.meanUtilisation : labels.utilisationOfInstalled, value: estimateText(utilisation, unit: " %", format: percent),
                      note: utilisationNote)
        let gigawatt = { (value: Double) in numbers.format(value / 1000, decimals: 1) }
        let energy = summary.facility["facility_energy_mwh"]
        cards += card(labels.facilityEnergy, value: estimateText(energy, unit: " " + labels.gwh, format: gigawatt),
                      note: summary.facility["heat_reused_mwh"]?.mean.map { "\(labels.heatReused): \(gigawatt($0)) \(labels.gwh)" } ?? "")
        let carbon = summary.facility["carbon_t"]
        let tonnes = { (value: Double) in numbers.format(value, decimals: 0) }
        cards += card(labels.carbon, value: estimateText(carbon, unit: " " + labels.tonnesCO2, format: tonnes),
                      note: intervalText(carbon, format: tonnes) ?? "")
        let peak = summary.facility["peak_facility_mw"]
        let megawatt = { (value: Double) in numbers.format(value, decimals: 2) }
        cards += card(labels.peakPower, value: estimateText(peak, unit: " MW", format: megawatt), note: intervalText(peak, format: megawatt).map { $0 + " MW" } ?? "")
        let strandedMost = inputs.monthly.map(\.strandedGPUs).max() ?? 0
        let stranded = summary.facility["stranded_gpu_months"]?.mean ?? Double(inputs.monthly.reduce(0) { $0 + $1.strandedGPUs })
        let strandedCost = summary.facility["stranded_depreciation_eur"]?.mean.map { "; \(numbers.moneyMillions($0)) \(labels.ofDepreciation)" } ?? ""
        cards += card(labels.strandedGPUs, value: "\(numbers.format(stranded, decimals: 0)) \(labels.gpuMonths)",
                      note: "\(labels.mostInOneMonth): \(numbers.format(Double(strandedMost), decimals: 0)) GPU" + strandedCost)
        let npv = summary.finance["npv_cost_eur"]
        let money = { (value: Double) in numbers.moneyMillions(value) }
        cards += card(labels.npvCost, value: estimateText(npv, format: money),
                      note: summary.finance["tco_eur"]?.mean.map { "\(labels.tco): \(money($0))" } ?? "")
        if let opex = summary.finance["eu_opex_funding_eur"]?.mean, opex > 0 {
            cards += card(labels.euOpexFunding, value: money(opex))
        }
        return "<section id=\"key-figures\">\n<h2>\(BriefingHTML.escape(labels.keyFigures))</h2>\n<div class=\"cards\">\n\(cards)</div>\n"
            + sourceLine(labels.source, files: ["summary.json", "finance.csv"]) + "</section>\n"
    }

    /// Expected demand, work submitted, delivered, served and given up, p95 wait and subsidy
    /// per tenant, from summary.json. Served is served ÷ submitted: the share of the work
    /// actually submitted that was done within the horizon, so never above 100 %.
    var tenantSection: String {
        let summary = inputs.summary
        guard !summary.tenants.isEmpty else { return "" }
        let hours = { (value: Double) in numbers.format(value, decimals: 2) }
        let whole = { (value: Double?) in value.map { numbers.format($0, decimals: 0) } ?? labels.notAvailable }
        let rows = summary.tenants.map { tenant -> [String] in
            // Folders written before issue 14 name the expected demand `demand_reference_gpu_hours`.
            let expected = (tenant.figures["expected_demand_reference_gpu_hours"] ?? tenant.figures["demand_reference_gpu_hours"])?.mean
            let submitted = tenant.figures["submitted_reference_gpu_hours"]?.mean
            let delivered = tenant.figures["delivered_reference_gpu_hours"]?.mean
            let served = tenant.figures["served_share"]?.mean.map { numbers.percent($0) } ?? labels.notAvailable
            let abandoned = tenant.figures["abandoned_reference_gpu_hours"]?.mean
            let wait = tenant.figures["wait_p95_hours"]
            let waitText = estimateText(wait, format: hours) + (intervalText(wait, format: hours).map { " (\($0))" } ?? "")
            let subsidy = summary.subsidyByTenant[tenant.name]?.mean
            return [
                tenantName(tenant.name), whole(expected), whole(submitted), whole(delivered), served, whole(abandoned),
                waitText, subsidy.map { numbers.millions($0) } ?? labels.notAvailable,
            ]
        }
        let columns = [labels.tenant, labels.expectedDemandRefHours, labels.submittedRefHours, labels.deliveredRefHours, labels.served,
                       labels.abandonedRefHours, labels.waitP95Hours, labels.subsidy]
        return "<section id=\"tenants\">\n<h2>\(BriefingHTML.escape(labels.tenantsHeading))</h2>\n"
            + BriefingHTML.table(caption: labels.tenantsHeading, columns: columns, rows: rows)
            + sourceLine(labels.source, files: ["summary.json"]) + "</section>\n"
    }
}
