import Foundation
import Reporting
import TestSupport
import Testing

/// The two CSV notations: the same numbers and texts, only separator, decimal mark and BOM differ.
@Suite struct CSVDialectTests {
    static let hostileNames = [
        "=cmd|' /C calc'!A0", "+31 6 1234", "-2+3", "@SUM(A1:A9)", "\tindent", "\rreturn",
        "semi;colon", "com,ma", "say \"hi\"", "line\nbreak", "Rijksoverheid – ministerie van EZ €", "3.5",
    ]

    /// A table with hostile tenant names and numbers of every shape, as `CSVWriter` writes it.
    static func hostileTable() -> String {
        var writer = CSVWriter()
        writer.appendRow(["tenant", "gpu_hours", "share", "amount_eur", "tiny"])
        for (index, name) in hostileNames.enumerated() {
            writer.appendRow([name, String(index * 1_000), "0.\(index)25000", "-\(index)234.56", "1.5e-0\(index % 9 + 1)"])
        }
        return writer.text
    }

    @Test("Both dialects read back to the same cells, numbers with their own decimal mark")
    func bothDialectsReadBackTheSame() throws {
        let rfc = Self.hostileTable()
        let nl = try CSVDialect.excelNL.convert(rfc)
        let a = try CSVTable(parsing: rfc, dialect: .rfc4180, file: "a.csv")
        let b = try CSVTable(parsing: nl, dialect: .excelNL, file: "b.csv")
        #expect(a.header == b.header)
        #expect(a.rows.count == Self.hostileNames.count)
        for (rowA, rowB) in zip(a.rows, b.rows) {
            // Text cells are never changed, except one that is itself a plain number (a tenant
            // named "3.5"), which gets the decimal comma that Dutch Excel would read it with.
            #expect(rowA[0] == (rowA[0] == "3.5" ? "3.5" : rowB[0]))
            if rowA[0] == "3.5" { #expect(rowB[0] == "3,5") }
            for column in 1..<rowA.count {
                let decimal = rowB[column].replacingOccurrences(of: ",", with: ".")
                #expect(Double(rowA[column]) == Double(decimal), "\(rowA[column]) vs \(rowB[column])")
                #expect(!rowB[column].contains("."), "excel-nl numbers use a decimal comma: \(rowB[column])")
            }
        }
    }

    @Test("Cells a spreadsheet would run as a formula are neutralised, plain negative numbers are not")
    func formulasAreNeutralised() throws {
        let table = try CSVTable(parsing: Self.hostileTable(), dialect: .rfc4180, file: "a.csv")
        for (row, name) in zip(table.rows, Self.hostileNames) {
            if let first = name.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                #expect(row[0] == "'" + name)
            } else {
                #expect(row[0] == name)
            }
            #expect(row[3].hasPrefix("-") && Double(row[3]) != nil)
        }
    }

    @Test("excel-nl starts with a byte-order mark and separates by semicolons; rfc4180 has neither")
    func byteOrderMarkAndSeparator() throws {
        let rfc = Self.hostileTable()
        let nl = try CSVDialect.excelNL.convert(rfc)
        #expect(nl.hasPrefix("\u{FEFF}tenant;gpu_hours;share;amount_eur;tiny\r\n"))
        #expect(rfc.hasPrefix("tenant,gpu_hours,"))
        #expect(try CSVDialect.rfc4180.convert(rfc) == rfc)
        // A name holding a semicolon is quoted in excel-nl, one holding a comma is not.
        #expect(nl.contains("\"semi;colon\""))
        #expect(nl.contains("\r\ncom,ma;"))
    }

    @Test("A committed simulation output reads the same in both dialects, cell by cell")
    func committedOutputsConvert() throws {
        let root = Repository.root
        for name in ["monthly.csv", "tenants.csv", "finance.csv", "funding.csv"] {
            let rfc = try String(contentsOf: root.appendingPathComponent("Reports/nl-baseline/\(name)"), encoding: .utf8)
            let a = try CSVTable(parsing: rfc, dialect: .rfc4180, file: name)
            let b = try CSVTable(parsing: try CSVDialect.excelNL.convert(rfc), dialect: .excelNL, file: name)
            #expect(a.header == b.header)
            for (rowA, rowB) in zip(a.rows, b.rows) {
                for (cellA, cellB) in zip(rowA, rowB) {
                    if let number = Double(cellA) {
                        #expect(Double(cellB.replacingOccurrences(of: ",", with: ".")) == number)
                    } else {
                        #expect(cellA == cellB)
                    }
                }
            }
        }
    }

    @Test("Broken CSV is reported with its file and line", arguments: [
        ("a,b\r\n1,2\r\n3\r\n", 3, "1 cells, but the header has 2"),
        ("a,b\r\n1,\"open\r\n", 2, "never closed"),
        ("a,b\r\n1,x\"y\r\n", 2, "quote in the middle"),
        ("a,b\r\n1,\"x\"y\r\n", 2, "after the closing quote"),
        ("", 1, "empty"),
    ])
    func brokenCSVIsReported(_ text: String, _ line: Int, _ words: String) {
        #expect {
            _ = try CSVTable(parsing: text, dialect: .rfc4180, file: "bad.csv")
        } throws: { error in
            guard let error = error as? CSVParseError else { return false }
            return error.line == line && error.description.contains(words) && error.description.hasPrefix("bad.csv:")
        }
    }

    @Test("A file written in excel-nl directly has the bytes converting its RFC 4180 text gave")
    func writingInTheDialectEqualsConverting() throws {
        var writer = CSVWriter(dialect: .excelNL)
        writer.appendRow(["tenant", "gpu_hours", "share", "amount_eur", "tiny"])
        for (index, name) in Self.hostileNames.enumerated() {
            writer.appendRow([name, String(index * 1_000), "0.\(index)25000", "-\(index)234.56", "1.5e-0\(index % 9 + 1)"])
        }
        #expect(writer.text == (try CSVDialect.excelNL.convert(Self.hostileTable())))
    }

    @Test("Blank lines are skipped and every row knows the line it starts on")
    func rowLines() throws {
        let table = try CSVTable(parsing: "a,b\r\n1,\"two\nlines\"\r\n\r\n3,4\r\n", dialect: .rfc4180, file: "a.csv")
        #expect(table.rows == [["1", "two\nlines"], ["3", "4"]])
        #expect(table.rowLines == [2, 5])
    }

    @Test("The dialect is told from the header line", arguments: [
        ("a,b\r\n1;2\r\n", CSVDialect.rfc4180), ("\u{FEFF}a;b\r\n1,5;2\r\n", .excelNL), ("a\r\n1\r\n", .rfc4180),
    ])
    func dialectIsDetected(_ text: String, _ dialect: CSVDialect) {
        #expect(CSVDialect.detected(in: text) == dialect)
    }
}
