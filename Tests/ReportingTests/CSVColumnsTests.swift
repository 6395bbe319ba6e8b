import FactoryModel
import Reporting
import Testing

/// The column tables every output file is written and read through.
@Suite struct CSVColumnsTests {
    @Test("Each file's column table has unique names, and every number column says its unit and decimals")
    func tablesAreWellFormed() {
        let tables: [(String, [String], [Int?], [String])] = [
            ("monthly.csv", SimulationReport.monthlyTable.names, SimulationReport.monthlyTable.columns.map(\.decimals), SimulationReport.monthlyTable.columns.map(\.unit)),
            ("tenants.csv", SimulationReport.tenantTable.names, SimulationReport.tenantTable.columns.map(\.decimals), SimulationReport.tenantTable.columns.map(\.unit)),
            ("interruptions.csv", SimulationReport.interruptionMeanTable.names, SimulationReport.interruptionMeanTable.columns.map(\.decimals), SimulationReport.interruptionMeanTable.columns.map(\.unit)),
            ("finance.csv", FinanceReport.financeTable.names, FinanceReport.financeTable.columns.map(\.decimals), FinanceReport.financeTable.columns.map(\.unit)),
            ("forecast.csv", PlanReport.forecastTable.names, PlanReport.forecastTable.columns.map(\.decimals), PlanReport.forecastTable.columns.map(\.unit)),
            ("rounds.csv", PlanReport.roundsTable.names, PlanReport.roundsTable.columns.map(\.decimals), PlanReport.roundsTable.columns.map(\.unit)),
        ]
        for (file, names, decimals, units) in tables {
            #expect(Set(names).count == names.count, "\(file) repeats a column")
            #expect(units.allSatisfy { !$0.isEmpty }, "\(file) has a column without a unit")
            for (name, places) in zip(names, decimals) where name.hasSuffix("_eur") { #expect(places == 2, "\(file): \(name)") }
        }
    }

    @Test("Funding rows with hostile names write and read back the same, in both dialects", arguments: CSVDialect.allCases)
    func fundingRoundTrip(_ dialect: CSVDialect) throws {
        let rows = [
            FundingRow(funder: "=cmd|' /C calc'!A0", category: "compute", amount: Money(cents: 123_456_789), share: 0.123457),
            FundingRow(funder: "R&D \"lab\"; Delft, NL", category: "total", amount: Money(cents: -5), share: 1),
            FundingRow(funder: "3.5", category: "opex", amount: .zero, share: 0),
        ]
        let text = FinanceReport.fundingTable.text(rows, dialect: dialect)
        let read = try FinanceReport.fundingTable.rows(in: text, file: "funding.csv", template: FundingRow(funder: "", category: "", amount: .zero, share: 0))
        #expect(read.map(\.amount) == rows.map(\.amount))
        #expect(read.map(\.share) == rows.map(\.share))
        // Neutralised as written: a formula gets a leading quote; in excel-nl a numeric name a decimal comma.
        #expect(read.map(\.funder) == ["'=cmd|' /C calc'!A0", "R&D \"lab\"; Delft, NL", dialect == .excelNL ? "3,5" : "3.5"])
        // Rounding through the columns gives exactly what the reader gets, texts included.
        #expect(rows.map { FinanceReport.fundingTable.rounded($0, dialect: dialect) } == read)
    }

    @Test("A value is rounded to its column's decimals exactly as a reader of the file gets it")
    func roundingMatchesReading() throws {
        var row = ForecastRow(month: Month(year: 2027, month: 3))
        row.demand = 1234.56789
        row.utilisation = 0.123456789
        let rounded = PlanReport.forecastTable.rounded(row)
        let read = try PlanReport.forecastTable.rows(in: PlanReport.forecastTable.text([row], dialect: .excelNL), file: "forecast.csv",
                                                     template: ForecastRow(month: Month(year: 2000, month: 1)))
        #expect(read == [rounded])
        #expect(rounded.demand == 1234.568 && rounded.utilisation == 0.123457)
    }

    @Test("A missing column, a malformed cell and a cell of the wrong kind name file, line and column", arguments: [
        ("fixed", "fix", "buildout.csv:1: the header has no column `fixed`"),
        (",yes\r\n", ",maybe\r\n", "buildout.csv:2: column `fixed`: `maybe` is neither yes nor no"),
        ("nvidia", "acme", "buildout.csv:2: column `vendor`: `acme` is not a vendor (nvidia, amd, intel)"),
        ("2027-03", "March", "buildout.csv:2: column `month`: `March` is not a month (YYYY-MM)"),
    ])
    func readingErrors(_ find: String, _ replacement: String, _ message: String) throws {
        let row = BuildOutRow(month: Month(year: 2027, month: 3), model: "h200", vendor: .nvidia, nodes: 2, gpus: 16,
                              capex: Money(cents: 100), itKW: 20, cumulativeGPUs: 16, isFixed: true)
        let text = PlanReport.buildOutTable.text([row], dialect: .rfc4180).replacingOccurrences(of: find, with: replacement)
        #expect {
            _ = try PlanReport.buildOutTable.rows(in: text, file: "buildout.csv", template: row)
        } throws: { error in
            (error as? OutputFileError)?.description == message
        }
    }
}
