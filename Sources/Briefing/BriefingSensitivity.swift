import Reporting

/// The sensitivity section (`tornado.csv` of `aifactory sensitivity`): per figure a tornado
/// chart followed by a table of its numbers.
extension BriefingPage {
    /// How a figure is shown: its readable name, the factor from the file's unit to the shown
    /// one, and the shown unit ("" when the name gives none).
    struct FigureDisplay {
        let name: String
        let factor: Double
        let unit: String

        /// `name (unit)`, or the name alone.
        var withUnit: String { unit.isEmpty ? name : "\(name) (\(unit))" }
    }

    /// The readable name and unit of `figure`, the unit read from the name's suffix: `_eur` is
    /// euros (millions from €1 M up), `utilisation` a share shown as %, `_hours` hours.
    /// - Parameter magnitude: the largest absolute value of the figure in the file.
    func figureDisplay(_ figure: String, magnitude: Double) -> FigureDisplay {
        let words = labels.sensitivity
        var name = figure
        if let known = words.figureNames[figure] {
            name = known
        } else if let dot = figure.lastIndex(of: "."), let known = words.tenantFigureNames[String(figure[figure.index(after: dot)...])] {
            name = "\(known): \(tenantName(String(figure[..<dot])))"
        }
        let key = figure.lowercased()
        let (factor, unit): (Double, String) =
            key.hasSuffix("_eur") ? (magnitude >= 1_000_000 ? (1e-6, labels.millionEUR) : (1, "€"))
            : key.contains("utilisation") ? (100, "%")
            : key.hasSuffix("_gpu_hours") ? (1, words.gpuHours)
            : key.hasSuffix("_hours") ? (1, labels.hoursUnit)
            : key.hasSuffix("_mwh") ? (1, "MWh")
            : key.hasSuffix("_mw") ? (1, "MW")
            : key.hasSuffix("_gpu_months") ? (1, labels.gpuMonths)
            : key == "carbon_t" ? (1, labels.tonnesCO2)
            : (1, "")
        return FigureDisplay(name: name, factor: factor, unit: unit)
    }

