import FactoryModel
import Foundation
import TestSupport
import Testing
@testable import Briefing
@testable import Reporting

/// A small output folder written inline: three months, two tenants with hostile names.
enum BriefingFixture {
    static let hostileTenants = ["<script>alert('x')</script>", "=cmd|' /C calc'!A0", "R&D \"lab\", Delft"]
    static let months = ["2026-12", "2027-01", "2027-02"]

    static func csv(_ header: [String], _ rows: [[String: String]]) -> String {
        var writer = CSVWriter()
        writer.appendRow(header)
        for row in rows { writer.appendRow(header.map { row[$0] ?? "0" }) }
        return writer.text
    }

    static var monthly: String {
        csv(SimulationReport.monthlyColumns, months.enumerated().map { index, month in
            ["month": month, "installed_gpus": "\(64 * (index + 1))", "powered_gpus": "\(64 * (index + 1))",
             "available_gpu_hours": "1000.000", "busy_gpu_hours": "\(500 + 100 * index).000",
             "utilisation": "0.\(5 + index)00000", "peak_facility_mw": "1.\(index)00"]
        })
    }

    static var tenants: String {
        csv(SimulationReport.tenantColumns, months.flatMap { month in
            hostileTenants.map { ["month": month, "tenant": $0, "expected_demand_reference_gpu_hours": "120.000", "submitted_reference_gpu_hours": "110.000", "served_reference_gpu_hours": "100.000", "delivered_reference_gpu_hours": "100.000"] }
        })
    }

    static var finance: String {
        let money = ["capex_compute_eur": "1000000.00", "capex_total_eur": "1000000.00", "eu_funding_eur": "400000.00",
                     "national_funding_eur": "350000.00", "other_funding_eur": "250000.00", "opex_staff_eur": "50000.00",
                     "tenant_revenue_eur": "20000.00", "net_cost_eur": "1030000.00", "discounted_net_cost_eur": "1030000.00"]
        return csv(FinanceReport.financeColumns, [money.merging(["year": "2026"]) { $1 }, ["year": "2027"], money.merging(["year": "total"]) { $1 }])
    }

    static var funding: String {
        csv(FinanceReport.fundingColumns, [
            ["funder": "EU & friends", "category": "compute", "amount_eur": "400000.00", "share": "0.400000"],
            ["funder": "EU & friends", "category": "total", "amount_eur": "400000.00", "share": "0.400000"],
            ["funder": "<b>Nation</b>", "category": "compute", "amount_eur": "600000.00", "share": "0.600000"],
            ["funder": "<b>Nation</b>", "category": "total", "amount_eur": "600000.00", "share": "0.600000"],
        ])
    }

    static var summary: String {
        let figure = { (mean: String) in "{\"mean\": \(mean), \"ci95_lower\": null, \"ci95_upper\": null}" }
        let tenants = hostileTenants.map { "{\"tenant\": \(JSONText.quoted($0)), \"wait_p95_hours\": \(figure("1.500"))}" }
        return """
        {
          "scenario": "fixture <i>",
          "seed": 7,
          "replications": 1,
          "horizon": {"start": "2026-12", "end": "2027-02"},
          "facility": {"mean_utilisation": \(figure("0.600000")), "carbon_t": \(figure("12.000"))},
          "finance": {"capex_total_eur": 1000000.00, "cost_per_gpu_hour_eur": \(figure("null"))},
          "tenants": [\(tenants.joined(separator: ", "))]
        }

        """
    }

    static var files: [String: String] {
        ["monthly.csv": monthly, "tenants.csv": tenants, "finance.csv": finance, "funding.csv": funding, "summary.json": summary]
    }

    /// A committed output folder under Reports/, file by file.
    static func committed(_ folder: String) throws -> [String: String] {
        let root = Repository.root
        var files: [String: String] = [:]
        for name in OutputResults.requiredFiles + OutputResults.optionalFiles {
            let url = root.appendingPathComponent("Reports").appendingPathComponent(folder).appendingPathComponent(name)
            if let text = try? String(contentsOf: url, encoding: .utf8) { files[name] = text }
        }
        return files
    }

