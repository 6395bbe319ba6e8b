/// What takes a node out of service and kills the jobs on it.
///
/// The four unplanned classes are those into which Meta's Llama 3 training run sorted its 419
/// unexpected interruptions (FACTS §2): GPU hardware (the GPU, its memory, its system
/// processor, its thermals, silent data corruption), other hardware (host, disks, power
/// supplies, CPUs, host memory), network (switches, cables, network cards) and software
/// (bugs, communication-library time-outs, dependencies). `maintenance` is planned work
/// (`Site.maintenanceWindows`).
public enum InterruptionCause: Int, CaseIterable, Sendable, Hashable, Comparable {
    /// The GPU, its HBM or SRAM, its system processor, thermal faults, silent data corruption.
    case gpuHardware
    /// Host hardware besides the GPUs: the server, disks, power supplies, CPUs, memory.
    case otherHardware
    /// The network: switches, cables, network cards.
    case network
    /// Software: bugs, communication-library watchdog time-outs, dependencies.
    case software
    /// Planned maintenance windows.
    case maintenance

    /// The unplanned classes, in the order a catalog entry lists them.
    public static let unplanned: [InterruptionCause] = [.gpuHardware, .otherHardware, .network, .software]

    /// The word used in scenario files and reports (`gpu_hardware`, …, `maintenance`).
    public var reportName: String {
        switch self {
        case .gpuHardware: return "gpu_hardware"
        case .otherHardware: return "other_hardware"
        case .network: return "network"
        case .software: return "software"
        case .maintenance: return "maintenance"
        }
    }

    /// The cause whose `reportName` is `name`, or nil.
    public init?(reportName name: String) {
        guard let cause = Self.allCases.first(where: { $0.reportName == name }) else { return nil }
        self = cause
    }

    /// Causes in declaration order.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One class of unplanned interruption of a node model: how often it strikes and how long the
/// node is then out of service.
public struct FailureClass: Hashable, Sendable {
    /// Interruptions per GPU per year: a node of g GPUs is struck g × this often.
    public var annualRatePerGPU: Double
    /// Hours the node is out of service after one interruption, drawn per interruption.
    public var repairHours: Distribution

    /// A class with its rate (per GPU per year) and repair time (hours).
    public init(annualRatePerGPU: Double, repairHours: Distribution) {
        self.annualRatePerGPU = annualRatePerGPU
        self.repairHours = repairHours
    }

    /// A class that never strikes.
    public static let none = FailureClass(annualRatePerGPU: 0, repairHours: .fixed(value: 0))
}

/// A node model's unplanned interruptions, one `FailureClass` per cause.
///
/// The classes are independent Poisson processes per node, so together they are one Poisson
/// process of the summed rate whose every event belongs to class c with probability
/// rate_c ÷ Σ rate: that is how the simulator draws them.
public struct NodeReliability: Hashable, Sendable {
    /// The classes in `InterruptionCause.unplanned` order.
    public private(set) var classes: [FailureClass]

    /// Reliability from one class per unplanned cause (a cause not given never strikes).
    public init(_ classes: [InterruptionCause: FailureClass] = [:]) {
        self.classes = InterruptionCause.unplanned.map { classes[$0] ?? .none }
    }

    /// The class of `cause`; planned maintenance is not a class of the node and never strikes.
    public subscript(cause: InterruptionCause) -> FailureClass {
        get { cause == .maintenance ? .none : classes[cause.rawValue] }
        set {
            precondition(cause != .maintenance, "maintenance is a site's window, not a node model's failure class")
            classes[cause.rawValue] = newValue
        }
    }

    /// All-cause unplanned interruptions per GPU per year.
    public var annualRatePerGPU: Double { classes.reduce(0) { $0 + $1.annualRatePerGPU } }

    /// Expected hours out of service per GPU per year: Σ rate × mean repair time.
    public var downHoursPerGPUYear: Double { classes.reduce(0) { $0 + $1.annualRatePerGPU * $1.repairHours.mean } }

    /// Mean hours out of service per interruption, over all causes (0 when none ever strikes).
    public var meanRepairHours: Double {
        let rate = annualRatePerGPU
        return rate > 0 ? downHoursPerGPUYear / rate : 0
    }
}

/// Planned maintenance: every `everyWeeks` weeks a share of the installed nodes is taken out
/// of service for `hours`.
///
/// Window k (k = 1, 2, …) opens k × `everyWeeks` weeks after the horizon's start and takes
/// ⌈`shareOfNodes` × installed nodes⌉ of the nodes that are then installed and working, the
/// next ones in node order after the previous window's (wrapping round), so every node is
/// serviced in turn. Jobs on them are killed and requeued, keeping their last checkpoint.
public struct MaintenanceWindows: Hashable, Sendable {
    /// Weeks from one window to the next.
    public var everyWeeks: Int
    /// How long each window lasts, hours.
    public var hours: Double
    /// The share of installed nodes each window takes (0…1).
    public var shareOfNodes: Double

    /// Windows every `everyWeeks` weeks of `hours` hours over `shareOfNodes` of the nodes.
    public init(everyWeeks: Int, hours: Double, shareOfNodes: Double) {
        self.everyWeeks = everyWeeks
        self.hours = hours
        self.shareOfNodes = shareOfNodes
    }

    /// The nodes one window takes when `installedNodes` are installed.
    public func nodesPerWindow(installedNodes: Int) -> Int {
        guard installedNodes > 0, shareOfNodes > 0 else { return 0 }
        return min(installedNodes, max(1, Int((shareOfNodes * Double(installedNodes)).rounded(.up))))
    }

    /// Expected hours a node spends in maintenance per year: share × hours × 52.18 windows.
    public var downHoursPerNodeYear: Double { shareOfNodes * hours * (8_766 / 168) / Double(everyWeeks) }
}