    /// A number with about `significant` significant digits and no trailing zeros, for input
    /// values as the analyst wrote them ("0.027", "3,850,000").
    func plainNumber(_ value: Double, significant: Int = 6) -> String {
        let text = numbers.format(value, decimals: max(0, min(8, significant - 1 - Self.exponent(of: value))))
        let mark: Character = numbers.language == .nl ? "," : "."
        guard text.contains(mark) else { return text }
        var trimmed = Substring(text)
        while trimmed.last == "0" { trimmed = trimmed.dropLast() }
        if trimmed.last == mark { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// The decimal exponent of `value` (0.07 → −2, 4.05 → 0, 1200 → 3); 0 for zero. By
    /// multiplication, not log10, so the same on every platform.
    static func exponent(of value: Double) -> Int {
        var magnitude = abs(value), exponent = 0
        guard magnitude.isFinite, magnitude > 0 else { return 0 }
        while magnitude >= 10 { magnitude /= 10; exponent += 1 }
        while magnitude < 1 { magnitude *= 10; exponent -= 1 }
        return exponent
    }

    /// The percentage every input was moved by, when it is the same for all ("10"); nil otherwise.
    var sensitivityPercent: String? {
        let moves = inputs.sensitivity.filter { $0.baseValue != 0 }.flatMap { row in
            [(row.highValue - row.baseValue) / abs(row.baseValue), (row.baseValue - row.lowValue) / abs(row.baseValue)]
        }
        guard let first = moves.first, first > 0, moves.allSatisfy({ abs($0 - first) <= 1e-9 * max(1, abs(first)) }) else { return nil }
        return plainNumber(100 * first, significant: 4)
    }

    // MARK: Section

    /// The Sensitivity section, or nothing when the folder has no `tornado.csv`.
    var sensitivitySection: String {
        guard !inputs.sensitivity.isEmpty else { return "" }
        let words = labels.sensitivity
        var figures: [String] = []
        var rowsByFigure: [String: [TornadoRow]] = [:]
        for row in inputs.sensitivity {
            if rowsByFigure[row.figure] == nil { figures.append(row.figure) }
            rowsByFigure[row.figure, default: []].append(row)
        }
        var intro = words.intro
        if let percent = sensitivityPercent { intro += " \(words.movedBy)\(percent)\(words.percentSuffix)." }
        var html = "<section class=\"chart-section\" id=\"sensitivity\">\n<h2>\(BriefingHTML.escape(words.title))</h2>\n"
            + "<p>\(BriefingHTML.escape(intro))</p>\n"
        for (index, figure) in figures.enumerated() {
            html += tornadoFigure(index: index, figure: figure, rows: rowsByFigure[figure] ?? [])
        }
        return html + sourceLine(words.means, files: ["tornado.csv"]) + "</section>\n"
    }

    /// One figure's tornado chart and table. Bars in order of swing, largest first (ties in file
    /// order), then the rows whose runs were invalid, as notes.
    func tornadoFigure(index: Int, figure: String, rows: [TornadoRow]) -> String {
        let words = labels.sensitivity
        let drawable = rows.enumerated().filter { $0.element.isDrawable }
            .sorted { lhs, rhs in
                let (a, b) = (Self.swing(lhs.element), Self.swing(rhs.element))
                return a != b ? a > b : lhs.offset < rhs.offset
            }
            .map(\.element)
        let ordered = drawable + rows.filter { !$0.isDrawable }
        let values = rows.flatMap { [$0.figureAtBase, $0.figureAtLow, $0.figureAtHigh] }.compactMap { $0 }
        let display = figureDisplay(figure, magnitude: values.map(abs).max() ?? 0)
        let base = rows.lazy.compactMap(\.figureAtBase).first.map { $0 * display.factor }
        let largestSwing = drawable.map { Self.swing($0) * display.factor }.max() ?? 0
        let reference = largestSwing > 0 ? largestSwing : base.map { $0 != 0 ? abs($0) / 100 : 1 } ?? 1
        let decimals = max(0, min(6, 2 - Self.exponent(of: reference)))
        func shown(_ value: Double?) -> String { value.map { numbers.format($0 * display.factor, decimals: decimals) } ?? labels.notAvailable }
        let unitSuffix = display.unit.isEmpty ? "" : " " + display.unit
        let baseText = base.map { "\(words.base): \(numbers.format($0, decimals: decimals))\(unitSuffix)" } ?? ""
        let bars = ordered.map { row in
            BriefingTornadoBar(
                label: row.input, lowText: plainNumber(row.lowValue), highText: plainNumber(row.highValue),
                atLow: row.figureAtLow.map { $0 * display.factor }, atHigh: row.figureAtHigh.map { $0 * display.factor },
                note: row.isDrawable ? nil : words.notDrawn + (row.note.isEmpty ? words.noValue : row.note))
        }
        let chart = BriefingTornadoChart(
            id: "chart-tornado-\(index)", title: "\(words.title): \(display.name)", bars: bars, base: base, baseText: baseText,
            axisLabel: display.withUnit, lowName: words.lowInput, highName: words.highInput, baseName: words.baseCase, numbers: numbers)
        var caption = base.map { "\(words.figureAtBase): \(numbers.format($0, decimals: decimals))\(unitSuffix)" } ?? ""
        caption += (caption.isEmpty ? "" : " · ") + figure
        if !drawable.isEmpty, largestSwing == 0 { caption += " · " + words.noEffect }
        let hasNotes = rows.contains { !$0.note.isEmpty }
        let unitColumn = display.unit.isEmpty ? "" : " (\(display.unit))"
        var columns = [words.figure, words.input, words.lowValue, words.highValue,
                       words.figureAtLow + unitColumn, words.figureAtHigh + unitColumn, words.swing + unitColumn]
        if hasNotes { columns.append(words.note) }
        let tableRows = ordered.map { row -> [String] in
            var cells = [display.name, row.input, plainNumber(row.lowValue), plainNumber(row.highValue),
                         shown(row.figureAtLow), shown(row.figureAtHigh), shown(row.swing)]
            if hasNotes { cells.append(row.note) }
            return cells
        }
        // Field paths are long single words: they may wrap after a dot or underscore rather than widen the page.
        let table = BriefingHTML.table(caption: display.withUnit, columns: columns, rows: tableRows,
                                       textColumns: hasNotes ? [0, 1, 7] : [0, 1], wrappingColumns: hasNotes ? [0, 1, 7] : [0, 1])
        return "<figure>\n<h3>\(BriefingHTML.escape(display.name))</h3>\n\(chart.svg)<figcaption>\(BriefingHTML.escape(caption))</figcaption>\n</figure>\n" + table
    }

    /// A drawable row's swing: as written, or |high − low| when the file leaves it empty.
    static func swing(_ row: TornadoRow) -> Double {
        row.swing ?? abs((row.figureAtHigh ?? 0) - (row.figureAtLow ?? 0))
    }
}