    static func html(_ files: [String: String] = files, language: BriefingLanguage = .en, grid: [MonthlyStep] = []) throws -> String {
        BriefingReport.html(try OutputResults(files: files), gridConnectionMW: grid, language: language)
    }

    /// The chart sections of a page, each from its opening tag to its end.
    static func chartSections(_ html: String) -> [Substring] {
        html.components(separatedBy: "<section class=\"chart-section\"").dropFirst().map { Substring($0.components(separatedBy: "</section>")[0]) }
    }
}

@Suite("The ministry briefing")
struct BriefingTests {
    @Test("The same folder gives byte-identical HTML", arguments: [BriefingLanguage.en, .nl])
    func deterministic(_ language: BriefingLanguage) throws {
        #expect(try BriefingFixture.html(language: language) == BriefingFixture.html(language: language))
        let plan = try BriefingFixture.committed("nl-baseline/plan")
        #expect(try BriefingFixture.html(plan, language: language) == BriefingFixture.html(plan, language: language))
    }

    @Test("The page runs no script and fetches nothing", arguments: ["nl-baseline", "nl-baseline/plan"])
    func selfContained(_ folder: String) throws {
        for html in [try BriefingFixture.html(), try BriefingFixture.html(BriefingFixture.committed(folder))] {
            let lower = html.lowercased()
            for forbidden in ["<script", "http://", "https://", "src=", "@import", "<link", "<iframe", "<object", "javascript:"] {
                #expect(!lower.contains(forbidden), "found \(forbidden)")
            }
            #expect(lower.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil, "an event handler attribute")
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang="))
            #expect(html.contains("@page { size: A4"))
        }
    }

