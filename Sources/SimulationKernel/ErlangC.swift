/// Closed-form results for the M/M/c queue (Poisson arrivals, exponential service, c identical
/// servers, first come first served, unlimited waiting room), to check simulations against.
///
/// Rates are per unit time (e.g. per hour); waits come out in the same unit.
public enum ErlangC {
    /// The fraction of time each server is busy, ρ = λ / (cμ).
    ///
    /// - Parameters:
    ///   - arrivalRate: λ, arrivals per unit time.
    ///   - serviceRate: μ, completions per unit time per server.
    ///   - servers: c ≥ 1.
    /// - Complexity: O(1).
    public static func utilisation(arrivalRate: Double, serviceRate: Double, servers: Int) -> Double {
        arrivalRate / (Double(servers) * serviceRate)
    }

    /// Erlang's B formula: the blocking probability of an M/M/c/c loss system with offered load
    /// a = λ/μ, by the recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)).
    ///
    /// The recursion never forms a factorial or a power, so it is stable for any c (10,000 or more).
    /// - Parameters:
    ///   - offeredLoad: a = λ/μ in erlangs, ≥ 0.
    ///   - servers: c ≥ 0.
    /// - Complexity: O(c).
    public static func erlangB(offeredLoad: Double, servers: Int) -> Double {
        precondition(offeredLoad >= 0 && servers >= 0, "ErlangC.erlangB: needs a ≥ 0 and c ≥ 0")
        var blocking = 1.0
        for k in stride(from: 1, through: servers, by: 1) {
            blocking = offeredLoad * blocking / (Double(k) + offeredLoad * blocking)
        }
        return blocking
    }

    /// The probability that an arriving customer must wait (Erlang's C formula),
    /// C = c·B / (c − a·(1 − B)) with a = λ/μ and B = ``erlangB(offeredLoad:servers:)``.
    ///
    /// - Parameters:
    ///   - arrivalRate: λ ≥ 0, arrivals per unit time.
    ///   - serviceRate: μ > 0, completions per unit time per server.
    ///   - servers: c ≥ 1.
    /// - Precondition: λ < cμ (the queue is stable).
    /// - Complexity: O(c).
    public static func probabilityOfWaiting(arrivalRate: Double, serviceRate: Double, servers: Int) -> Double {
        checkStable(arrivalRate: arrivalRate, serviceRate: serviceRate, servers: servers)
        let load = arrivalRate / serviceRate
        let blocking = erlangB(offeredLoad: load, servers: servers)
        let c = Double(servers)
        return c * blocking / (c - load * (1 - blocking))
    }

    /// The mean time a customer waits before service starts, Wq = C / (cμ − λ).
    ///
    /// - Parameters:
    ///   - arrivalRate: λ ≥ 0, arrivals per unit time.
    ///   - serviceRate: μ > 0, completions per unit time per server.
    ///   - servers: c ≥ 1.
    /// - Returns: The mean wait, in the time unit of the rates (hours for rates per hour).
    /// - Precondition: λ < cμ (the queue is stable).
    /// - Complexity: O(c).
    public static func meanWait(arrivalRate: Double, serviceRate: Double, servers: Int) -> Double {
        let waiting = probabilityOfWaiting(arrivalRate: arrivalRate, serviceRate: serviceRate, servers: servers)
        return waiting / (Double(servers) * serviceRate - arrivalRate)
    }

    private static func checkStable(arrivalRate: Double, serviceRate: Double, servers: Int) {
        precondition(servers >= 1 && serviceRate > 0 && arrivalRate >= 0,
                     "ErlangC: needs c ≥ 1, μ > 0 and λ ≥ 0")
        precondition(arrivalRate < Double(servers) * serviceRate,
                     "ErlangC: λ = \(arrivalRate) ≥ cμ = \(Double(servers) * serviceRate); the queue grows without bound")
    }
}
