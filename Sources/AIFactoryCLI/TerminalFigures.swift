import Foundation
import Reporting

/// A headline figure as the terminal prints it: the mean with the briefing's rounding, then
/// its 95 % interval in brackets when there is one, so the terminal, summary.json and the
/// briefing tell the same story.
enum TerminalFigures {
    /// A share as a percentage with one decimal, "76.6 % (75.9–77.3)".
    static func percent(_ figure: HeadlineFigure?) -> String {
        text(figure, unit: " %") { String(format: "%.1f", 100 * $0) }
    }

    /// A number with `decimals` decimals and an optional unit.
    static func number(_ figure: HeadlineFigure?, decimals: Int, unit: String = "") -> String {
        text(figure, unit: unit) { String(format: "%.\(decimals)f", $0) }
    }

    /// Euros per GPU-hour, "€2.46 (2.44–2.48)"; "— (no GPU-hours delivered)" when undefined.
    static func perGPUHour(_ figure: HeadlineFigure?) -> String {
        guard let figure, figure.mean.isFinite else { return "— (no GPU-hours delivered)" }
        return "€" + text(figure, unit: "") { String(format: "%.2f", $0) }
    }

    /// Euros in millions with one decimal, "€255.2M (254.9–255.4)".
    static func millions(_ figure: HeadlineFigure?) -> String {
        "€" + text(figure, unit: "M") { String(format: "%.1f", $0 / 1_000_000) }
    }

    private static func text(_ figure: HeadlineFigure?, unit: String, _ format: (Double) -> String) -> String {
        guard let figure, figure.mean.isFinite else { return "—" }
        let interval = figure.interval.map { " (95 % CI \(format($0.lower))–\(format($0.upper)))" } ?? ""
        return format(figure.mean) + unit + interval
    }
}
