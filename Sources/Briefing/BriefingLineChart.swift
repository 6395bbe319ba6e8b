import FactoryModel

/// A line over months: values in some unit, nil where there is no value.
struct BriefingLineSeries: Sendable {
    /// The legend label, unescaped.
    let name: String
    /// One value per month of the chart; nil leaves a gap.
    let values: [Double?]
    /// Colour, dash and marker.
    let style: BriefingSeriesStyle
    /// True to draw the line as steps (a limit that changes from a month on).
    var isStep = false
}

/// A shaded band over months, e.g. a forecast's 95 % interval.
struct BriefingBand: Sendable {
    /// The legend label, unescaped.
    let name: String
    /// The band's lower and upper edges, one value per month.
    let lower, upper: [Double]
    /// The band's colour.
    let style: BriefingSeriesStyle
}

/// A line chart over months as inline SVG: axes with units, year ticks, a legend with each
/// series' colour, dash and marker, and an optional band.
struct BriefingLineChart: Sendable {
    /// Document-unique id, used for the SVG title's id (never taken from a file).
    let id: String
    /// The chart's title, unescaped; read by screen readers.
    let title: String
    /// The months along the x axis.
    let months: [Month]
    /// The lines, drawn in order.
    let series: [BriefingLineSeries]
    /// An optional band drawn under the lines.
    var band: BriefingBand? = nil
    /// Axis titles with units, unescaped.
    let xAxisLabel, yAxisLabel: String
    /// A fixed top of the value axis (100 for percentages), or nil to fit the data.
    var fixedUpper: Double? = nil
    /// How tick labels are written.
    let numbers: BriefingNumbers
    /// The drawing's width and plot height, pixels (the SVG scales to the page).
    var width = 720.0, plotHeight = 230.0