    @Test("Hostile tenant and funder names are escaped wherever they appear")
    func escaping() throws {
        let html = try BriefingFixture.html()
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("&#39;=cmd|&#39; /C calc&#39;!A0"))  // as tenants.csv holds it, neutralised by CSVWriter
        #expect(html.contains("=cmd|&#39; /C calc&#39;!A0"))
        #expect(html.contains("R&amp;D &quot;lab&quot;, Delft"))
        #expect(html.contains("&lt;b&gt;Nation&lt;/b&gt;") && !html.contains("<b>Nation"))
        #expect(html.contains("EU &amp; friends") && html.contains("fixture &lt;i&gt;"))
    }

    @Test("Every chart is an SVG followed by its table, with axis labels in the chosen language", arguments: [
        (BriefingLanguage.en, ["Month", "GPUs (count)", "Utilisation (%)", "Power (MW)", "€ million", "Year", "Capex category"]),
        (BriefingLanguage.nl, ["Maand", "GPU&#39;s (aantal)", "Bezetting (%)", "Vermogen (MW)", "€ miljoen", "Jaar", "Investeringscategorie"]),
    ])
    func chartsAndTables(_ language: BriefingLanguage, _ axisLabels: [String]) throws {
        let html = try BriefingFixture.html(BriefingFixture.committed("nl-baseline/plan"), language: language)
        let sections = BriefingFixture.chartSections(html)
        #expect(sections.count == 6)
        for section in sections {
            #expect(section.contains("<svg class=\"chart\""))
            #expect(section.contains("class=\"axis-label\""))
            #expect(section.contains("<table>") || section.contains("<table class=\"keep\">"))
            #expect(section.contains("<a href=\""))
            #expect(section.range(of: "<svg")!.lowerBound < section.range(of: "<table")!.lowerBound)
        }
        // One panel per tenant in the demand chart, so four tenants give 5 + 4 charts.
        #expect(html.components(separatedBy: "<svg ").count - 1 == 9)
        for label in axisLabels { #expect(html.contains(">\(label)</text>"), "axis label \(label)") }
    }

    @Test("Dutch briefings have Dutch labels and Dutch numbers")
    func dutch() throws {
        let html = try BriefingFixture.html(BriefingFixture.committed("nl-baseline/plan"), language: .nl)
        #expect(html.contains("<html lang=\"nl\">"))
        for word in ["Kerncijfers", "Wie betaalt de investering", "Kosten per jaar", "Bezetting en de prognose daarvan", "Uitbouwplan"] {
            #expect(html.contains(word), "missing \(word)")
        }
        for word in ["Key figures", "Who pays", "Cost by year", "Month<", "Demand<"] { #expect(!html.contains(word), "English \(word)") }
        // Capex in millions with one decimal, read from the committed summary.json, so the test
        // follows the baseline when a plan changes: decimal comma in Dutch, point in English.
        let files = try BriefingFixture.committed("nl-baseline/plan")
        let summaryText = try #require(files["summary.json"])
        let summary = try #require(JSONSerialization.jsonObject(with: Data(summaryText.utf8)) as? [String: Any])
        let finance = try #require(summary["finance"] as? [String: Any])
        let capexMillions = try #require(finance["capex_total_eur"] as? Double) / 1e6
        let english = String(format: "%.1f", capexMillions)
        #expect(html.contains("€ \(english.replacingOccurrences(of: ".", with: ",")) mln"), "capex \(english) M")
        #expect(html.contains("128.643.500"))  // research demand, point thousands
        #expect(try BriefingFixture.html(files).contains("€\(english) M"))
    }

    @Test("Numbers follow the language's marks", arguments: [
        (BriefingLanguage.en, 1_234_567.891, 2, "1,234,567.89"), (.nl, 1_234_567.891, 2, "1.234.567,89"),
        (.en, -1.26, 1, "\u{2212}1.3"), (.nl, -0.04, 1, "0,0"), (.en, 999.5, 0, "1,000"), (.nl, 12, 0, "12"),
    ])
    func numbers(_ language: BriefingLanguage, _ value: Double, _ decimals: Int, _ text: String) {
        #expect(BriefingNumbers(language: language).format(value, decimals: decimals) == text)
    }

    @Test("A simulation folder shows utilisation alone; a plan folder its forecast band too")
    func forecastBand() throws {
        let simulation = try BriefingFixture.html(BriefingFixture.committed("nl-baseline"))
        #expect(simulation.contains("No forecast in this folder"))
        #expect(!simulation.contains("forecast.csv\">") && !simulation.contains("fill-opacity=\"0.22\" stroke=\"none\""))
        let plan = try BriefingFixture.html(BriefingFixture.committed("nl-baseline/plan"))
        #expect(plan.contains("Forecast, 95 % band") && plan.contains("href=\"forecast.csv\""))
        #expect(plan.contains("Installed: nvidia"))
    }

    @Test("GPUs by vendor come from vendors.csv, installed and powered, with the table's numbers from the file")
    func vendorLines() throws {
        let without = try BriefingFixture.html()
        #expect(without.contains("has no vendors.csv or buildout.csv") && !without.contains("Powered: "))
        var files = BriefingFixture.files
        files["vendors.csv"] = BriefingFixture.csv(SimulationReport.vendorColumns, BriefingFixture.months.enumerated().flatMap { index, month in [
            ["month": month, "vendor": "nvidia", "installed_gpus": "\(48 * (index + 1))", "powered_gpus": "\(40 * (index + 1))"],
            ["month": month, "vendor": "amd", "installed_gpus": "\(16 * (index + 1))", "powered_gpus": "\(16 * (index + 1))"],
        ] })
        let html = try BriefingFixture.html(files)
        for label in ["Installed: nvidia", "Powered: nvidia", "Installed: amd", "Powered: amd"] {
            #expect(html.contains(label), "missing \(label)")
        }
        #expect(html.contains("href=\"vendors.csv\"") && html.contains("(vendors.csv)"))
        // 2027's year-end row (2027-02): all 192 installed, NVIDIA 144 installed and 120 powered, AMD 48 and 48.
        let cells = ["192", "144", "120", "48", "48"].map { "<td class=\"num\">\($0)</td>" }.joined()
        #expect(html.contains("<th scope=\"row\">2027</th>" + cells), "the 2027 row")
        let dutch = try BriefingFixture.html(files, language: .nl)
        #expect(dutch.contains("Met stroom: amd") && dutch.contains("Geïnstalleerd: nvidia"))
    }

    @Test("The grid limit is drawn when the scenario gives it, and its absence is said")
    func gridLimit() throws {
        let without = try BriefingFixture.html()
        #expect(without.contains("The grid connection is not in the output files"))
        let steps = [MonthlyStep(from: Month(year: 2027, month: 1), value: 3)]
        let with = try BriefingFixture.html(grid: steps)
        #expect(with.contains(">Grid connection limit</text>") && !with.contains("not in the output files"))
    }

    @Test("A malformed file gives an error naming the file and line", arguments: [
        ("tenants.csv", "120.000", "lots", 2),          // a word where a number belongs; the first data row is line 2
        ("monthly.csv", "2027-01", "2027-13", 3),       // not a month
        ("monthly.csv", "2027-02,", "2027-02,1,", 4),   // one cell too many
        ("funding.csv", "EU & friends,total", "\"EU & friends,total", 3),  // a quote never closed
        ("summary.json", "\"seed\": 7", "\"seed\": 7,,", 3),
        ("summary.json", "\"mean\": 12.000", "\"mean\": \"twelve\"", 6),
    ])
    func malformed(_ file: String, _ find: String, _ replacement: String, _ line: Int) throws {
        var files = BriefingFixture.files
        let original = files[file]!
        let range = try #require(original.range(of: find))
        files[file] = original.replacingCharacters(in: range, with: replacement)
        let error = #expect(throws: OutputFileError.self) { _ = try OutputResults(files: files) }
        #expect(error?.file == file)
        #expect(error?.line == line, "\(error?.description ?? "")")
        #expect(error?.description.hasPrefix("\(file):\(line): ") == true)
    }

    @Test("A missing file or column is named")
    func missing() throws {
        var files = BriefingFixture.files
        files["finance.csv"] = nil
        let error = #expect(throws: OutputFileError.self) { _ = try OutputResults(files: files) }
        #expect(error?.description.hasPrefix("finance.csv: missing") == true)
        files = BriefingFixture.files
        files["monthly.csv"] = files["monthly.csv"]!.replacingOccurrences(of: "peak_facility_mw", with: "peak_mw")
        let column = #expect(throws: OutputFileError.self) { _ = try OutputResults(files: files) }
        #expect(column?.description == "monthly.csv:1: the header has no column `peak_facility_mw`")
    }

    @Test("CSV in the Dutch Excel notation (BOM, semicolons, decimal comma) reads as the same numbers")
    func excelDutch() throws {
        var files = BriefingFixture.files
        let header = SimulationReport.monthlyColumns
        let rows = BriefingFixture.monthly.split(separator: "\r\n").dropFirst().map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: ".", with: ",") }.joined(separator: ";")
        }
        files["monthly.csv"] = "\u{FEFF}" + ([header.joined(separator: ";")] + rows).joined(separator: "\r\n") + "\r\n"
        let dutch = try OutputResults(files: files)
        let plain = try OutputResults(files: BriefingFixture.files)
        #expect(dutch.monthly.map(\.utilisation) == plain.monthly.map(\.utilisation))
        #expect(dutch.monthly.map(\.peakFacilityMW) == [1.0, 1.1, 1.2])
        #expect(BriefingReport.html(dutch, language: .nl) == BriefingReport.html(plain, language: .nl))
    }

    @Test("Links to the CSV files are relative to where the page is written")
    func links() throws {
        let inputs = try OutputResults(files: BriefingFixture.files)
        #expect(BriefingReport.html(inputs, language: .en).contains("<a href=\"monthly.csv\">monthly.csv</a>"))
        let away = BriefingReport.html(inputs, language: .en, dataFolderLink: "../my run \"x\"/")
        #expect(away.contains("<a href=\"../my%20run%20%22x%22/monthly.csv\">"))
    }
}

