import BitExactMath

/// One GPU node model that can be bought: its price, power, speed and reliability.
///
/// A "node" is the unit a facility buys and a scheduler places jobs on: an 8-GPU HGX server,
/// or a whole NVL72 rack treated as one 72-GPU node.
public struct NodeModel: Hashable, Sendable {
    /// The identifier `build_out` and `dedicated` use, e.g. `h200-hgx`.
    public var id: String
    /// Who makes the GPUs.
    public var vendor: Vendor
    /// GPUs in one node.
    public var gpusPerNode: Int
    /// Price of one node, in euros, in the month it first becomes available.
    public var nodePriceEUR: Double
    /// Yearly fractional fall of the node price after `availableFrom` (0.15 = 15 % a year).
    public var priceDeclinePerYear: Double
    /// Electrical power of one idle node, in kW.
    public var nodePowerIdleKW: Double
    /// Electrical power of one fully busy node, in kW.
    public var nodePowerPeakKW: Double
    /// Work done per GPU-hour relative to the reference GPU (NVIDIA H100 SXM = 1.0).
    public var relativeThroughput: Double
    /// Unplanned interruptions by cause, each with its rate per GPU-year and repair time.
    public var reliability: NodeReliability
    /// The first month the model can be bought.
    public var availableFrom: Month
    /// Months from order to delivery, used by the planner.
    public var leadTimeMonths: Int
    /// True when the model is sold only with direct liquid cooling.
    public var requiresLiquidCooling: Bool

    /// Creates a node model; see the properties for units. `annualFailureRate` and
    /// `repairHours` (a fixed time) give the GPU hardware class alone, for models that state
    /// one rate; `reliability`, when given, sets every class instead.
    public init(
        id: String, vendor: Vendor, gpusPerNode: Int, nodePriceEUR: Double,
        priceDeclinePerYear: Double = 0, nodePowerIdleKW: Double, nodePowerPeakKW: Double,
        relativeThroughput: Double, annualFailureRate: Double = 0, repairHours: Double = 0,
        reliability: NodeReliability? = nil,
        availableFrom: Month, leadTimeMonths: Int = 0, requiresLiquidCooling: Bool = false
    ) {
        self.id = id
        self.vendor = vendor
        self.gpusPerNode = gpusPerNode
        self.nodePriceEUR = nodePriceEUR
        self.priceDeclinePerYear = priceDeclinePerYear
        self.nodePowerIdleKW = nodePowerIdleKW
        self.nodePowerPeakKW = nodePowerPeakKW
        self.relativeThroughput = relativeThroughput
        self.reliability = reliability ?? NodeReliability([
            .gpuHardware: FailureClass(annualRatePerGPU: annualFailureRate, repairHours: .fixed(value: repairHours)),
        ])
        self.availableFrom = availableFrom
        self.leadTimeMonths = leadTimeMonths
        self.requiresLiquidCooling = requiresLiquidCooling
    }

    /// All-cause unplanned interruptions per GPU per year (`reliability`'s summed rate).
    public var annualFailureRate: Double { reliability.annualRatePerGPU }

    /// The price of one node, in euros, when bought in `month`.
    ///
    /// The catalog price falls by `priceDeclinePerYear` compounded per whole month since
    /// `availableFrom`: price × (1 − decline)^(months / 12). Before `availableFrom` the
    /// catalog price applies.
    public func nodePriceEUR(boughtIn month: Month) -> Double {
        let monthsOnSale = max(0, month.months(since: availableFrom))
        return nodePriceEUR * ReproducibleMath.pow(1 - priceDeclinePerYear, Double(monthsOnSale) / 12)
    }
}

/// The node models a scenario can buy, in a stable order, looked up by id.
public struct Catalog: Sendable, Equatable {
    /// The models in the order they were given (default catalog first, then additions).
    public private(set) var models: [NodeModel]

    /// Creates a catalog; later models with an id already present replace the earlier one.
    public init(models: [NodeModel] = []) {
        self.models = []
        for model in models { insertOrReplace(model) }
    }

    /// The model with `id`, or nil.
    public func model(id: String) -> NodeModel? { models.first { $0.id == id } }

    /// Adds `model`, or replaces the model that has its id (keeping that model's position).
    public mutating func insertOrReplace(_ model: NodeModel) {
        if let index = models.firstIndex(where: { $0.id == model.id }) {
            models[index] = model
        } else {
            models.append(model)
        }
    }

    /// The vendors any model of the catalog comes from.
    public var vendors: Set<Vendor> { Set(models.map(\.vendor)) }
}
