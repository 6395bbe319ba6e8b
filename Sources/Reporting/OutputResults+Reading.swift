import FacilitySimulation
import FactoryModel
import Finance

extension OutputResults {
    /// The files every folder must hold.
    public static let requiredFiles = ["monthly.csv", "tenants.csv", "finance.csv", "funding.csv", "summary.json"]
    /// The files read when present: `vendors.csv` (older folders lack it), a plan folder's, and
    /// `tornado.csv` of `aifactory sensitivity`.
    public static let optionalFiles = ["vendors.csv", "buildout.csv", "forecast.csv", "rounds.csv", "tornado.csv"]

    /// Reads an output folder's files, given as name → text (the caller reads the disk), each
    /// CSV file in either dialect, through the column tables its writer uses.
    ///
    /// - Parameter files: the texts of `requiredFiles` and any of `optionalFiles`.
    /// - Throws: `OutputFileError` naming the file and line of the first problem.
    public init(files: [String: String]) throws {
        for name in Self.requiredFiles where files[name] == nil {
            throw OutputFileError(file: name, line: nil, message: "missing from the folder; it is written by aifactory simulate and aifactory plan")
        }
        func read<Row>(_ name: String, _ table: CSVColumns<Row>, _ template: Row, check: (Row, Int) throws -> Void = { _, _ in }) throws -> [Row] {
            guard let text = files[name] else { return [] }
            return try table.rows(in: text, file: name, template: template, check: check)
        }
        let anyMonth = Month(year: 2000, month: 1)
        var previous: Month? = nil
        let monthly = try read("monthly.csv", SimulationReport.monthlyTable, MonthlyFigures(month: anyMonth)) { row, line in
            if let previous, row.month <= previous {
                throw OutputFileError(file: "monthly.csv", line: line, message: "month \(row.month) does not follow \(previous); months must increase")
            }
            previous = row.month
        }
        guard !monthly.isEmpty else { throw OutputFileError(file: "monthly.csv", line: 2, message: "no months: the file has only its header") }
        self.init(
            monthly: monthly,
            vendorMonths: try read("vendors.csv", SimulationReport.vendorTable,
                                   VendorMonth(month: anyMonth, vendor: .nvidia, installedGPUs: 0, poweredGPUs: 0)),
            tenantMonths: try read("tenants.csv", SimulationReport.tenantTable, TenantMonthFigures(month: anyMonth, tenant: "")),
            financeYears: try read("finance.csv", FinanceReport.financeTable, FinanceYear(year: nil)),
            funding: try read("funding.csv", FinanceReport.fundingTable, FundingRow(funder: "", category: "", amount: .zero, share: 0)),
            summary: try SummaryFigures(json: files["summary.json"]!),
            purchases: try read("buildout.csv", PlanReport.buildOutTable,
                                BuildOutRow(month: anyMonth, model: "", vendor: .nvidia, nodes: 0, gpus: 0, capex: .zero, itKW: 0, cumulativeGPUs: 0, isFixed: false)),
            forecast: try read("forecast.csv", PlanReport.forecastTable, ForecastRow(month: anyMonth)),
            rounds: try read("rounds.csv", PlanReport.roundsTable, RoundRow()),
            sensitivity: try files["tornado.csv"].map { try TornadoRow.rows(in: $0) } ?? [])
    }
}
