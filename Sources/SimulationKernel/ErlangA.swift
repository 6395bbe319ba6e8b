import BitExactMath

/// Closed-form results for the M/M/c+M queue (Erlang A): Poisson arrivals, exponential
/// service, c identical servers, first come first served, and customers who leave the queue
/// when an exponential patience runs out. To check simulations of users who give up.
///
/// The number in the system is a birth–death chain: births at λ; deaths at nμ below c and
/// at cμ + (n − c)θ above it. Its stationary distribution is summed directly (in logarithms,
/// until the terms vanish), so it holds at any load: above capacity (λ > cμ) abandonment
/// alone keeps the queue finite. Rates are per unit time (e.g. per hour); waits come out in
/// the same unit.
public struct ErlangA: Sendable {
    /// λ, arrivals per unit time.
    public let arrivalRate: Double
    /// μ, completions per unit time per server.
    public let serviceRate: Double
    /// c ≥ 1.
    public let servers: Int
    /// θ > 0, the rate at which a waiting customer gives up (1 / mean patience).
    public let abandonmentRate: Double
    /// E[Q], the mean number waiting (not in service).
    public let meanQueueLength: Double
    /// E[min(N, c)], the mean number of busy servers, from the distribution itself.
    public let meanBusyServers: Double
    /// P(N ≥ c): the share of time all servers are busy, which by PASTA is the share of
    /// arrivals that must wait.
    public let probabilityOfWaiting: Double

    /// Sums the stationary distribution for the given rates.
    ///
    /// - Precondition: λ ≥ 0, μ > 0, θ > 0, c ≥ 1.
    /// - Complexity: O(c + the queue lengths that carry probability above 10⁻¹⁸ of the mode).
    public init(arrivalRate: Double, serviceRate: Double, servers: Int, abandonmentRate: Double) {
        precondition(arrivalRate >= 0 && serviceRate > 0 && abandonmentRate > 0 && servers >= 1, "ErlangA: needs λ ≥ 0, μ > 0, θ > 0, c ≥ 1")
        self.arrivalRate = arrivalRate
        self.serviceRate = serviceRate
        self.servers = servers
        self.abandonmentRate = abandonmentRate
        // log π_n up to a constant: log π_{n+1} = log π_n + log λ − log(death rate at n + 1).
        var logWeights: [Double] = [0]
        var n = 0
        var largest = 0.0
        let logArrivalRate = arrivalRate > 0 ? ReproducibleMath.log(arrivalRate) : -Double.infinity
        while arrivalRate > 0 {
            let next = n + 1
            let deathRate = next <= servers ? Double(next) * serviceRate : Double(servers) * serviceRate + Double(next - servers) * abandonmentRate
            let logWeight = logWeights[n] + logArrivalRate - ReproducibleMath.log(deathRate)
            logWeights.append(logWeight)
            largest = max(largest, logWeight)
            n = next
            // Past the mode the terms fall geometrically or faster; stop once below e⁻⁴¹·⁵ ≈ 10⁻¹⁸ of it.
            if n > servers && deathRate > arrivalRate && logWeight < largest - 41.5 { break }
        }
        var total = 0.0, waiting = 0.0, busyAll = 0.0, busyServers = 0.0
        for (count, logWeight) in logWeights.enumerated() {
            let weight = ReproducibleMath.exp(logWeight - largest)
            total += weight
            busyServers += Double(min(count, servers)) * weight
            if count >= servers {
                busyAll += weight
                waiting += Double(count - servers) * weight
            }
        }
        meanQueueLength = waiting / total
        probabilityOfWaiting = busyAll / total
        meanBusyServers = busyServers / total
    }

    /// The share of arrivals that give up: P(abandon) = θ·E[Q] / λ (the abandonment flow
    /// θ·E[Q] over the arrival flow λ). 0 when nothing arrives.
    public var probabilityOfAbandonment: Double { arrivalRate > 0 ? abandonmentRate * meanQueueLength / arrivalRate : 0 }

    /// The mean time an arrival spends waiting, until it starts or gives up: E[Q] / λ
    /// (Little's law on the queue). 0 when nothing arrives.
    public var meanWait: Double { arrivalRate > 0 ? meanQueueLength / arrivalRate : 0 }

    /// The servers' utilisation, E[min(N, c)] / c.
    public var utilisation: Double { meanBusyServers / Double(servers) }
}
