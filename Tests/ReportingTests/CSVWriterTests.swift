import FactoryModel
import Testing
@testable import Reporting

@Suite("CSV per RFC 4180, safe in a spreadsheet")
struct CSVWriterTests {
    @Test("Cells are quoted only when they hold a separator, a quote or a line break", arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
    ])
    func quoting(_ cell: String, _ written: String) {
        #expect(CSVWriter.escape(cell) == written)
    }

    @Test("A cell a spreadsheet would run as a formula is neutralised; a negative number is not", arguments: [
        ("=1+1", "'=1+1"), ("+31 20 123", "'+31 20 123"), ("@SUM(A1)", "'@SUM(A1)"), ("-cmd", "'-cmd"),
        ("\tx", "'\tx"), ("-3.5", "-3.5"), ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
        // Swift's Double(_:) reads these as numbers; the writer's own grammar does not.
        ("-nan(cmd)", "'-nan(cmd)"), ("+inf", "'+inf"), ("-infinity", "'-infinity"), ("-0x1p3", "'-0x1p3"), ("+1x", "'+1x"),
        // Plain numbers in every form the writer writes stay numbers.
        ("-1e-5", "-1e-5"), ("+2.5E+3", "+2.5E+3"), ("-.5", "-.5"), ("-7.", "-7."),
    ])
    func formulaInjection(_ cell: String, _ written: String) {
        #expect(CSVWriter.escape(cell) == written)
    }

    @Test("Rows end with CRLF")
    func rowEnds() {
        var writer = CSVWriter()
        writer.appendRow(["a", "b"])
        writer.appendRow(["1", "2"])
        #expect(writer.text == "a,b\r\n1,2\r\n")
    }
}

@Suite("The catalog report")
struct CatalogReportTests {
    static let catalog = Catalog(models: [
        NodeModel(id: "h100-hgx", vendor: .nvidia, gpusPerNode: 8, nodePriceEUR: 250_000, priceDeclinePerYear: 0.15,
                  nodePowerIdleKW: 3, nodePowerPeakKW: 10.2, relativeThroughput: 1, annualFailureRate: 0.06,
                  repairHours: 48, availableFrom: Month(year: 2023, month: 3), leadTimeMonths: 3),
    ])

    @Test("CSV has the scenario format's field names as its header and one row per model")
    func csv() {
        let lines = CatalogReport.csv(Self.catalog).split(separator: "\r\n").map(String.init)
        #expect(lines.first == CatalogReport.columns.joined(separator: ","))
        #expect(lines.dropFirst().first == "h100-hgx,nvidia,8,250000,0.15,3,10.2,1,0.06,48,2023-03,3,false")
    }

    @Test("JSON keys are the field names and numbers stay numbers")
    func json() {
        let json = CatalogReport.json(Self.catalog)
        #expect(json.contains("\"node_power_peak_kw\": 10.2"))
        #expect(json.contains("\"available_from\": \"2023-03\""))
        #expect(json.contains("\"requires_liquid_cooling\": false"))
    }

    @Test("The table aligns every column")
    func table() {
        let lines = CatalogReport.table(Self.catalog).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("id        vendor"))
    }
}
