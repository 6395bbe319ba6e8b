import Reporting

/// A marker drawn on a line's points, so that series differ in shape as well as colour.
enum BriefingMarker: Sendable {
    case none, circle, square, triangle, diamond, cross
}

/// A fill texture laid over a bar's colour, so that stacks differ without colour vision.
enum BriefingPattern: Sendable {
    case solid, diagonal, dots, crosshatch, horizontal, vertical
}

/// How one series is drawn: colour (Okabe–Ito), dash pattern, marker and bar texture.
struct BriefingSeriesStyle: Sendable {
    /// Stroke or fill colour, `#RRGGBB`.
    let colour: String
    /// SVG `stroke-dasharray`, empty for a solid line.
    let dash: String
    /// The point marker.
    let marker: BriefingMarker
    /// The bar texture.
    let pattern: BriefingPattern

    /// The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), ordered for
    /// contrast on white: yellow last, as thin yellow lines are hard to see.
    static let okabeIto = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
    private static let dashes = ["", "7 4", "2 3", "10 3 2 3", "4 4", "1 3", "12 4", "6 2 2 2"]
    private static let markers: [BriefingMarker] = [.circle, .square, .triangle, .diamond, .cross, .none]
    private static let patterns: [BriefingPattern] = [.solid, .diagonal, .dots, .crosshatch, .horizontal, .vertical]

    /// The `index`-th style of the palette: colour, dash, marker and texture all change together.
    static func nth(_ index: Int) -> BriefingSeriesStyle {
        BriefingSeriesStyle(colour: okabeIto[index % okabeIto.count], dash: dashes[index % dashes.count],
                            marker: markers[index % markers.count], pattern: patterns[index % patterns.count])
    }
}

/// SVG geometry helpers shared by the line and bar charts.
enum BriefingSVG {
    /// A coordinate with one decimal, locale-free, so output is byte-stable.
    static func coordinate(_ value: Double) -> String { NumberText.fixed(value, decimals: 1) }

    /// The text width estimate used for layout, pixels at the charts' 11 px font: no font
    /// metrics are available when writing the file, so a conservative average glyph width.
    static func textWidth(_ text: String) -> Double { Double(text.count) * 6.4 }

    /// The marker `kind` centred on (x, y), in `colour`.
    static func marker(_ kind: BriefingMarker, x: Double, y: Double, colour: String) -> String {
        let (cx, cy) = (coordinate(x), coordinate(y))
        switch kind {
        case .none: return ""
        case .circle: return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"3.2\" fill=\"\(colour)\"/>"
        case .square: return "<rect x=\"\(coordinate(x - 3))\" y=\"\(coordinate(y - 3))\" width=\"6\" height=\"6\" fill=\"\(colour)\"/>"
        case .triangle:
            return "<path d=\"M\(cx) \(coordinate(y - 4))L\(coordinate(x + 3.8)) \(coordinate(y + 3))L\(coordinate(x - 3.8)) \(coordinate(y + 3))Z\" fill=\"\(colour)\"/>"
        case .diamond:
            return "<path d=\"M\(cx) \(coordinate(y - 4.5))L\(coordinate(x + 4.5)) \(cy)L\(cx) \(coordinate(y + 4.5))L\(coordinate(x - 4.5)) \(cy)Z\" fill=\"\(colour)\"/>"
        case .cross:
            return "<path d=\"M\(coordinate(x - 3.5)) \(coordinate(y - 3.5))L\(coordinate(x + 3.5)) \(coordinate(y + 3.5))M\(coordinate(x - 3.5)) \(coordinate(y + 3.5))L\(coordinate(x + 3.5)) \(coordinate(y - 3.5))\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
        }
    }

    /// The `<pattern>` definition for a bar texture in `colour`, with document-unique `id`.
    static func patternDefinition(id: String, style: BriefingSeriesStyle) -> String {
        let open = "<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
        let background = "<rect width=\"6\" height=\"6\" fill=\"\(style.colour)\"/>"
        let ink = "stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1.2\""
        switch style.pattern {
        case .solid: return "\(open)>\(background)</pattern>"
        case .diagonal: return "\(open) patternTransform=\"rotate(45)\">\(background)<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" \(ink)/></pattern>"
        case .dots: return "\(open)>\(background)<circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#000\" fill-opacity=\"0.5\"/></pattern>"
        case .crosshatch: return "\(open)>\(background)<path d=\"M0 3H6M3 0V6\" \(ink)/></pattern>"
        case .horizontal: return "\(open)>\(background)<line x1=\"0\" y1=\"3\" x2=\"6\" y2=\"3\" \(ink)/></pattern>"
        case .vertical: return "\(open)>\(background)<line x1=\"3\" y1=\"0\" x2=\"3\" y2=\"6\" \(ink)/></pattern>"
        }
    }
}

