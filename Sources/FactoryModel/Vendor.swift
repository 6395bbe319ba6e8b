/// A GPU vendor. Tenants say which vendors their software runs on, and how well.
public enum Vendor: String, CaseIterable, Hashable, Comparable, Sendable {
    /// NVIDIA (CUDA software stack).
    case nvidia
    /// AMD (ROCm software stack).
    case amd
    /// Intel (Gaudi / oneAPI software stack).
    case intel

    public static func < (a: Vendor, b: Vendor) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
