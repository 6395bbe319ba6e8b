import ArgumentParser
import Evaluation
import Reporting

extension CSVDialect: ExpressibleByArgument {}

/// `--csv-dialect`, shared by every command that writes CSV files.
struct CSVOptions: ParsableArguments {
    @Option(name: .long, help: "CSV notation: rfc4180 (comma, decimal point, UTF-8) or excel-nl (semicolon, decimal comma, UTF-8 with BOM, for Dutch-locale Excel). The numbers are the same.")
    var csvDialect: CSVDialect = .rfc4180

    /// `files` with every `.csv` text rewritten in the chosen dialect; for tables written
    /// elsewhere as RFC 4180 (`catalog`). Output folders are written in the dialect directly.
    func apply(_ files: [OutputFile]) throws(OutputError) -> [OutputFile] {
        try OutputFiles.inDialect(files, csvDialect)
    }
}
