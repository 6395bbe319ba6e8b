import FacilitySimulation
import FactoryModel
import Reporting

/// The facility charts: GPUs, demand per tenant, utilisation and power. Each is an SVG followed
/// by its numbers by year and a link to the monthly CSV it came from.
extension BriefingPage {
    /// The months along every monthly chart.
    var chartMonths: [Month] { inputs.monthly.map(\.month) }

    /// The calendar years of the horizon with the indices of their months, in order.
    var yearGroups: [(year: Int, indices: [Int])] {
        var groups: [(year: Int, indices: [Int])] = []
        for (index, month) in chartMonths.enumerated() {
            if groups.last?.year == month.year { groups[groups.count - 1].indices.append(index) } else { groups.append((month.year, [index])) }
        }
        return groups
    }

    /// A chart section: heading, figure (SVG and caption), table, and links to the source files
    /// (introduced as monthly numbers unless `sourcePrefix` says otherwise).
    func chartSection(id: String, title: String, figure: String, caption: String, table: String, sources: [String], sourcePrefix: String? = nil) -> String {
        "<section class=\"chart-section\" id=\"\(id)\">\n<h2>\(BriefingHTML.escape(title))</h2>\n"
            + "<figure>\n\(figure)" + (caption.isEmpty ? "" : "<figcaption>\(BriefingHTML.escape(caption))</figcaption>\n") + "</figure>\n"
            + table + sourceLine(sourcePrefix ?? labels.monthlyNumbers, files: sources) + "</section>\n"
    }

    /// Whole numbers with grouped thousands.
    func whole(_ value: Double) -> String { numbers.format(value, decimals: 0) }

    // MARK: GPUs

    /// Installed against powered GPUs, in all and by vendor: from `vendors.csv` (installed and
    /// powered by vendor), or in older plan folders from `buildout.csv` (installed only).
    var gpuSection: String {
        let months = chartMonths
        let perVendor = vendorSeries(months: months)
        var series = [
            BriefingLineSeries(name: labels.installedAll, values: inputs.monthly.map { Double($0.installedGPUs) }, style: .nth(0)),
            BriefingLineSeries(name: labels.powered, values: inputs.monthly.map { Double($0.poweredGPUs) }, style: .nth(1)),
        ]
        for (index, line) in perVendor.enumerated() {
            series.append(BriefingLineSeries(name: line.name, values: line.values.map(Double.init), style: .nth(2 + index)))
        }
        if inputs.monthly.contains(where: { $0.strandedGPUs > 0 }) {
            series.append(BriefingLineSeries(name: labels.stranded, values: inputs.monthly.map { Double($0.strandedGPUs) }, style: .nth(2 + perVendor.count)))
        }
        let chart = BriefingLineChart(id: "chart-gpus", title: labels.gpusTitle, months: months, series: series,
                                      xAxisLabel: labels.month, yAxisLabel: labels.gpusAxis, numbers: numbers)
        var columns = [labels.year, "\(labels.installedAll) (\(labels.yearEnd))"]
        columns += perVendor.map { "\($0.name) (\(labels.yearEnd))" }
        columns += ["\(labels.powered) (\(labels.yearEnd))", "\(labels.stranded) (\(labels.yearPeak))"]
        let rows = yearGroups.map { group -> [String] in
            let last = group.indices.last!
            var row = [String(group.year), whole(Double(inputs.monthly[last].installedGPUs))]
            row += perVendor.map { whole(Double($0.values[last])) }
            row += [whole(Double(inputs.monthly[last].poweredGPUs)), whole(Double(group.indices.map { inputs.monthly[$0].strandedGPUs }.max() ?? 0))]
            return row
        }
        let caption = !inputs.vendorMonths.isEmpty ? labels.gpusByVendorNote : perVendor.isEmpty ? labels.gpusVendorUnknown : labels.gpusNote
        let sources = !inputs.vendorMonths.isEmpty ? ["monthly.csv", "vendors.csv"] : perVendor.isEmpty ? ["monthly.csv"] : ["monthly.csv", "buildout.csv"]
        return chartSection(id: "gpus", title: labels.gpusTitle, figure: chart.svg, caption: caption,
                            table: BriefingHTML.table(caption: labels.gpusTitle, columns: columns, rows: rows), sources: sources)
    }

