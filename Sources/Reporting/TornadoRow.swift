/// One row of `tornado.csv` (`aifactory sensitivity`): one headline figure's values with one
/// input moved down and up, the other inputs at the scenario's values.
public struct TornadoRow: Sendable, Equatable {
    /// The headline figure (`cost_per_gpu_hour_eur`, `research.wait_p95_hours`).
    public var figure = ""
    /// The input's field path (`site.electricity.price_eur_per_mwh`).
    public var input = ""
    /// The input's value in the scenario and the two values tried, in the input's unit.
    public var baseValue = 0.0, lowValue = 0.0, highValue = 0.0
    /// The figure with the input at its base, low and high value (mean over the replications);
    /// nil where that run was invalid or the figure undefined.
    public var figureAtBase: Double?, figureAtLow: Double?, figureAtHigh: Double?
    /// |figure at high − figure at low|; nil when either run was invalid.
    public var swing: Double?
    /// Why a run was invalid; empty when both ran.
    public var note = ""

    /// A row with every figure zero or absent.
    public init() {}

    /// True when the row can be drawn as a bar: both runs and the base gave the figure.
    public var isDrawable: Bool { figureAtBase != nil && figureAtLow != nil && figureAtHigh != nil }

    /// The columns of `tornado.csv`. The study writes the input values as the analyst would
    /// (`NumberText.shortest`, or as given), the figures with six decimals.
    public static let table = CSVColumns<TornadoRow>([
        named("figure", \.figure),
        named("input", \.input),
        CSVColumn("base_value", unit: "the input's unit", write: { NumberText.shortest($0.baseValue) }, read: { $0.baseValue = try $1.number() }),
        CSVColumn("low_value", unit: "the input's unit", write: { NumberText.shortest($0.lowValue) }, read: { $0.lowValue = try $1.number() }),
        CSVColumn("high_value", unit: "the input's unit", write: { NumberText.shortest($0.highValue) }, read: { $0.highValue = try $1.number() }),
        .optionalNumber("figure_at_base", unit: "the figure's unit", decimals: 6, \.figureAtBase),
        .optionalNumber("figure_at_low", unit: "the figure's unit", decimals: 6, \.figureAtLow),
        .optionalNumber("figure_at_high", unit: "the figure's unit", decimals: 6, \.figureAtHigh),
        CSVColumn("swing", unit: "the figure's unit", decimals: 6, write: { $0.swing.map { NumberText.fixed($0, decimals: 6) } ?? "" }, read: { row, cell in
            row.swing = try cell.optionalNumber()
            if let swing = row.swing, swing < 0 { throw cell.error("column `swing`: `\(cell.text)` is negative; a swing is a distance") }
        }),
        .text("note", \.note),
    ])

    /// A text column that may not be empty.
    private static func named(_ name: String, _ path: WritableKeyPath<TornadoRow, String> & Sendable) -> CSVColumn<TornadoRow> {
        CSVColumn(name, unit: "text", write: { $0[keyPath: path] }, read: { row, cell in
            guard !cell.text.isEmpty else { throw cell.error("column `\(name)` is empty") }
            row[keyPath: path] = cell.text
        })
    }

    /// The rows of a `tornado.csv` text, checked: figure and input named, swings not negative.
    /// - Throws: `OutputFileError` naming `file` and the line.
    public static func rows(in text: String, file: String = "tornado.csv") throws -> [TornadoRow] {
        try table.rows(in: text, file: file, template: TornadoRow())
    }
}