    /// The SVG element.
    var svg: String {
        let values = series.flatMap { $0.values.compactMap { $0 } } + (band?.upper ?? []) + (band?.lower ?? [])
        let scale = BriefingAxisScale(minimum: values.min() ?? 0, maximum: values.max() ?? 0, fixedUpper: fixedUpper)
        let tickLabels = scale.ticks.map { numbers.format($0, decimals: scale.decimals) }
        let left = 30 + (tickLabels.map(BriefingSVG.textWidth).max() ?? 20), right = width - 14
        let top = 12.0, bottom = top + plotHeight
        let count = months.count
        func x(_ index: Int) -> Double { count <= 1 ? (left + right) / 2 : left + Double(index) / Double(count - 1) * (right - left) }
        func y(_ value: Double) -> Double { scale.position(value, top: top, bottom: bottom) }
        var body = ""
        // Grid lines and value ticks.
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let ty = BriefingSVG.coordinate(y(tick))
            body += "<line class=\"gridline\" x1=\"\(BriefingSVG.coordinate(left))\" y1=\"\(ty)\" x2=\"\(BriefingSVG.coordinate(right))\" y2=\"\(ty)\"/>"
            body += "<text class=\"tick\" x=\"\(BriefingSVG.coordinate(left - 6))\" y=\"\(BriefingSVG.coordinate(y(tick) + 4))\" text-anchor=\"end\">\(label)</text>"
        }
        // Month ticks: every January labelled with its year, or every few months on short horizons.
        let januaries = months.indices.filter { months[$0].month == 1 }
        let labelled: [(Int, String)] = januaries.count >= 2
            ? januaries.map { ($0, String(months[$0].year)) }
            : stride(from: 0, to: count, by: max(1, (count + 5) / 6)).map { ($0, months[$0].description) }
        for (index, label) in labelled {
            let tx = BriefingSVG.coordinate(x(index))
            body += "<line class=\"axis\" x1=\"\(tx)\" y1=\"\(BriefingSVG.coordinate(bottom))\" x2=\"\(tx)\" y2=\"\(BriefingSVG.coordinate(bottom + 5))\"/>"
            body += "<text class=\"tick\" x=\"\(tx)\" y=\"\(BriefingSVG.coordinate(bottom + 18))\" text-anchor=\"middle\">\(BriefingHTML.escape(label))</text>"
        }
        body += "<line class=\"axis\" x1=\"\(BriefingSVG.coordinate(left))\" y1=\"\(BriefingSVG.coordinate(bottom))\" x2=\"\(BriefingSVG.coordinate(right))\" y2=\"\(BriefingSVG.coordinate(bottom))\"/>"
        body += "<line class=\"axis\" x1=\"\(BriefingSVG.coordinate(left))\" y1=\"\(BriefingSVG.coordinate(top))\" x2=\"\(BriefingSVG.coordinate(left))\" y2=\"\(BriefingSVG.coordinate(bottom))\"/>"
        // Axis titles.
        let middle = (top + bottom) / 2
        body += "<text class=\"axis-label\" transform=\"translate(14 \(BriefingSVG.coordinate(middle))) rotate(-90)\" text-anchor=\"middle\">\(BriefingHTML.escape(yAxisLabel))</text>"
        body += "<text class=\"axis-label\" x=\"\(BriefingSVG.coordinate((left + right) / 2))\" y=\"\(BriefingSVG.coordinate(bottom + 36))\" text-anchor=\"middle\">\(BriefingHTML.escape(xAxisLabel))</text>"
        // The band, then the lines and their markers.
        if let band, count > 0 {
            var path = "M"
            for index in 0..<count { path += "\(index == 0 ? "" : "L")\(BriefingSVG.coordinate(x(index))) \(BriefingSVG.coordinate(y(band.upper[index])))" }
            for index in (0..<count).reversed() { path += "L\(BriefingSVG.coordinate(x(index))) \(BriefingSVG.coordinate(y(band.lower[index])))" }
            body += "<path d=\"\(path)Z\" fill=\"\(band.style.colour)\" fill-opacity=\"0.22\" stroke=\"none\"/>"
        }
        let markerEvery = max(1, count / 12)
        for (seriesIndex, line) in series.enumerated() {
            body += "<path d=\"\(linePath(line, x: x, y: y))\" fill=\"none\" stroke=\"\(line.style.colour)\" stroke-width=\"2\""
                + (line.style.dash.isEmpty ? "" : " stroke-dasharray=\"\(line.style.dash)\"") + " stroke-linejoin=\"round\"/>"
            // Markers staggered per series so that overlapping lines still show each shape.
            let offset = (seriesIndex * max(1, markerEvery / 3)) % markerEvery
            for index in stride(from: offset, to: count, by: markerEvery) {
                guard let value = line.values[index] else { continue }
                body += BriefingSVG.marker(line.style.marker, x: x(index), y: y(value), colour: line.style.colour)
            }
        }
        var entries = series.map { BriefingLegendEntry(label: $0.name, style: $0.style, sample: $0.isStep ? .step : .line) }
        if let band { entries.append(BriefingLegendEntry(label: band.name, style: band.style, sample: .band)) }
        let legend = BriefingSVG.legend(entries, left: left, top: bottom + 46, width: right - left) { _ in "" }
        let height = bottom + 46 + legend.height + 4
        return "<svg class=\"chart\" viewBox=\"0 0 \(BriefingSVG.coordinate(width)) \(BriefingSVG.coordinate(height))\" role=\"img\" aria-labelledby=\"\(id)-title\">"
            + "<title id=\"\(id)-title\">\(BriefingHTML.escape(title))</title>" + body + legend.svg + "</svg>\n"
    }

    /// The path of one line: a new subpath after each gap; steps hold the previous value until the month changes.
    private func linePath(_ line: BriefingLineSeries, x: (Int) -> Double, y: (Double) -> Double) -> String {
        var path = "", previous: Double? = nil
        for (index, value) in line.values.enumerated() {
            guard let value else { previous = nil; continue }
            if let previous {
                if line.isStep, previous != value { path += "L\(BriefingSVG.coordinate(x(index))) \(BriefingSVG.coordinate(y(previous)))" }
                path += "L"
            } else {
                path += "M"
            }
            path += "\(BriefingSVG.coordinate(x(index))) \(BriefingSVG.coordinate(y(value)))"
            previous = value
        }
        return path
    }
}
