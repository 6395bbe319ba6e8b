import FactoryModel
import Finance
import Reporting

/// The money charts (who pays the capex, cost by year) and the plan's tables.
extension BriefingPage {
    /// Euros as millions with one decimal, grouped.
    func millions(_ euros: Double) -> String { numbers.millions(euros) }

    // MARK: Funding

    /// A stacked bar per capex category (and the total), one stack per funder.
    var fundingSection: String {
        var funders: [String] = [], categories: [String] = []
        var amounts: [String: [String: Double]] = [:]
        for row in inputs.funding {
            if !funders.contains(row.funder) { funders.append(row.funder) }
            if row.category != "total", !categories.contains(row.category) { categories.append(row.category) }
            amounts[row.funder, default: [:]][row.category, default: 0] += row.amount.euros
        }
        func amount(_ funder: String, _ category: String) -> Double { amounts[funder]?[category] ?? 0 }
        // The total bar is each funder's `total` row, or the sum of its categories when the file has none.
        func total(_ funder: String) -> Double {
            amounts[funder]?["total"] ?? categories.filter { $0 != "opex" }.reduce(0) { $0 + amount(funder, $1) }
        }
        let charted = categories.filter { category in funders.contains { amount($0, category) != 0 } }
        let stacks = funders.enumerated().map { index, funder in
            BriefingBarStack(name: funder, values: charted.map { amount(funder, $0) / 1_000_000 } + [total(funder) / 1_000_000], style: .nth(index))
        }
        let chart = BriefingBarChart(id: "chart-funding", title: labels.fundingTitle,
                                     categories: charted.map(labels.category) + [labels.total], stacks: stacks,
                                     xAxisLabel: labels.capexCategory,
                                     yAxisLabel: labels.fundingAxis, numbers: numbers)
        let grandTotal = funders.reduce(0) { $0 + total($1) }
        let columns = [labels.funder] + categories.map { "\(labels.category($0)) (\(labels.millionEUR))" }
            + ["\(labels.total) (\(labels.millionEUR))", labels.share]
        var rows = funders.map { funder -> [String] in
            [funder] + categories.map { millions(amount(funder, $0)) } + [millions(total(funder)), grandTotal > 0 ? numbers.percent(total(funder) / grandTotal) : labels.notAvailable]
        }
        rows.append([labels.total] + categories.map { category in millions(funders.reduce(0) { $0 + amount($1, category) }) }
                    + [millions(grandTotal), grandTotal > 0 ? numbers.percent(1) : labels.notAvailable])
        return chartSection(id: "funding", title: labels.fundingTitle, figure: chart.svg, caption: "",
                            table: BriefingHTML.table(caption: labels.fundingTitle, columns: columns, rows: rows, totalRowLast: true),
                            sources: ["funding.csv"], sourcePrefix: labels.source)
    }

    // MARK: Cost by year

    /// Capex and opex stacked per year, revenue below zero, and the net cost as a marker.
    var costSection: String {
        // Each amount to euros before adding, as the figures were added when read from finance.csv.
        let years = inputs.financeYears.filter { $0.year != nil }
        func capex(_ year: FinanceYear, _ category: CapexCategory) -> Double { (year.capex[category] ?? .zero).euros }
        let parts: [(String, (FinanceYear) -> Double)] = [
            (labels.capexCompute, { capex($0, .compute) }),
            (labels.capexNetworking, { capex($0, .networkingStorage) }),
            (labels.capexSite, { capex($0, .cooling) + capex($0, .building) + capex($0, .grid) }),
            (labels.opexElectricity, { $0.opexElectricity.euros }),
            (labels.opexStaff, { $0.opexStaff.euros }),
            (labels.opexMaintenanceOther, { $0.opexMaintenance.euros + $0.opexOther.euros }),
            (labels.revenue, { -($0.heatRevenue.euros + $0.tenantRevenue.euros) }),
        ]
        let stacks = parts.enumerated().map { index, part in
            BriefingBarStack(name: part.0, values: years.map { part.1($0) / 1_000_000 }, style: .nth(index == 6 ? 7 : index))
        }
        let netStyle = BriefingSeriesStyle(colour: "#000000", dash: "", marker: .diamond, pattern: .solid)
        var chart = BriefingBarChart(id: "chart-cost", title: labels.costTitle, categories: years.map { $0.year.map(String.init) ?? "" }, stacks: stacks,
                                     xAxisLabel: labels.year, yAxisLabel: labels.costAxis, numbers: numbers)
        chart.marker = BriefingLineSeries(name: labels.netCost, values: years.map { $0.netCost.euros / 1_000_000 }, style: netStyle)
        let columns = [labels.year] + parts.map(\.0) + [labels.netCost, labels.discountedNetCost]
        let withTotal = years + inputs.financeYears.filter { $0.year == nil }
        let rows = withTotal.map { year -> [String] in
            [year.year.map(String.init) ?? labels.total] + parts.map { millions($0.1(year)) }
                + [millions(year.netCost.euros), millions(year.discountedNetCost.euros)]
        }
        return chartSection(id: "cost", title: labels.costTitle, figure: chart.svg, caption: "",
                            table: BriefingHTML.table(caption: "\(labels.costTitle) (\(labels.millionEUR))", columns: columns, rows: rows,
                                                      totalRowLast: withTotal.count > years.count),
                            sources: ["finance.csv"], sourcePrefix: labels.source)
    }

    // MARK: Plan

    /// The purchases and the plan–simulate rounds of a plan folder.
    var planSection: String {
        var html = "<section id=\"plan\">\n<h2>\(BriefingHTML.escape(labels.buildOutTitle))</h2>\n"
        if !inputs.purchases.isEmpty {
            var rows = inputs.purchases.map { purchase in
                [purchase.month.description, purchase.model, purchase.vendor.rawValue, whole(Double(purchase.nodes)),
                 whole(Double(purchase.gpus)), millions(purchase.capex.euros)]
            }
            rows.append([labels.total, "", "", whole(Double(inputs.purchases.reduce(0) { $0 + $1.nodes })),
                         whole(Double(inputs.purchases.reduce(0) { $0 + $1.gpus })), millions(inputs.purchases.reduce(0) { $0 + $1.capex.euros })])
            html += BriefingHTML.table(caption: labels.buildOutTitle,
                                       columns: [labels.month, labels.model, labels.vendor, labels.nodes, labels.gpus, labels.capexEUR],
                                       rows: rows, textColumns: [0, 1, 2], totalRowLast: true)
        }
        if !inputs.rounds.isEmpty {
            let rows = inputs.rounds.map { round in
                [String(round.round), numbers.percent(round.targetUtilisation), round.status, whole(Double(round.gpus)),
                 millions(round.capex.euros), numbers.percent(round.simulatedUtilisation), tenantName(round.worstTenant),
                 round.worstP95WaitHours.map { numbers.format($0, decimals: 1) } ?? labels.notAvailable,
                 round.meetsTargets ? labels.yes : labels.no]
            }
            html += BriefingHTML.table(
                caption: labels.roundsTitle,
                columns: [labels.round, labels.targetUtilisation, labels.status, labels.gpus, labels.capexEUR,
                          "\(labels.simulatedUtilisation) (%)", labels.worstTenant, labels.waitP95Hours, labels.meetsTargets],
                rows: rows, textColumns: [0, 2, 6, 8])
        }
        let files = ["buildout.csv", "rounds.csv"].filter { name in name == "buildout.csv" ? !inputs.purchases.isEmpty : !inputs.rounds.isEmpty }
        return html + sourceLine(labels.source, files: files) + "</section>\n"
    }
}
