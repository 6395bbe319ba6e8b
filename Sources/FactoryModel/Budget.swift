/// A category of capital expenditure, as funders and the EU eligibility rules distinguish them.
public enum CapexCategory: String, CaseIterable, Hashable, Sendable {
    /// GPU nodes at their catalog price in the purchase month.
    case compute
    /// Network fabric and storage, as a share of compute.
    case networkingStorage = "networking_storage"
    /// Cooling plant, per kW of IT load.
    case cooling
    /// Hall fit-out, per kW of IT load.
    case building
    /// The grid connection, per MW.
    case grid
}

/// A funder other than the EU and the national government: a regional fund, a university
/// consortium, a private partner.
public struct CoFunder: Hashable, Sendable {
    /// How the co-funder's contribution is set.
    public enum Contribution: Hashable, Sendable {
        /// A fixed amount in euros towards capex.
        case amountEUR(Double)
        /// A share (0–1) of the capex of the funder's categories.
        case share(Double)
    }

    /// The funder's name, as reports print it.
    public var name: String
    /// A fixed amount or a share.
    public var contribution: Contribution
    /// The capex categories the funder contributes to.
    public var categories: Set<CapexCategory>

    /// Creates a co-funder.
    public init(name: String, contribution: Contribution, categories: Set<CapexCategory> = Set(CapexCategory.allCases)) {
        self.name = name
        self.contribution = contribution
        self.categories = categories
    }
}

/// The capital envelope and who pays for it.
public struct Budget: Hashable, Sendable {
    /// The capital envelope in euros; a build-out above it is over budget.
    public var capexEUR: Double
    /// The share (0–1) of eligible capex the EU pays.
    public var euCofundingShare: Double
    /// The most the EU pays towards capex, in euros (the amount awarded), if capped.
    public var euCofundingCapEUR: Double?
    /// The capex categories the EU share applies to.
    public var euEligibleCategories: Set<CapexCategory>
    /// The share (0–1) of operating cost the EU pays.
    public var euOpexCofundingShare: Double
    /// The most the national government pays towards capex, in euros, if capped.
    public var nationalCapEUR: Double?
    /// Funders besides the EU and the national government.
    public var coFunders: [CoFunder]
    /// The real yearly discount rate for net present values (0.03 = 3 %).
    public var discountRate: Double

    /// The EU's default eligible categories: the acquisition cost of the supercomputer.
    public static let defaultEUEligibleCategories: Set<CapexCategory> = [.compute, .networkingStorage]

    /// Creates a budget; see the properties for units.
    public init(
        capexEUR: Double, euCofundingShare: Double = 0, euCofundingCapEUR: Double? = nil,
        euEligibleCategories: Set<CapexCategory> = Budget.defaultEUEligibleCategories,
        euOpexCofundingShare: Double = 0, nationalCapEUR: Double? = nil,
        coFunders: [CoFunder] = [], discountRate: Double = 0.03
    ) {
        self.capexEUR = capexEUR
        self.euCofundingShare = euCofundingShare
        self.euCofundingCapEUR = euCofundingCapEUR
        self.euEligibleCategories = euEligibleCategories
        self.euOpexCofundingShare = euOpexCofundingShare
        self.nationalCapEUR = nationalCapEUR
        self.coFunders = coFunders
        self.discountRate = discountRate
    }
}