/// A sensitivity study (`tornado.csv`) for the inline fixture folder: rows deliberately not in
/// swing order, an invalid run, hostile input and tenant names.
enum TornadoFixture {
    static let header = ["figure", "input", "base_value", "low_value", "high_value", "figure_at_base", "figure_at_low", "figure_at_high", "swing", "note"]
    static let hostileInput = "site.<script>alert(\"in\")</script>&'x'"
    static let hostileWait = "\(BriefingFixture.hostileTenants[0]).wait_p95_hours"
    static let invalidNote = "low invalid: site.cooling.pue: must be at least 1 <b>"

    static var rows: [[String]] {
        [
            ["cost_per_gpu_hour_eur", "site.electricity.price_eur_per_mwh", "140", "126", "154", "2.400000", "2.380000", "2.420000", "0.040000", ""],
            ["cost_per_gpu_hour_eur", "budget.discount_rate", "0.03", "0.027", "0.033", "2.400000", "2.300000", "2.500000", "0.200000", ""],
            ["cost_per_gpu_hour_eur", hostileInput, "1200", "1080", "1320", "2.400000", "2.350000", "2.450000", "0.100000", ""],
            ["cost_per_gpu_hour_eur", "site.cooling.pue", "1.2", "1.08", "1.32", "2.400000", "", "2.410000", "", invalidNote],
            ["mean_utilisation", "site.electricity.price_eur_per_mwh", "140", "126", "154", "0.750000", "0.740000", "0.760000", "0.020000", ""],
            ["mean_utilisation", "budget.discount_rate", "0.03", "0.027", "0.033", "0.750000", "0.750000", "0.750000", "0.000000", ""],
            [hostileWait, "site.electricity.price_eur_per_mwh", "140", "126", "154", "12.500000", "12.000000", "13.000000", "1.000000", ""],
            ["national_funding_eur", "budget.eu_cofunding_share", "0.5", "0.45", "0.55", "53726848.310000", "57772630.570000", "53726848.310000", "4045782.260000", ""],
        ]
    }

