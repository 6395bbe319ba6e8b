import FactoryModel
import Finance

/// `finance.csv` and `funding.csv`: money in euros with two decimals (whole cents), so every
/// column adds up to its total row exactly.
public enum FinanceReport {
    /// The columns of `finance.csv`, one row per calendar year and a `total` row (`FinanceYear`,
    /// the total's `year` nil). `capex_other_eur` is networking and storage; the funding
    /// columns split capex (EU + national + other = capex total), and the last column is the
    /// EU's opex co-funding, which older folders lack.
    public static let financeTable = CSVColumns<FinanceYear>([
        CSVColumn("year", unit: "calendar year or `total`", write: { $0.year.map(String.init) ?? "total" }, read: { row, cell in
            guard cell.text == "total" || (cell.text.count == 4 && Int(cell.text) != nil) else {
                throw cell.error("column `year`: `\(cell.text)` is neither a year nor `total`")
            }
            row.year = Int(cell.text)
        }),
        capex("capex_compute_eur", .compute),
        capex("capex_cooling_eur", .cooling),
        capex("capex_building_eur", .building),
        capex("capex_grid_eur", .grid),
        capex("capex_other_eur", .networkingStorage),
        .derived("capex_total_eur", unit: "EUR", decimals: 2) { $0.capexTotal.description },
        .euros("eu_funding_eur", \.euFunding),
        .euros("national_funding_eur", \.nationalFunding),
        .euros("other_funding_eur", \.otherFunding),
        .euros("opex_electricity_eur", \.opexElectricity),
        .euros("opex_staff_eur", \.opexStaff),
        .euros("opex_maintenance_eur", \.opexMaintenance),
        .euros("opex_other_eur", \.opexOther),
        .euros("heat_revenue_eur", \.heatRevenue),
        .euros("tenant_revenue_eur", \.tenantRevenue),
        .euros("net_cost_eur", \.netCost),
        .euros("discounted_net_cost_eur", \.discountedNetCost),
        .euros("eu_opex_funding_eur", mayBeAbsent: true, \.euOpexFunding),
    ])

    /// The capex of one category in a year.
    private static func capex(_ name: String, _ category: CapexCategory) -> CSVColumn<FinanceYear> {
        CSVColumn(name, unit: "EUR", decimals: 2, write: { ($0.capex[category] ?? .zero).description },
                  read: { $0.capex[category] = try $1.money() })
    }

    /// The columns of `finance.csv`.
    public static var financeColumns: [String] { financeTable.names }

    /// One row per calendar year and a `total` row.
    public static func financeCSV(_ finance: FinanceResult, dialect: CSVDialect = .rfc4180) -> String {
        financeTable.text(finance.years + [finance.total], dialect: dialect)
    }

    /// The columns of `funding.csv`, one row per funder and category (`FundingRow`).
    public static let fundingTable = CSVColumns<FundingRow>([
        .text("funder", \.funder),
        .text("category", \.category),
        .euros("amount_eur", \.amount),
        .number("share", unit: "share 0…1", decimals: 6, \.share),
    ])

    /// The columns of `funding.csv`.
    public static var fundingColumns: [String] { fundingTable.names }

    /// One row per funder and capex category (and `opex` for the EU's opex co-funding), then a
    /// `total` row per funder; `share` is the funder's part of that category (of all capex on
    /// total rows), six decimals.
    public static func fundingCSV(_ finance: FinanceResult, dialect: CSVDialect = .rfc4180) -> String {
        fundingTable.text(FundingRow.rows(finance), dialect: dialect)
    }
}

/// One row of `funding.csv`: what one funder pays of one capex category, of the EU's opex
/// co-funding (`opex`), or in all (`total`).
///
/// The funding split's totals by funder and category (`FundingSplit` keeps them by year too,
/// which the file does not, so the folder reader rebuilds these rows, not the split).
public struct FundingRow: Sendable, Equatable {
    /// The funder's name (`EU (EuroHPC)`, a co-funder, `National government`).
    public var funder: String
    /// The category: a `CapexCategory` raw value, `opex` or `total`.
    public var category: String
    /// What the funder pays, to the cent.
    public var amount: Money
    /// The funder's part of the category (of all capex on `total` rows), 0…1.
    public var share: Double

    /// A row from its values.
    public init(funder: String, category: String, amount: Money, share: Double) {
        self.funder = funder
        self.category = category
        self.amount = amount
        self.share = share
    }

    /// The rows of `finance`'s funding split: per funder its categories, the EU's `opex` row,
    /// then its `total`.
    public static func rows(_ finance: FinanceResult) -> [FundingRow] {
        var rows: [FundingRow] = []
        let funding = finance.funding
        for (index, funder) in funding.funders.enumerated() {
            for category in CapexCategory.allCases {
                let amount = funding.total(funder: index, category)
                rows.append(FundingRow(funder: funder, category: category.rawValue, amount: amount, share: share(amount, of: funding.schedule.total(category))))
            }
            if index == 0 {
                let opex = finance.euOpexFunding.reduce(.zero, +)
                rows.append(FundingRow(funder: funder, category: "opex", amount: opex, share: share(opex, of: finance.total.opexTotal)))
            }
            let total = funding.total(funder: index)
            rows.append(FundingRow(funder: funder, category: "total", amount: total, share: share(total, of: funding.schedule.total)))
        }
        return rows
    }

    private static func share(_ part: Money, of whole: Money) -> Double {
        whole.cents == 0 ? 0 : Double(part.cents) / Double(whole.cents)
    }
}
