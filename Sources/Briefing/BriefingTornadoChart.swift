/// One input's row in a tornado chart: a bar, or a note when a run was invalid.
struct BriefingTornadoBar: Sendable {
    /// The input's name (its field path), unescaped; shortened in the drawing when long.
    let label: String
    /// The input's low and high values as printed, unescaped.
    let lowText, highText: String
    /// The figure with the input at its low and at its high value, in the chart's unit; nil
    /// for a note row.
    let atLow, atHigh: Double?
    /// Why the row is not drawn (an invalid run), unescaped; nil for a bar.
    let note: String?
}

/// A tornado chart as inline SVG: one horizontal bar per input, top to bottom in the given
/// order (largest swing first), each from the base case's value to the figure at the input's
/// low value (one colour and texture) and to the figure at its high value (the other), with
/// the input's values printed at the bar ends, a dashed line at the base case and a value axis.
struct BriefingTornadoChart: Sendable {
    /// Document-unique id, used for pattern and title ids (never taken from a file).
    let id: String
    /// The chart's title, unescaped.
    let title: String
    /// The rows, top first.
    let bars: [BriefingTornadoBar]
    /// The figure in the base case, in the chart's unit; nil when the base run was invalid.
    let base: Double?
    /// The text over the base line, e.g. "Base: 2.4388 €", unescaped.
    let baseText: String
    /// The value axis' title with its unit, unescaped.
    let axisLabel: String
    /// Legend labels of the low side, the high side and the base line, unescaped.
    let lowName, highName, baseName: String
    /// How tick labels are written.
    let numbers: BriefingNumbers
    /// The drawing's width, pixels.
    var width = 720.0

    /// The low side's style (Okabe–Ito blue, solid) and the high side's (vermillion, hatched).
    static let lowStyle = BriefingSeriesStyle.nth(0), highStyle = BriefingSeriesStyle.nth(1)
    /// The base line: black, dashed.
    static let baseStyle = BriefingSeriesStyle(colour: "#000000", dash: "4 3", marker: .none, pattern: .solid)
    /// Pixels per row, per bar, and the widest input label before it is shortened.
    static let rowHeight = 26.0, barHeight = 16.0, labelLimit = 240.0

    /// The SVG element.
    var svg: String {
        let c = BriefingSVG.coordinate
        let labels = bars.map { Self.shortened($0.label, toWidth: Self.labelLimit) }
        let left = 20 + (labels.map(BriefingSVG.textWidth).max() ?? 40), right = width - 14
        let top = 26.0, bottom = top + Self.rowHeight * Double(max(1, bars.count))
        let drawn = bars.filter { $0.note == nil }
        let valueWidth = drawn.flatMap { [$0.lowText, $0.highText] }.map(BriefingSVG.textWidth).max() ?? 0
        let scale = axisScale(valueWidth: valueWidth, plotWidth: right - left)
        func x(_ value: Double) -> Double {
            guard let scale else { return (left + right) / 2 }
            return left + (value - scale.lower) / (scale.upper - scale.lower) * (right - left)
        }
        var body = "<defs>" + BriefingSVG.patternDefinition(id: "\(id)-low", style: Self.lowStyle)
            + BriefingSVG.patternDefinition(id: "\(id)-high", style: Self.highStyle) + "</defs>"
        if let scale {
            for tick in scale.ticks {
                body += "<line class=\"gridline\" x1=\"\(c(x(tick)))\" y1=\"\(c(top))\" x2=\"\(c(x(tick)))\" y2=\"\(c(bottom))\"/>"
                body += "<text class=\"tick\" x=\"\(c(x(tick)))\" y=\"\(c(bottom + 15))\" text-anchor=\"middle\">\(numbers.format(tick, decimals: scale.decimals))</text>"
            }
        }
        body += "<line class=\"axis\" x1=\"\(c(left))\" y1=\"\(c(bottom))\" x2=\"\(c(right))\" y2=\"\(c(bottom))\"/>"
        for (index, bar) in bars.enumerated() {
            let rowTop = top + Self.rowHeight * Double(index)
            let textY = rowTop + Self.rowHeight / 2 + 4
            let tooltip = labels[index] == bar.label ? "" : "<title>\(BriefingHTML.escape(bar.label))</title>"
            body += "<text class=\"tick\" x=\"\(c(left - 8))\" y=\"\(c(textY))\" text-anchor=\"end\">\(tooltip)\(BriefingHTML.escape(labels[index]))</text>"
            guard bar.note == nil, let base, let atLow = bar.atLow, let atHigh = bar.atHigh else {
                let note = Self.shortened(bar.note ?? "", toWidth: right - left - 8)
                body += "<text x=\"\(c(left + 6))\" y=\"\(c(textY))\" font-style=\"italic\" fill=\"#444\">\(BriefingHTML.escape(note))</text>"
                continue
            }
            body += barSVG(base: base, low: atLow, high: atHigh, lowText: bar.lowText, highText: bar.highText,
                           barTop: rowTop + (Self.rowHeight - Self.barHeight) / 2, textY: textY, x: x)
        }
        if let base, scale != nil {
            let baseX = x(base)
            body += "<line x1=\"\(c(baseX))\" y1=\"\(c(top - 6))\" x2=\"\(c(baseX))\" y2=\"\(c(bottom))\" stroke=\"#000\" stroke-width=\"1.4\" stroke-dasharray=\"\(Self.baseStyle.dash)\"/>"
            let half = BriefingSVG.textWidth(baseText) / 2
            let textX = min(max(baseX, left + half), width - 4 - half)
            body += "<text x=\"\(c(textX))\" y=\"\(c(top - 10))\" text-anchor=\"middle\">\(BriefingHTML.escape(baseText))</text>"
        }
        let axisTitleY = bottom + 34
        body += "<text class=\"axis-label\" x=\"\(c((left + right) / 2))\" y=\"\(c(axisTitleY))\" text-anchor=\"middle\">\(BriefingHTML.escape(axisLabel))</text>"
        let entries = [BriefingLegendEntry(label: lowName, style: Self.lowStyle, sample: .bar),
                       BriefingLegendEntry(label: highName, style: Self.highStyle, sample: .bar),
                       BriefingLegendEntry(label: baseName, style: Self.baseStyle, sample: .line)]
        let legend = BriefingSVG.legend(entries, left: left, top: axisTitleY + 8, width: right - left) { $0 == 0 ? "\(id)-low" : "\(id)-high" }
        let height = axisTitleY + 8 + legend.height + 4
        return "<svg class=\"chart\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" aria-labelledby=\"\(id)-title\">"
            + "<title id=\"\(id)-title\">\(BriefingHTML.escape(title))</title>" + body + legend.svg + "</svg>\n"
    }

