import ArgumentParser
import Evaluation
import FactoryModel
import Reporting
import ScenarioFormat

/// `aifactory catalog`: print the node models a scenario can buy.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Print the built-in catalog of GPU node models, or a scenario's effective catalog.",
        discussion: "Column names are the scenario format's field names. Sources for every figure: the comments in Sources/ScenarioFormat/Resources/default-catalog.yaml."
    )

    /// How to print the catalog.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Option(name: .long, help: "Output format: table, csv or json.")
    var format: Format = .table

    @OptionGroup var csv: CSVOptions

    @Argument(help: "A scenario file: print its effective catalog (the built-in one plus its own entries).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    func run() throws {
        let catalog: Catalog
        if let scenario {
            let result = ScenarioLoader.load(path: scenario)
            for diagnostic in result.diagnostics { printError(diagnostic.description) }
            guard let loaded = result.scenario else {
                printError("\(scenario): invalid, so it has no effective catalog; fix the problems above.")
                throw ExitCode(1)
            }
            catalog = loaded.catalog
        } else {
            switch DefaultCatalog.load() {
            case .success(let loaded): catalog = loaded
            case .failure(let error):
                for diagnostic in error.diagnostics { printError(diagnostic.description) }
                throw ExitCode(1)
            }
        }
        switch format {
        case .table: print(CatalogReport.table(catalog), terminator: "")
        case .csv: print(try csv.apply([OutputFile(name: "catalog.csv", text: CatalogReport.csv(catalog))])[0].text, terminator: "")
        case .json: print(CatalogReport.json(catalog), terminator: "")
        }
    }
}
