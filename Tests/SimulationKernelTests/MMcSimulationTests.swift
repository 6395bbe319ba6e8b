import SimulationKernel
import Testing

/// An M/M/c queue written on the kernel exactly as a model would be: an event loop over
/// `EventQueue.popNext()`, one random stream per source, monitors for the levels.
@Suite("An M/M/c queue simulated on the kernel")
struct MMcSimulationTests {
    enum Event { case arrival, departure }

    struct Outcome: Sendable {
        var batchMeanWaits: [Double]  // hours, per batch of customers in arrival order
        var totalWaitHours: Double
        var queueLength: TimeWeightedLevel
        var busyServers: TimeWeightedLevel
        var end: SimTime
        var eventCount: Int
    }

    static let (servers, arrivalRate, serviceRate) = (8, 6.0, 1.0)  // per hour; ρ = 0.75
    static let (customers, batches) = (200_000, 20)
    static let outcome = simulate(seed: 2026)

    static func simulate(seed: UInt64) -> Outcome {
        var events = EventQueue<Event>(reservingCapacity: servers + 1)
        var arrivals = RandomStream(seed: seed, stream: 0)
        var services = RandomStream(seed: seed, stream: 1)
        var waitingSince: [SimTime] = []  // FCFS line: arrival times; the head is at `head`
        var head = 0
        var busy = 0, arrived = 0, processed = 0
        var queueLength = TimeWeightedLevel(at: .zero), busyServers = TimeWeightedLevel(at: .zero)
        var batchWaits = RunningStatistics(), batchMeans: [Double] = [], totalWait = SimTime.zero
        var now = SimTime.zero

        func startService(waited: SimTime) {
            totalWait += waited
            batchWaits.add(waited.hours)
            if batchWaits.count == customers / batches {
                batchMeans.append(batchWaits.mean)
                batchWaits = RunningStatistics()
            }
            events.schedule(.departure, at: now + .hours(services.exponential(rate: serviceRate)))
        }

        events.schedule(.arrival, at: .hours(arrivals.exponential(rate: arrivalRate)))
        arrived = 1
        while let next = events.popNext() {
            now = next.time
            processed += 1
            switch next.payload {
            case .arrival:
                if arrived < customers {
                    arrived += 1
                    events.schedule(.arrival, at: now + .hours(arrivals.exponential(rate: arrivalRate)))
                }
                if busy < servers {
                    busy += 1
                    busyServers.set(Double(busy), at: now)
                    startService(waited: .zero)
                } else {
                    waitingSince.append(now)
                    queueLength.add(1, at: now)
                }
            case .departure:
                if head < waitingSince.count {
                    queueLength.add(-1, at: now)
                    startService(waited: now - waitingSince[head])
                    head += 1
                } else {
                    busy -= 1
                    busyServers.set(Double(busy), at: now)
                }
            }
        }
        return Outcome(batchMeanWaits: batchMeans, totalWaitHours: totalWait.hours, queueLength: queueLength,
                       busyServers: busyServers, end: now, eventCount: processed)
    }

    @Test("c = 8, λ = 6, μ = 1, 200,000 customers: the mean wait agrees with Erlang C within the batch-means interval")
    func meanWaitMatchesErlangC() {
        let exact = ErlangC.meanWait(arrivalRate: Self.arrivalRate, serviceRate: Self.serviceRate, servers: Self.servers)
        let interval = ConfidenceInterval.mean95(of: Self.outcome.batchMeanWaits)
        #expect(interval.count == Self.batches)
        #expect(interval.halfWidth < 0.1 * exact, "the run is long enough to be a real check")
        // Twice the 95% half-width is about four standard errors.
        #expect(abs(interval.mean - exact) <= 2 * interval.halfWidth,
                "simulated \(interval.mean) ± \(interval.halfWidth) h, Erlang C \(exact) h")
        #expect(isClose(interval.mean, Self.outcome.totalWaitHours / Double(Self.customers), relative: 1e-9))
    }

    @Test("Little's law holds exactly on the sample path: ∫ queue length dt equals the sum of waits")
    func littlesLaw() {
        let outcome = Self.outcome
        #expect(outcome.queueLength.level == 0 && outcome.eventCount == 2 * Self.customers)
        #expect(isClose(outcome.queueLength.integral(until: outcome.end), outcome.totalWaitHours, relative: 1e-12))
    }

    @Test("the servers are busy a fraction ρ = 0.75 of the time, and never more than c")
    func utilisation() {
        let outcome = Self.outcome
        let busyFraction = outcome.busyServers.mean(until: outcome.end) / Double(Self.servers)
        let rho = ErlangC.utilisation(arrivalRate: Self.arrivalRate, serviceRate: Self.serviceRate, servers: Self.servers)
        #expect(abs(busyFraction - rho) < 0.01)
        #expect(outcome.busyServers.maximum == Double(Self.servers) && outcome.busyServers.level == 0)
    }
}
