import FacilitySimulation
import FactoryModel
import Finance
import SimulationKernel

/// One row of a table over replications (`monthly.csv`, `tenants.csv`): each figure's mean
/// over the replications, and for the figures that vary from one replication to the next the
/// 95 % Student-t interval of that mean, as `summary.json` gives its headline figures.
public struct MeanRow<Row: Sendable>: Sendable {
    /// The row whose every figure is the mean over the replications. A whole-number column
    /// (jobs, GPUs) holds the mean rounded to the nearest whole number; texts and months are
    /// the rows' own (the same in every replication).
    public var mean: Row
    /// Column name → the interval's bounds; a column is absent with a single replication, whose
    /// spread is unknown (the file leaves its bounds empty, as summary.json writes null).
    public var intervals: [String: ClosedRange<Double>]

    /// A row from its mean and intervals.
    public init(mean: Row, intervals: [String: ClosedRange<Double>] = [:]) {
        self.mean = mean
        self.intervals = intervals
    }
}

extension CSVColumns where Row: Sendable {
    /// The table over replications: these columns, each of `spread` followed by
    /// `<name>_ci95_lower` and `<name>_ci95_upper` with the column's own decimals.
    /// - Precondition: every name in `spread` is a column with a numeric value.
    public func withIntervals(_ spread: [String]) -> CSVColumns<MeanRow<Row>> {
        var lifted: [CSVColumn<MeanRow<Row>>] = []
        for column in columns {
            lifted.append(CSVColumn<MeanRow<Row>>(
                column.name, unit: column.unit, decimals: column.decimals, mayBeAbsent: column.mayBeAbsent,
                write: { column.write($0.mean) },
                read: column.read.map { read in { @Sendable row, cell in try read(&row.mean, cell) } },
                value: column.value.map { value in { @Sendable row in value(row.mean) } }))
            guard spread.contains(column.name) else { continue }
            precondition(column.value != nil, "\(column.name) has no numeric value to give an interval for")
            let name = column.name, decimals = column.decimals ?? 1
            let bounds: [(String, @Sendable (ClosedRange<Double>) -> Double)] = [("_ci95_lower", { $0.lowerBound }), ("_ci95_upper", { $0.upperBound })]
            for (suffix, bound) in bounds {
                lifted.append(CSVColumn<MeanRow<Row>>(
                    name + suffix, unit: column.unit, decimals: decimals,
                    write: { row in row.intervals[name].map { NumberText.fixed(bound($0), decimals: decimals) } ?? "" },
                    read: nil))
            }
        }
        return CSVColumns<MeanRow<Row>>(lifted)
    }

    /// The mean rows of `replications`, each a list of rows in the same order (months, or
    /// months × tenants): row i is the mean of every replication's row i. Each numeric column's
    /// mean is set through the column's own reader, as its file holds it (a whole-number
    /// column rounded to the nearest whole number); the intervals are those of `spread`, and
    /// only with two or more replications. Summed in replication order, so the result does not
    /// depend on how many cores ran them.
    /// - Precondition: `replications` is not empty and its lists have equal lengths.
    public func means(_ replications: [[Row]], spread: [String]) -> [MeanRow<Row>] {
        precondition(!replications.isEmpty && replications.allSatisfy { $0.count == replications[0].count })
        let count = replications.count
        return replications[0].indices.map { index in
            var row = MeanRow(mean: replications[0][index])
            for column in columns {
                guard let value = column.value, let read = column.read else { continue }
                let values = replications.map { value($0[index]) }
                let interval = ConfidenceInterval.mean95(of: values)
                let text = column.decimals.map { NumberText.fixed(interval.mean, decimals: $0) } ?? String(Int(interval.mean.rounded()))
                try? read(&row.mean, CSVCell(text: text, file: "", line: 0, column: column.name, dialect: .rfc4180))
                if count > 1, spread.contains(column.name) { row.intervals[column.name] = interval.lower...interval.upper }
            }
            return row
        }
    }
}

/// What the per-month and per-tenant files show for a run of several replications: the mean
/// of each figure over the replications (with intervals), and the money of that mean.
///
/// The finance model is linear in the monthly figures it reads (energy, heat reused, GPU-hours
/// delivered and installed), so the finance of the mean replication is the mean of the
/// replications' finances up to each month's rounding to the cent; and being one run of the
/// finance model, its tables add up to the cent. finance.csv and funding.csv show it.
public struct ReplicationMeans: Sendable {
    /// `monthly.csv`'s rows.
    public let monthly: [MeanRow<MonthlyFigures>]
    /// `tenants.csv`'s rows: by month, then tenant in scenario order.
    public let tenantMonths: [MeanRow<TenantMonthFigures>]
    /// `interruptions.csv`'s rows: by month, then cause.
    public let interruptions: [MeanRow<InterruptionMonth>]
    /// The mean replication: the first replication with its monthly and tenant-month figures
    /// and interruptions replaced by the means (as the files hold them).
    public let replication: ReplicationResult
    /// The money of the mean replication.
    public let finance: FinanceResult

    /// The means of `results` (replications in order) of `scenario`.
    /// - Precondition: `results` is not empty.
    public init(scenario: Scenario, results: [ReplicationResult]) {
        let monthly = SimulationReport.monthlyTable.means(results.map(\.monthly), spread: SimulationReport.monthlySpread)
        let tenantMonths = SimulationReport.tenantTable.means(results.map { Array($0.tenantMonthly.joined()) }, spread: SimulationReport.tenantSpread)
        let interruptions = SimulationReport.interruptionTable.means(results.map(\.interruptions), spread: SimulationReport.interruptionSpread)
        var mean = results[0]
        mean.monthly = monthly.map(\.mean)
        mean.interruptions = interruptions.map(\.mean)
        let tenantCount = results[0].tenantMonthly.first?.count ?? 0
        mean.tenantMonthly = tenantCount == 0 ? results[0].tenantMonthly.map { _ in [] }
            : stride(from: 0, to: tenantMonths.count, by: tenantCount).map { tenantMonths[$0..<($0 + tenantCount)].map(\.mean) }
        self.monthly = monthly
        self.tenantMonths = tenantMonths
        self.interruptions = interruptions
        replication = mean
        finance = FinanceModel.evaluate(scenario: scenario, result: mean)
    }
}