    /// The value axis over the base and every drawn bar end, widened so that the input values
    /// printed beyond the bar ends fit; nil when nothing is drawn. Zero is not forced in: the
    /// swings are small next to the figure.
    private func axisScale(valueWidth: Double, plotWidth: Double) -> BriefingAxisScale? {
        let values = bars.filter { $0.note == nil }.flatMap { [$0.atLow, $0.atHigh] }.compactMap { $0 } + (base.map { [$0] } ?? [])
        guard var low = values.min(), var high = values.max(), base != nil else { return nil }
        if high - low <= 0 {
            let spread = low != 0 ? abs(low) * 0.05 : 1
            (low, high) = (low - spread, high + spread)
        }
        let room = valueWidth + 8
        let pad = (high - low) * room / max(40, plotWidth - 2 * room)
        return BriefingAxisScale(minimum: low - pad, maximum: high + pad, includesZero: false)
    }

    /// One row's two segments from the base, the longer drawn first so that both show when they
    /// lie on the same side, and the input's low and high values printed at their ends.
    private func barSVG(base: Double, low: Double, high: Double, lowText: String, highText: String,
                        barTop: Double, textY: Double, x: (Double) -> Double) -> String {
        let c = BriefingSVG.coordinate
        let baseX = x(base)
        var svg = ""
        let segments = [(value: low, fill: "\(id)-low"), (value: high, fill: "\(id)-high")]
        for segment in segments.sorted(by: { abs($0.value - base) > abs($1.value - base) }) where segment.value != base {
            let end = x(segment.value)
            svg += "<rect x=\"\(c(min(baseX, end)))\" y=\"\(c(barTop))\" width=\"\(c(max(0.8, abs(end - baseX))))\" height=\"\(c(Self.barHeight))\" fill=\"url(#\(segment.fill))\" stroke=\"#333\" stroke-width=\"0.5\"/>"
        }
        // Each value goes beyond its own segment's end; when a segment has no length, or both lie
        // on one side, the value goes on the side of the base line the other one leaves free.
        var lowSide: Double = low < base ? -1 : 1, highSide: Double = high < base ? -1 : 1
        var lowAtBase = low == base, highAtBase = high == base
        if lowAtBase, highAtBase {
            (lowSide, highSide) = (-1, 1)
        } else if lowAtBase {
            lowSide = -highSide
        } else if highAtBase {
            highSide = -lowSide
        } else if lowSide == highSide {
            if abs(low - base) < abs(high - base) { lowSide = -lowSide; lowAtBase = true } else { highSide = -highSide; highAtBase = true }
        }
        for (text, value, side, atBase) in [(lowText, low, lowSide, lowAtBase), (highText, high, highSide, highAtBase)] {
            let anchorX = (atBase ? baseX : x(value)) + side * 4
            svg += "<text class=\"tick\" x=\"\(c(anchorX))\" y=\"\(c(textY))\" text-anchor=\"\(side < 0 ? "end" : "start")\">\(BriefingHTML.escape(text))</text>"
        }
        return svg
    }

    /// `text`, cut with "…" so that it fits in `width` pixels at the charts' font.
    static func shortened(_ text: String, toWidth width: Double) -> String {
        guard BriefingSVG.textWidth(text) > width else { return text }
        return String(text.prefix(max(1, Int(width / 6.4) - 1))) + "…"
    }
}