    /// The by-vendor lines, month by month: installed then powered for each vendor in
    /// `vendors.csv`; else installed by vendor summed from `buildout.csv`; else none.
    private func vendorSeries(months: [Month]) -> [(name: String, values: [Int])] {
        if !inputs.vendorMonths.isEmpty {
            var vendors: [String] = []
            for row in inputs.vendorMonths where !vendors.contains(row.vendor.rawValue) { vendors.append(row.vendor.rawValue) }
            var installed = [String: [Month: Int]](), powered = [String: [Month: Int]]()
            for row in inputs.vendorMonths {
                installed[row.vendor.rawValue, default: [:]][row.month] = row.installedGPUs
                powered[row.vendor.rawValue, default: [:]][row.month] = row.poweredGPUs
            }
            return vendors.flatMap { vendor in [
                (labels.installed(vendor: vendor), months.map { installed[vendor]?[$0] ?? 0 }),
                (labels.powered(vendor: vendor), months.map { powered[vendor]?[$0] ?? 0 }),
            ] }
        }
        // By the vendors' names, as older briefings drew them.
        let vendors = Array(Set(inputs.purchases.map(\.vendor.rawValue))).sorted()
        return vendors.map { vendor in
            (labels.installed(vendor: vendor), months.map { month in
                inputs.purchases.filter { $0.vendor.rawValue == vendor && $0.month <= month }.reduce(0) { $0 + $1.gpus }
            })
        }
    }

    // MARK: Demand and delivery

    /// One small chart per tenant: demand against delivered reference-GPU-hours by month.
    var demandSection: String {
        let months = chartMonths
        var byTenant: [String: [Month: TenantMonthFigures]] = [:]
        for row in inputs.tenantMonths { byTenant[row.tenant, default: [:]][row.month] = row }
        var panels = ""
        var rows: [[String]] = []
        for (index, tenant) in inputs.tenants.enumerated() {
            let rowsByMonth = byTenant[tenant] ?? [:]
            let demand = months.map { rowsByMonth[$0]?.demandReferenceGPUHours }
            let delivered = months.map { rowsByMonth[$0]?.deliveredReferenceGPUHours }
            let chart = BriefingLineChart(
                id: "chart-demand-\(index)", title: "\(labels.demandTitle): \(tenantName(tenant))", months: months,
                series: [BriefingLineSeries(name: labels.demand, values: demand, style: .nth(1)),
                         BriefingLineSeries(name: labels.delivered, values: delivered, style: .nth(0))],
                xAxisLabel: labels.month, yAxisLabel: labels.demandAxisShort, numbers: numbers, width: 440, plotHeight: 180)
            panels += "<figure>\n<h3>\(BriefingHTML.escape(tenantName(tenant)))</h3>\n\(chart.svg)</figure>\n"
            let submitted = months.map { rowsByMonth[$0]?.submittedReferenceGPUHours }
            let served = months.map { rowsByMonth[$0]?.servedReferenceGPUHours }
            for group in yearGroups {
                func sum(_ values: [Double?]) -> Double { group.indices.reduce(0.0) { $0 + (values[$1] ?? 0) } }
                let submittedSum = sum(submitted)
                // Served ÷ submitted, both for the jobs submitted in the year: never above 100 %.
                rows.append([tenantName(tenant), String(group.year), whole(sum(demand)), whole(submittedSum), whole(sum(delivered)),
                             submittedSum > 0 ? numbers.percent(sum(served) / submittedSum) : labels.notAvailable])
            }
        }
        let columns = [labels.tenant, labels.year, "\(labels.expectedDemandRefHours), \(labels.yearSum)",
                       "\(labels.submittedRefHours), \(labels.yearSum)", "\(labels.deliveredRefHours), \(labels.yearSum)", labels.served]
        let table = BriefingHTML.table(caption: labels.demandTitle, columns: columns, rows: rows, textColumns: [0, 1])
        return "<section class=\"chart-section\" id=\"demand\">\n<h2>\(BriefingHTML.escape(labels.demandTitle))</h2>\n"
            + "<div class=\"panels\">\n\(panels)</div>\n<p class=\"caption\">\(BriefingHTML.escape(labels.demandAxis))</p>\n" + table + sourceLine(labels.monthlyNumbers, files: ["tenants.csv"]) + "</section>\n"
    }

    // MARK: Utilisation

