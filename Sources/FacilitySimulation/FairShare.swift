import BitExactMath
import SimulationKernel

/// Fair-share usage: each tenant's busy GPU-milliseconds, decayed exponentially with a half-life.
struct FairShare: Sendable {
    /// The half-life of usage, ms.
    let halfLifeMs: Double
    /// Per tenant: decayed usage, GPU-milliseconds.
    private(set) var decayedUsage: [Double]

    /// No usage yet for `tenants` tenants.
    init(halfLifeMs: Double, tenants: Int) {
        self.halfLifeMs = halfLifeMs
        decayedUsage = [Double](repeating: 0, count: tenants)
    }

    /// u ← u·2^(−Δ/h) + r·h/ln 2·(1 − 2^(−Δ/h)), the exact decayed integral of a constant
    /// busy-GPU rate r over Δ = `elapsedMs`, with tenant t's r read from `levels` at `rates.tenantBusyGPUs(t)`.
    mutating func decay(overMs elapsedMs: Double, levels: LevelMonitors, rates: FacilityLevels) {
        let halfLife = halfLifeMs
        let factor = ReproducibleMath.exp2(-elapsedMs / halfLife)
        let gain = halfLife / 0.6931471805599453 * (1 - factor)
        for tenant in decayedUsage.indices {
            decayedUsage[tenant] = decayedUsage[tenant] * factor + levels[rates.tenantBusyGPUs(tenant)] * gain
        }
    }
}
