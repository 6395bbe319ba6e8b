/// A step in a value that changes from a given month on (grid capacity, electricity price).
public struct MonthlyStep: Hashable, Sendable {
    /// The first month the value holds.
    public var from: Month
    /// The value from that month until the next step.
    public var value: Double

    /// Creates a step.
    public init(from: Month, value: Double) {
        self.from = from
        self.value = value
    }
}

extension Array where Element == MonthlyStep {
    /// The value in force in `month`: the last step at or before it, or nil before the first.
    public func value(in month: Month) -> Double? {
        last { $0.from <= month }?.value
    }
}

/// How the hall is cooled.
public enum CoolingType: String, CaseIterable, Hashable, Sendable {
    /// Air cooling: cannot hold liquid-only models.
    case air
    /// Direct-to-chip liquid cooling.
    case directLiquid = "direct-liquid"
    /// Immersion cooling.
    case immersion

    /// True for the types that can hold models sold only with liquid cooling.
    public var isLiquid: Bool { self != .air }
}

/// The cooling plant: its type, efficiency and cost.
public struct Cooling: Hashable, Sendable {
    /// Air, direct liquid or immersion.
    public var type: CoolingType
    /// Power usage effectiveness (facility power ÷ IT power), ≥ 1.
    public var pue: Double
    /// PUE per calendar month, January first, replacing `pue` when given.
    public var monthlyPUE: [Double]?
    /// Cooling capex in euros per kW of IT load.
    public var capexEURPerKW: Double

    /// Creates a cooling description.
    public init(type: CoolingType, pue: Double, monthlyPUE: [Double]? = nil, capexEURPerKW: Double = 0) {
        self.type = type
        self.pue = pue
        self.monthlyPUE = monthlyPUE
        self.capexEURPerKW = capexEURPerKW
    }

    /// The PUE in force in `month`.
    public func pue(in month: Month) -> Double { monthlyPUE?[month.month - 1] ?? pue }
}

/// Electricity: its price over time and its carbon intensity.
public struct Electricity: Hashable, Sendable {
    /// All-in price in the horizon's first year, euros per MWh.
    public var priceEURPerMWh: Double
    /// Yearly fractional change of the price (0.02 = +2 % a year).
    public var priceEscalationPerYear: Double
    /// Prices from given months on (euros per MWh), replacing the escalated price.
    public var priceTable: [MonthlyStep]
    /// Grid carbon intensity, grams CO₂ per kWh.
    public var carbonGPerKWh: Double

    /// Creates an electricity description.
    public init(priceEURPerMWh: Double, priceEscalationPerYear: Double = 0, priceTable: [MonthlyStep] = [], carbonGPerKWh: Double) {
        self.priceEURPerMWh = priceEURPerMWh
        self.priceEscalationPerYear = priceEscalationPerYear
        self.priceTable = priceTable
        self.carbonGPerKWh = carbonGPerKWh
    }
}

/// Waste heat sold to a district-heating network.
public struct HeatReuse: Hashable, Sendable {
    /// Share (0–1) of facility energy sold as heat.
    public var fraction: Double
    /// Euros received per MWh of heat.
    public var priceEURPerMWh: Double

    /// Creates a heat-reuse description.
    public init(fraction: Double, priceEURPerMWh: Double) {
        self.fraction = fraction
        self.priceEURPerMWh = priceEURPerMWh
    }
}

/// The site: grid connection, cooling, hall, electricity and running costs.
public struct Site: Hashable, Sendable {
    /// Grid connection capacity in MW from given months on; none before the first step.
    public var gridConnectionMW: [MonthlyStep]
    /// One-off cost of each MW of grid connection, euros.
    public var gridCapexEURPerMW: Double
    /// The cooling plant.
    public var cooling: Cooling
    /// Hall fit-out cost in euros per kW of IT load.
    public var fitOutCapexEURPerKW: Double
    /// The most IT load the hall can hold, MW.
    public var maxITMW: Double
    /// Electricity price and carbon.
    public var electricity: Electricity
    /// Heat sold to district heating, if any.
    public var heatReuse: HeatReuse?
    /// Staff cost, euros per year.
    public var staffCostEURPerYear: Double
    /// Yearly maintenance as a share of installed capex.
    public var maintenanceSharePerYear: Double
    /// Software licences and vendor support, euros per installed node per year.
    public var softwareSupportEURPerNodePerYear: Double
    /// Network fabric and storage capex as a share of compute capex.
    public var networkingStorageShareOfCompute: Double
    /// Straight-line depreciation life of hardware, years.
    public var hardwareLifeYears: Double
    /// Planned maintenance windows that take nodes out of service, if any.
    public var maintenanceWindows: MaintenanceWindows?

    /// Creates a site; see the properties for units.
    public init(
        gridConnectionMW: [MonthlyStep], gridCapexEURPerMW: Double = 0, cooling: Cooling,
        fitOutCapexEURPerKW: Double = 0, maxITMW: Double, electricity: Electricity,
        heatReuse: HeatReuse? = nil, staffCostEURPerYear: Double = 0,
        maintenanceSharePerYear: Double = 0, softwareSupportEURPerNodePerYear: Double = 0,
        networkingStorageShareOfCompute: Double = 0, hardwareLifeYears: Double = 5,
        maintenanceWindows: MaintenanceWindows? = nil
    ) {
        self.gridConnectionMW = gridConnectionMW
        self.gridCapexEURPerMW = gridCapexEURPerMW
        self.cooling = cooling
        self.fitOutCapexEURPerKW = fitOutCapexEURPerKW
        self.maxITMW = maxITMW
        self.electricity = electricity
        self.heatReuse = heatReuse
        self.staffCostEURPerYear = staffCostEURPerYear
        self.maintenanceSharePerYear = maintenanceSharePerYear
        self.softwareSupportEURPerNodePerYear = softwareSupportEURPerNodePerYear
        self.networkingStorageShareOfCompute = networkingStorageShareOfCompute
        self.hardwareLifeYears = hardwareLifeYears
        self.maintenanceWindows = maintenanceWindows
    }
}