    /// Simulated utilisation by month, with the plan's forecast and its 95 % band when present.
    var utilisationSection: String {
        let months = chartMonths
        var forecastByMonth: [Month: ForecastRow] = [:]
        for row in inputs.forecast { forecastByMonth[row.month] = row }
        let hasForecast = !inputs.forecast.isEmpty
        // Over installed GPUs (the headline), then over powered GPUs: the gap between the two
        // lines is the share of the installed hardware the grid leaves dark.
        var series = [BriefingLineSeries(name: labels.utilisationOfInstalled, values: inputs.monthly.map { 100 * $0.utilisationInstalled }, style: .nth(0)),
                      BriefingLineSeries(name: "\(labels.simulatedUtilisation), \(labels.ofPoweredGPUs)", values: inputs.monthly.map { 100 * $0.utilisation }, style: .nth(2))]
        var band: BriefingBand? = nil
        if hasForecast {
            series.append(BriefingLineSeries(name: labels.forecastUtilisation, values: months.map { forecastByMonth[$0].map { 100 * $0.utilisation } }, style: .nth(1)))
            band = BriefingBand(name: labels.forecastBand,
                                lower: months.map { 100 * (forecastByMonth[$0]?.utilisationLow95 ?? 0) },
                                upper: months.map { 100 * (forecastByMonth[$0]?.utilisationHigh95 ?? 0) }, style: .nth(1))
        }
        var chart = BriefingLineChart(id: "chart-utilisation", title: labels.utilisationTitle, months: months, series: series,
                                      xAxisLabel: labels.month, yAxisLabel: labels.utilisationAxis, fixedUpper: 100, numbers: numbers)
        chart.band = band
        var columns = [labels.year, "\(labels.utilisationOfInstalled) (%)", "\(labels.simulatedUtilisation), \(labels.ofPoweredGPUs) (%)"]
        if hasForecast {
            columns += ["\(labels.forecastUtilisation), \(labels.yearMean) (%)", "\(labels.forecastLow), \(labels.yearMean) (%)",
                        "\(labels.forecastHigh), \(labels.yearMean) (%)"]
        }
        let rows = yearGroups.map { group -> [String] in
            let installed = group.indices.reduce(0.0) { $0 + inputs.monthly[$1].installedGPUHours }
            let available = group.indices.reduce(0.0) { $0 + inputs.monthly[$1].availableGPUHours }
            let busy = group.indices.reduce(0.0) { $0 + inputs.monthly[$1].busyGPUHours }
            var row = [String(group.year), installed > 0 ? numbers.percent(busy / installed) : labels.notAvailable,
                       available > 0 ? numbers.percent(busy / available) : labels.notAvailable]
            if hasForecast {
                let rows = group.indices.compactMap { forecastByMonth[months[$0]] }
                func mean(_ path: KeyPath<ForecastRow, Double>) -> String {
                    rows.isEmpty ? labels.notAvailable : numbers.percent(rows.reduce(0) { $0 + $1[keyPath: path] } / Double(rows.count))
                }
                row += [mean(\.utilisation), mean(\.utilisationLow95), mean(\.utilisationHigh95)]
            }
            return row
        }
        return chartSection(id: "utilisation", title: labels.utilisationTitle, figure: chart.svg,
                            caption: hasForecast ? "" : labels.utilisationNoForecast,
                            table: BriefingHTML.table(caption: labels.utilisationTitle, columns: columns, rows: rows),
                            sources: hasForecast ? ["monthly.csv", "forecast.csv"] : ["monthly.csv"])
    }

    // MARK: Power

    /// The month's peak facility power against the grid connection, when the caller gave it.
    var powerSection: String {
        let months = chartMonths
        let grid = gridConnectionMW
        var series = [BriefingLineSeries(name: labels.peakFacilityPower, values: inputs.monthly.map(\.peakFacilityMW), style: .nth(0))]
        if !grid.isEmpty {
            series.append(BriefingLineSeries(name: labels.gridLimit, values: months.map { grid.value(in: $0) }, style: .nth(1), isStep: true))
        }
        let chart = BriefingLineChart(id: "chart-power", title: labels.powerTitle, months: months, series: series,
                                      xAxisLabel: labels.month, yAxisLabel: labels.powerAxis, numbers: numbers)
        var columns = [labels.year, "\(labels.peakFacilityPower), \(labels.yearPeak) (MW)"]
        if !grid.isEmpty { columns.append("\(labels.gridLimit), \(labels.yearEnd) (MW)") }
        let rows = yearGroups.map { group -> [String] in
            var row = [String(group.year), numbers.format(group.indices.map { inputs.monthly[$0].peakFacilityMW }.max() ?? 0, decimals: 2)]
            if !grid.isEmpty { row.append(grid.value(in: months[group.indices.last!]).map { numbers.format($0, decimals: 2) } ?? labels.notAvailable) }
            return row
        }
        return chartSection(id: "power", title: labels.powerTitle, figure: chart.svg, caption: grid.isEmpty ? labels.gridUnknown : "",
                            table: BriefingHTML.table(caption: labels.powerTitle, columns: columns, rows: rows), sources: ["monthly.csv"])
    }
}
