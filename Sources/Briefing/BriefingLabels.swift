/// The language of a briefing: every heading, label, unit and number in it follows this choice.
public enum BriefingLanguage: String, CaseIterable, Sendable {
    /// English: `1,234.5`.
    case en
    /// Dutch: `1.234,5`.
    case nl
}

/// Every word a briefing prints, in one language. Names that come from the files (tenants,
/// funders, vendors) are printed as written there, escaped.
///
/// Kept as one value per language so that a missing translation is a compile error, not an
/// English word in a Dutch report.
struct BriefingLabels: Sendable {
    let language: BriefingLanguage
    let htmlLanguage: String
    let titlePrefix: String
    let simulationKind: String
    let planKind: String
    let scenario: String
    let horizon: String
    let replications: String
    let seed: String
    let scheduler: String
    let keyFigures: String
    let capex: String
    let paidByEU: String
    let paidByNation: String
    let paidByOthers: String
    let euOpexFunding: String
    let budgetHeadroom: String
    let costPerGPUHour: String
    let costPerReferenceGPUHour: String
    let meanUtilisation: String
    let facilityEnergy: String
    let carbon: String
    let peakPower: String
    let heatReused: String
    let strandedGPUs: String
    let gpuMonths: String
    let mostInOneMonth: String
    let npvCost: String
    let tco: String
    let confidenceInterval: String
    let notAvailable: String
    let ofCapex: String
    let tenantsHeading: String
    let tenant: String
    let demandRefHours: String
    let deliveredRefHours: String
    let served: String
    let waitP95Hours: String
    let subsidy: String
    let month: String
    let year: String
    let total: String
    let gpusTitle: String
    let gpusAxis: String
    let installedAll: String
    let installedVendorPrefix: String
    let poweredVendorPrefix: String
    let powered: String
    let stranded: String
    let gpusNote: String
    let gpusVendorUnknown: String
    let gpusByVendorNote: String
    let demandTitle: String
    let demandAxis: String
    let demandAxisShort: String
    let demand: String
    let delivered: String
    let utilisationTitle: String
    let utilisationAxis: String
    let simulatedUtilisation: String
    let forecastUtilisation: String
    let forecastBand: String
    let forecastLow: String
    let forecastHigh: String
    let utilisationNoForecast: String
    let powerTitle: String
    let powerAxis: String
    let peakFacilityPower: String
    let gridLimit: String
    let gridUnknown: String
    let fundingTitle: String
    let capexCategory: String
    let fundingAxis: String
    let funder: String
    let share: String
    let costTitle: String
    let costAxis: String
    let capexCompute: String
    let capexNetworking: String
    let capexSite: String
    let opexElectricity: String
    let opexStaff: String
    let opexMaintenanceOther: String
    let revenue: String
    let netCost: String
    let discountedNetCost: String
    let buildOutTitle: String
    let model: String
    let vendor: String
    let nodes: String
    let gpus: String
    let capexEUR: String
    let roundsTitle: String
    let round: String
    let targetUtilisation: String
    let status: String
    let worstTenant: String
    let meetsTargets: String
    let yes: String
    let no: String
    let yearEnd: String
    let yearMean: String
    let yearPeak: String
    let yearSum: String
    let monthlyNumbers: String
    let source: String
    let chartsNote: String
    let millionEUR: String
    let hoursUnit: String
    let gwh: String
    let tonnesCO2: String
    let eurPerHour: String
    /// Readable names of the capex categories of `funding.csv`; other words are printed as written.
    let categories: [String: String]
    /// Key figures and tenant table of issue 14: utilisation bases, stranded capital, the
    /// installed-hour cost, and submitted, served and abandoned work.
    let costPerInstalledGPUHour: String
    let utilisationOfInstalled: String
    let ofPoweredGPUs: String
    let ofGPUsUp: String
    let ofDepreciation: String
    let expectedDemandRefHours: String
    let submittedRefHours: String
    let abandonedRefHours: String
    let jobsGaveUp: String

    /// The labels for `language`.
    static func of(_ language: BriefingLanguage) -> BriefingLabels {
        switch language {
        case .en: english
        case .nl: dutch
        }
    }

    /// The readable name of a funding category, or the file's word when it is not a known one.
    func category(_ word: String) -> String { categories[word] ?? word }

    /// "Installed: nvidia" in this language.
    func installed(vendor: String) -> String { installedVendorPrefix + vendor }

    /// "Powered: nvidia" in this language.
    func powered(vendor: String) -> String { poweredVendorPrefix + vendor }
}
