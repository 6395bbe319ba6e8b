import ArgumentParser
import Reporting

extension CSVDialect: ExpressibleByArgument {}

/// `--csv-dialect`, shared by every command that writes CSV files.
struct CSVOptions: ParsableArguments {
    @Option(name: .long, help: "CSV notation: rfc4180 (comma, decimal point, UTF-8) or excel-nl (semicolon, decimal comma, UTF-8 with BOM, for Dutch-locale Excel). The numbers are the same.")
    var csvDialect: CSVDialect = .rfc4180

    /// `files` with every `.csv` text rewritten in the chosen dialect; for tables written
    /// elsewhere as RFC 4180 (`catalog`). Output folders are written in the dialect directly.
    func apply(_ files: [(name: String, text: String)]) throws -> [(name: String, text: String)] {
        try files.map { file in
            guard file.name.hasSuffix(".csv") else { return file }
            do { return (file.name, try csvDialect.convert(file.text)) } catch {
                throw OutputError(message: "cannot write \(file.name) as \(csvDialect.rawValue): \(error)")
            }
        }
    }
}
