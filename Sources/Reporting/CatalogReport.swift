import FactoryModel
import Foundation

/// The catalog as a person or a program wants to read it: an aligned table, CSV or JSON.
///
/// Column names are the scenario format's field names, so a row can be pasted back into a
/// scenario's `catalog:` list; except the two interruption columns, which sum up the model's
/// classes (`interruptions:`): the all-cause rate per GPU-year and the rate-weighted mean
/// repair time in hours.
public enum CatalogReport {
    /// The columns, in order, as the scenario format names them.
    public static let columns = [
        "id", "vendor", "gpus_per_node", "node_price_eur", "price_decline_per_year",
        "node_power_idle_kw", "node_power_peak_kw", "relative_throughput",
        "interruptions_per_gpu_year", "mean_repair_hours", "available_from", "lead_time_months",
        "requires_liquid_cooling",
    ]

    private static func cells(_ model: NodeModel) -> [String] {
        [
            model.id, model.vendor.rawValue, String(model.gpusPerNode),
            NumberText.fixed(model.nodePriceEUR, decimals: 0), NumberText.shortest(model.priceDeclinePerYear),
            NumberText.shortest(model.nodePowerIdleKW), NumberText.shortest(model.nodePowerPeakKW),
            NumberText.shortest(model.relativeThroughput), NumberText.shortest(rounded(model.annualFailureRate, decimals: 6)),
            NumberText.shortest(rounded(model.reliability.meanRepairHours, decimals: 3)), model.availableFrom.description,
            String(model.leadTimeMonths), String(model.requiresLiquidCooling),
        ]
    }

    /// RFC 4180 CSV with a header row.
    public static func csv(_ catalog: Catalog) -> String {
        var writer = CSVWriter()
        writer.appendRow(columns)
        for model in catalog.models { writer.appendRow(cells(model)) }
        return writer.text
    }

    /// A plain-text table with aligned columns, numbers right-aligned.
    public static func table(_ catalog: Catalog) -> String {
        let rows = [columns] + catalog.models.map(cells)
        let widths = columns.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let rightAligned = Set([2, 3, 4, 5, 6, 7, 8, 9, 11])
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    /// A JSON array of objects keyed by the scenario format's field names; numbers as numbers.
    public static func json(_ catalog: Catalog) -> String {
        let objects = catalog.models.map { model -> String in
            let values = [
                quoted(model.id), quoted(model.vendor.rawValue), String(model.gpusPerNode),
                NumberText.shortest(model.nodePriceEUR), NumberText.shortest(model.priceDeclinePerYear),
                NumberText.shortest(model.nodePowerIdleKW), NumberText.shortest(model.nodePowerPeakKW),
                NumberText.shortest(model.relativeThroughput), NumberText.shortest(rounded(model.annualFailureRate, decimals: 6)),
                NumberText.shortest(rounded(model.reliability.meanRepairHours, decimals: 3)), quoted(model.availableFrom.description),
                String(model.leadTimeMonths), String(model.requiresLiquidCooling),
            ]
            let fields = zip(columns, values).map { "    \(quoted($0)): \($1)" }.joined(separator: ",\n")
            return "  {\n\(fields)\n  }"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func quoted(_ text: String) -> String { JSONText.quoted(text) }

    /// `value` rounded to `decimals` decimals, for the summed columns (a sum of rates has
    /// binary noise in its last digits that would make the table unreadable).
    private static func rounded(_ value: Double, decimals: Int) -> Double {
        Double(NumberText.fixed(value, decimals: decimals)) ?? value
    }
}

/// Numbers as reports write them: locale-independent, with `.` as the decimal mark.
public enum NumberText {
    /// The shortest text that reads back as the same Double (`0.1`, `1500`, `2.5e-07`).
    public static func shortest(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Exactly `decimals` digits after the point, rounded half away from zero.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)
    }
}
