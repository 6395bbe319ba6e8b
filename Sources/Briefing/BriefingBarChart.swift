/// One layer of a stacked bar chart: a value per category, positive upwards, negative downwards.
struct BriefingBarStack: Sendable {
    /// The legend label, unescaped.
    let name: String
    /// One value per category, in the chart's unit.
    let values: [Double]
    /// Colour and texture.
    let style: BriefingSeriesStyle
}

/// A stacked bar chart as inline SVG: one bar per category, stacks with colour and texture,
/// an optional marker per bar (e.g. the net of the stack), axes with units and a legend.
struct BriefingBarChart: Sendable {
    /// Document-unique id, used for pattern and title ids (never taken from a file).
    let id: String
    /// The chart's title, unescaped.
    let title: String
    /// The bars' labels along the x axis, unescaped.
    let categories: [String]
    /// The stacks, bottom (nearest zero) first.
    let stacks: [BriefingBarStack]
    /// An optional marker per category, drawn over the bar.
    var marker: BriefingLineSeries? = nil
    /// Axis titles with units, unescaped.
    let xAxisLabel, yAxisLabel: String
    /// How tick labels are written.
    let numbers: BriefingNumbers
    /// The drawing's width and plot height, pixels.
    var width = 720.0, plotHeight = 230.0

    /// The SVG element.
    var svg: String {
        var positiveTotals = Array(repeating: 0.0, count: categories.count)
        var negativeTotals = positiveTotals
        for stack in stacks {
            for (index, value) in stack.values.enumerated() {
                if value >= 0 { positiveTotals[index] += value } else { negativeTotals[index] += value }
            }
        }
        let markerValues = marker?.values.compactMap { $0 } ?? []
        let scale = BriefingAxisScale(minimum: (negativeTotals + markerValues).min() ?? 0, maximum: (positiveTotals + markerValues).max() ?? 0)
        let tickLabels = scale.ticks.map { numbers.format($0, decimals: scale.decimals) }
        let left = 30 + (tickLabels.map(BriefingSVG.textWidth).max() ?? 20), right = width - 14
        let top = 12.0, bottom = top + plotHeight
        func y(_ value: Double) -> Double { scale.position(value, top: top, bottom: bottom) }
        let slot = (right - left) / Double(max(1, categories.count))
        let barWidth = min(70, slot * 0.62)
        var body = "<defs>"
        for index in stacks.indices { body += BriefingSVG.patternDefinition(id: patternID(index), style: stacks[index].style) }
        body += "</defs>"
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let ty = BriefingSVG.coordinate(y(tick))
            body += "<line class=\"\(tick == 0 ? "axis" : "gridline")\" x1=\"\(BriefingSVG.coordinate(left))\" y1=\"\(ty)\" x2=\"\(BriefingSVG.coordinate(right))\" y2=\"\(ty)\"/>"
            body += "<text class=\"tick\" x=\"\(BriefingSVG.coordinate(left - 6))\" y=\"\(BriefingSVG.coordinate(y(tick) + 4))\" text-anchor=\"end\">\(label)</text>"
        }
        body += "<line class=\"axis\" x1=\"\(BriefingSVG.coordinate(left))\" y1=\"\(BriefingSVG.coordinate(top))\" x2=\"\(BriefingSVG.coordinate(left))\" y2=\"\(BriefingSVG.coordinate(bottom))\"/>"
        // Bars: each stack segment from the running total of its sign.
        var labelRows = 1
        for (index, category) in categories.enumerated() {
            let centre = left + (Double(index) + 0.5) * slot
            var up = 0.0, down = 0.0
            for (stackIndex, stack) in stacks.enumerated() {
                let value = stack.values[index]
                guard value != 0 else { continue }
                let from = value > 0 ? up : down
                let to = from + value
                if value > 0 { up = to } else { down = to }
                let (y0, y1) = (y(max(from, to)), y(min(from, to)))
                body += "<rect x=\"\(BriefingSVG.coordinate(centre - barWidth / 2))\" y=\"\(BriefingSVG.coordinate(y0))\" width=\"\(BriefingSVG.coordinate(barWidth))\" height=\"\(BriefingSVG.coordinate(max(0.5, y1 - y0)))\" fill=\"url(#\(patternID(stackIndex)))\" stroke=\"#fff\" stroke-width=\"0.8\"/>"
            }
            // Long category names wrap onto two lines rather than overlap their neighbours.
            let words = category.split(separator: " ").map(String.init)
            var lines = [category]
            if BriefingSVG.textWidth(category) > slot - 4, words.count > 1 {
                let half = (words.count + 1) / 2
                lines = [words[..<half].joined(separator: " "), words[half...].joined(separator: " ")]
            }
            labelRows = max(labelRows, lines.count)
            for (row, line) in lines.enumerated() {
                body += "<text class=\"tick\" x=\"\(BriefingSVG.coordinate(centre))\" y=\"\(BriefingSVG.coordinate(bottom + 16 + 13 * Double(row)))\" text-anchor=\"middle\">\(BriefingHTML.escape(line))</text>"
            }
        }
        if let marker {
            for (index, value) in marker.values.enumerated() {
                guard let value else { continue }
                let centre = left + (Double(index) + 0.5) * slot
                body += "<line x1=\"\(BriefingSVG.coordinate(centre - barWidth / 2 - 4))\" y1=\"\(BriefingSVG.coordinate(y(value)))\" x2=\"\(BriefingSVG.coordinate(centre + barWidth / 2 + 4))\" y2=\"\(BriefingSVG.coordinate(y(value)))\" stroke=\"\(marker.style.colour)\" stroke-width=\"1.5\"/>"
                body += BriefingSVG.marker(marker.style.marker, x: centre, y: y(value), colour: marker.style.colour)
            }
        }
        let middle = (top + bottom) / 2
        let axisTitleY = bottom + 20 + 13 * Double(labelRows)
        body += "<text class=\"axis-label\" transform=\"translate(14 \(BriefingSVG.coordinate(middle))) rotate(-90)\" text-anchor=\"middle\">\(BriefingHTML.escape(yAxisLabel))</text>"
        body += "<text class=\"axis-label\" x=\"\(BriefingSVG.coordinate((left + right) / 2))\" y=\"\(BriefingSVG.coordinate(axisTitleY))\" text-anchor=\"middle\">\(BriefingHTML.escape(xAxisLabel))</text>"
        var entries = stacks.map { BriefingLegendEntry(label: $0.name, style: $0.style, sample: .bar) }
        if let marker { entries.append(BriefingLegendEntry(label: marker.name, style: marker.style, sample: .marker)) }
        let legend = BriefingSVG.legend(entries, left: left, top: axisTitleY + 8, width: right - left) { patternID($0) }
        let height = axisTitleY + 8 + legend.height + 4
        return "<svg class=\"chart\" viewBox=\"0 0 \(BriefingSVG.coordinate(width)) \(BriefingSVG.coordinate(height))\" role=\"img\" aria-labelledby=\"\(id)-title\">"
            + "<title id=\"\(id)-title\">\(BriefingHTML.escape(title))</title>" + body + legend.svg + "</svg>\n"
    }

    /// The id of stack `index`'s fill pattern.
    private func patternID(_ index: Int) -> String { "\(id)-fill\(index)" }
}
