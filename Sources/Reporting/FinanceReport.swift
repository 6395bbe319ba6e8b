import FactoryModel
import Finance

/// `finance.csv` and `funding.csv`: money in euros with two decimals (whole cents), so every
/// column adds up to its total row exactly.
public enum FinanceReport {
    /// The columns of `finance.csv`.
    public static let financeColumns = [
        "year", "capex_compute_eur", "capex_cooling_eur", "capex_building_eur", "capex_grid_eur", "capex_other_eur",
        "capex_total_eur", "eu_funding_eur", "national_funding_eur", "other_funding_eur", "opex_electricity_eur",
        "opex_staff_eur", "opex_maintenance_eur", "opex_other_eur", "heat_revenue_eur", "tenant_revenue_eur",
        "net_cost_eur", "discounted_net_cost_eur", "eu_opex_funding_eur",
    ]

    /// One row per calendar year and a `total` row. `capex_other_eur` is networking and storage;
    /// the funding columns split capex (EU + national + other = capex total), and the last
    /// column is the EU's opex co-funding.
    public static func financeCSV(_ finance: FinanceResult) -> String {
        var writer = CSVWriter()
        writer.appendRow(financeColumns)
        for year in finance.years + [finance.total] {
            let capex = { (category: CapexCategory) in (year.capex[category] ?? .zero).description }
            writer.appendRow([
                year.year.map(String.init) ?? "total", capex(.compute), capex(.cooling), capex(.building), capex(.grid),
                capex(.networkingStorage), year.capexTotal.description, year.euFunding.description,
                year.nationalFunding.description, year.otherFunding.description, year.opexElectricity.description,
                year.opexStaff.description, year.opexMaintenance.description, year.opexOther.description,
                year.heatRevenue.description, year.tenantRevenue.description, year.netCost.description,
                year.discountedNetCost.description, year.euOpexFunding.description,
            ])
        }
        return writer.text
    }

    /// The columns of `funding.csv`.
    public static let fundingColumns = ["funder", "category", "amount_eur", "share"]

    /// One row per funder and capex category (and `opex` for the EU's opex co-funding), then a
    /// `total` row per funder; `share` is the funder's part of that category (of all capex on
    /// total rows), six decimals.
    public static func fundingCSV(_ finance: FinanceResult) -> String {
        var writer = CSVWriter()
        writer.appendRow(fundingColumns)
        let funding = finance.funding
        for (index, funder) in funding.funders.enumerated() {
            for category in CapexCategory.allCases {
                let amount = funding.total(funder: index, category)
                let base = funding.schedule.total(category)
                writer.appendRow([funder, category.rawValue, amount.description, share(amount, of: base)])
            }
            if index == 0 {
                let opex = finance.euOpexFunding.reduce(.zero, +)
                writer.appendRow([funder, "opex", opex.description, share(opex, of: finance.total.opexTotal)])
            }
            let total = funding.total(funder: index)
            writer.appendRow([funder, "total", total.description, share(total, of: funding.schedule.total)])
        }
        return writer.text
    }

    private static func share(_ part: Money, of whole: Money) -> String {
        NumberText.fixed(whole.cents == 0 ? 0 : Double(part.cents) / Double(whole.cents), decimals: 6)
    }
}