    static var text: String {
        var writer = CSVWriter()
        writer.appendRow(header)
        for row in rows { writer.appendRow(row) }
        return writer.text
    }

    static var files: [String: String] { BriefingFixture.files.merging(["tornado.csv": text]) { $1 } }

    /// The sensitivity section of a page, from its opening tag to its end; empty when absent.
    static func section(_ html: String) -> Substring {
        guard let start = html.range(of: "<section class=\"chart-section\" id=\"sensitivity\">") else { return "" }
        let end = html.range(of: "</section>\n", range: start.upperBound..<html.endIndex)!
        return html[start.lowerBound..<end.upperBound]
    }

    /// The SVG charts of a section, each from `<svg` to `</svg>`.
    static func charts(_ section: Substring) -> [Substring] {
        section.components(separatedBy: "<svg ").dropFirst().map { Substring($0.components(separatedBy: "</svg>")[0]) }
    }
}

/// The sensitivity section (`tornado.csv`), in the same suite so that `--filter BriefingTests` runs it.
extension BriefingTests {
    @Test("One tornado chart per figure, bars in swing order, in both languages", arguments: [
        (BriefingLanguage.en, "Sensitivity", "Paid by the national government (€ million)", "(h)"),
        (BriefingLanguage.nl, "Gevoeligheid", "Betaald door het Rijk (€ miljoen)", "(uur)"),
    ])
    func tornadoSection(_ language: BriefingLanguage, _ heading: String, _ fundingAxis: String, _ hours: String) throws {
        let html = try BriefingFixture.html(TornadoFixture.files, language: language)
        let section = TornadoFixture.section(html)
        #expect(section.contains("<h2>\(heading)</h2>"))
        let charts = TornadoFixture.charts(section)
        #expect(charts.count == 4)
        // Cost per GPU-hour: largest swing on top whatever the file order, the invalid run last as a note.
        let cost = String(charts[0])
        let order = try ["budget.discount_rate", "site.&lt;script&gt;alert(&quot;in&quot;)&lt;/script&gt;&amp;&#39;x&#39;",
                     "site.electricity.price_eur_per_mwh", "site.cooling.pue"].map { try #require(cost.range(of: $0)).lowerBound }
        #expect(order == order.sorted())
        for side in ["low", "high"] {
            #expect(cost.components(separatedBy: "height=\"16.0\" fill=\"url(#chart-tornado-0-\(side))\"").count - 1 == 3, "\(side) bars")
        }
        #expect(cost.contains("<pattern id=\"chart-tornado-0-low\"") && cost.contains("<pattern id=\"chart-tornado-0-high\""))
        #expect(cost.contains("site.cooling.pue: must be at least 1 &lt;b&gt;</text>"))
        #expect(cost.contains(">0.027</text>") == (language == .en) && cost.contains(">0,027</text>") == (language == .nl))
        #expect(cost.contains("stroke-dasharray=\"4 3\""))  // the base line
        // The axes name the figure and its unit from the name's suffix.
        #expect(charts[0].contains("(€)</text>"))
        #expect(charts[1].contains("(%)</text>"))
        #expect(charts[2].contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; \(hours)</text>"))
        #expect(charts[3].contains(">\(fundingAxis)</text>"))
        // Each chart is followed by its table; utilisation as a percentage, money in millions.
        #expect(section.components(separatedBy: "<table").count - 1 == 4)
        #expect(section.contains(language == .en ? ">74.00</td>" : ">74,00</td>"))
        #expect(section.contains(language == .en ? ">57.77</td>" : ">57,77</td>"))
        #expect(section.contains("href=\"tornado.csv\""))
    }

    @Test("Without tornado.csv there is no section, and with it the rest of the page is unchanged", arguments: [BriefingLanguage.en, .nl])
    func tornadoAbsent(_ language: BriefingLanguage) throws {
        let without = try BriefingFixture.html(language: language)
        #expect(!without.contains("sensitivity") && !without.contains("tornado"))
        let with = try BriefingFixture.html(TornadoFixture.files, language: language)
        let section = TornadoFixture.section(with)
        #expect(!section.isEmpty)
        #expect(with.replacingOccurrences(of: section, with: "") == without)
    }

    @Test("The same study gives byte-identical HTML", arguments: [BriefingLanguage.en, .nl])
    func tornadoDeterministic(_ language: BriefingLanguage) throws {
        #expect(try BriefingFixture.html(TornadoFixture.files, language: language) == BriefingFixture.html(TornadoFixture.files, language: language))
    }

    @Test("Hostile input names, tenant names and notes are escaped")
    func tornadoEscaping() throws {
        let section = TornadoFixture.section(try BriefingFixture.html(TornadoFixture.files))
        #expect(!section.contains("<script") && !section.contains("<b>"))
        #expect(section.contains("site.&lt;script&gt;alert(&quot;in&quot;)&lt;/script&gt;&amp;&#39;x&#39;"))
        #expect(section.contains("Wait p95: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(section.contains("must be at least 1 &lt;b&gt;"))
    }

    @Test("A malformed tornado.csv gives an error naming the file and line", arguments: [
        ("2.380000", "lots", "tornado.csv:2: column `figure_at_low`: `lots` is not a number"),
        ("0.200000", "-0.200000", "tornado.csv:3: column `swing`: `-0.200000` is negative; a swing is a distance"),
        (",0.040000,", ",0.040000", "tornado.csv:2: 9 cells, but the header has 10"),
        ("figure_at_base", "base", "tornado.csv:1: the header has no column `figure_at_base`"),
        (",126,154,2.400000", ",,154,2.400000", "tornado.csv:2: column `low_value`: `` is not a number"),
    ])
    func tornadoMalformed(_ find: String, _ replacement: String, _ message: String) throws {
        var files = TornadoFixture.files
        let text = files["tornado.csv"]!
        let range = try #require(text.range(of: find))
        files["tornado.csv"] = text.replacingCharacters(in: range, with: replacement)
        let error = #expect(throws: OutputFileError.self) { _ = try OutputResults(files: files) }
        #expect(error?.description == message)
    }
}