/// A value axis: round tick steps (1, 2 or 5 × 10ⁿ) covering the data, zero included.
struct BriefingAxisScale: Sendable {
    /// The axis' lowest and highest values, and the step between ticks.
    let lower, upper, step: Double
    /// Decimals that tick labels need for `step`.
    let decimals: Int

    /// An axis covering `minimum`…`maximum` (and zero, unless `includesZero` is false) in about
    /// `tickCount` steps; `fixedUpper` pins the top (e.g. 100 for percentages).
    init(minimum: Double, maximum: Double, fixedUpper: Double? = nil, tickCount: Int = 5, includesZero: Bool = true) {
        var low = minimum.isFinite ? minimum : 0
        var high = maximum.isFinite ? maximum : 0
        if includesZero { (low, high) = (min(0, low), max(0, high)) }
        if let fixedUpper { high = max(high, fixedUpper) }
        if high - low <= 0 { high = low + 1 }
        // The magnitude by multiplication, not log10: exact and the same on every platform.
        let raw = (high - low) / Double(tickCount)
        var magnitude = 1.0, decimals = 0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10; decimals += 1 }
        let residual = raw / magnitude
        let nice: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
        let step = nice * magnitude
        self.step = step
        self.decimals = nice == 10 ? max(0, decimals - 1) : decimals
        lower = (low / step).rounded(.down) * step
        upper = max(fixedUpper ?? -Double.infinity, (high / step).rounded(.up) * step)
    }

    /// The tick values from `lower` to `upper`.
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    /// `value`'s position between `top` (at `upper`) and `bottom` (at `lower`), pixels.
    func position(_ value: Double, top: Double, bottom: Double) -> Double {
        bottom - (value - lower) / (upper - lower) * (bottom - top)
    }
}

/// One legend entry: a label and how its sample is drawn.
struct BriefingLegendEntry: Sendable {
    /// How the entry's sample looks.
    enum Sample: Sendable { case line, step, bar, band, marker }
    /// The label, unescaped.
    let label: String
    /// The style of the series it stands for.
    let style: BriefingSeriesStyle
    /// The kind of sample drawn.
    let sample: Sample
}

extension BriefingSVG {
    /// Legend entries flowing left to right in rows from (`left`, `top`) within `width`;
    /// returns the SVG and the height used.
    static func legend(_ entries: [BriefingLegendEntry], left: Double, top: Double, width: Double, fillID: (Int) -> String) -> (svg: String, height: Double) {
        var svg = "<g class=\"legend\">"
        var x = left, y = top + 10
        for (index, entry) in entries.enumerated() {
            let entryWidth = 34 + textWidth(entry.label) + 18
            if x > left, x + entryWidth > left + width { x = left; y += 18 }
            let colour = entry.style.colour
            switch entry.sample {
            case .line, .step, .marker:
                if entry.sample != .marker {
                    let dash = entry.style.dash.isEmpty ? "" : " stroke-dasharray=\"\(entry.style.dash)\""
                    svg += "<line x1=\"\(coordinate(x))\" y1=\"\(coordinate(y))\" x2=\"\(coordinate(x + 28))\" y2=\"\(coordinate(y))\" stroke=\"\(colour)\" stroke-width=\"2.2\"\(dash)/>"
                }
                svg += marker(entry.style.marker, x: x + 14, y: y, colour: colour)
            case .bar:
                svg += "<rect x=\"\(coordinate(x + 7))\" y=\"\(coordinate(y - 7))\" width=\"14\" height=\"14\" fill=\"url(#\(fillID(index)))\" stroke=\"#333\" stroke-width=\"0.5\"/>"
            case .band:
                svg += "<rect x=\"\(coordinate(x))\" y=\"\(coordinate(y - 6))\" width=\"28\" height=\"12\" fill=\"\(colour)\" fill-opacity=\"0.22\"/>"
            }
            svg += "<text x=\"\(coordinate(x + 34))\" y=\"\(coordinate(y + 4))\">\(BriefingHTML.escape(entry.label))</text>"
            x += entryWidth
        }
        return (svg + "</g>", y - top + 12)
    }
}
