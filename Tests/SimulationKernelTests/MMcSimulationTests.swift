import SimulationKernel
import TestSupport
import Testing

/// An M/M/c queue written on the kernel exactly as a model would be: a ``SimulationModel``
/// whose handler reacts to arrivals and departures, one random stream per source, and the
/// kernel's level monitors integrating the queue length and the busy servers.
@Suite("An M/M/c queue simulated on the kernel")
struct MMcSimulationTests {
    enum Event { case arrival, departure }

    struct Queue: SimulationModel {
        var simulation = Simulation<Event>(reservingCapacity: MMcSimulationTests.servers + 1)
        var arrivals: RandomStream
        var services: RandomStream
        let queueLength: LevelID
        let busyServers: LevelID
        var waitingSince: [SimTime] = []  // FCFS line: arrival times; the head is at `head`
        var head = 0
        var busy = 0, arrived = 0, mostBusy = 0
        var batchWaits = RunningStatistics(), batchMeans: [Double] = [], totalWait = SimTime.zero

        init(seed: UInt64) {
            arrivals = RandomStream(seed: seed, stream: 0)
            services = RandomStream(seed: seed, stream: 1)
            queueLength = simulation.levels.add()
            busyServers = simulation.levels.add()
            simulation.schedule(.arrival, at: .hours(arrivals.exponential(rate: arrivalRate)))
            arrived = 1
        }

        mutating func startService(waited: SimTime) {
            totalWait += waited
            batchWaits.add(waited.hours)
            if batchWaits.count == customers / batches {
                batchMeans.append(batchWaits.mean)
                batchWaits = RunningStatistics()
            }
            simulation.schedule(.departure, after: .hours(services.exponential(rate: serviceRate)))
        }

        mutating func handle(_ event: Event) {
            let now = simulation.now
            switch event {
            case .arrival:
                if arrived < customers {
                    arrived += 1
                    simulation.schedule(.arrival, after: .hours(arrivals.exponential(rate: arrivalRate)))
                }
                if busy < servers {
                    busy += 1
                    mostBusy = max(mostBusy, busy)
                    simulation.levels[busyServers] = Double(busy)
                    startService(waited: .zero)
                } else {
                    waitingSince.append(now)
                    simulation.levels[queueLength] += 1
                }
            case .departure:
                if head < waitingSince.count {
                    simulation.levels[queueLength] -= 1
                    startService(waited: now - waitingSince[head])
                    head += 1
                } else {
                    busy -= 1
                    simulation.levels[busyServers] = Double(busy)
                }
            }
        }
    }

    static let (servers, arrivalRate, serviceRate) = (8, 6.0, 1.0)  // per hour; ρ = 0.75
    static let (customers, batches) = (200_000, 20)
    static let outcome: Queue = {
        var queue = Queue(seed: 2026)
        queue.run(until: .hours(1e9))
        return queue
    }()

    /// When the last customer left: the end of the busy period, before the clock ran on to the horizon.
    static let lastDeparture: SimTime = {
        var queue = Queue(seed: 2026)
        while let event = queue.simulation.step() { queue.handle(event) }
        return queue.simulation.now
    }()

    @Test("c = 8, λ = 6, μ = 1, 200,000 customers: the mean wait agrees with Erlang C within the batch-means interval")
    func meanWaitMatchesErlangC() {
        let exact = ErlangC.meanWait(arrivalRate: Self.arrivalRate, serviceRate: Self.serviceRate, servers: Self.servers)
        let interval = ConfidenceInterval.mean95(of: Self.outcome.batchMeans)
        #expect(interval.count == Self.batches)
        #expect(interval.halfWidth < 0.1 * exact, "the run is long enough to be a real check")
        // Twice the 95% half-width is about four standard errors.
        #expect(abs(interval.mean - exact) <= 2 * interval.halfWidth,
                "simulated \(interval.mean) ± \(interval.halfWidth) h, Erlang C \(exact) h")
        #expect(isClose(interval.mean, Self.outcome.totalWait.hours / Double(Self.customers), relative: 1e-9))
    }

    @Test("Little's law holds exactly on the sample path: ∫ queue length dt equals the sum of waits")
    func littlesLaw() {
        let outcome = Self.outcome
        #expect(outcome.simulation.levels[outcome.queueLength] == 0 && outcome.simulation.eventsProcessed == 2 * Self.customers)
        #expect(isClose(outcome.simulation.levels.integralHours(of: outcome.queueLength), outcome.totalWait.hours, relative: 1e-12))
    }

    @Test("the servers are busy a fraction ρ = 0.75 of the time, and never more than c")
    func utilisation() {
        let outcome = Self.outcome
        let busyFraction = outcome.simulation.levels.integralHours(of: outcome.busyServers) / Self.lastDeparture.hours / Double(Self.servers)
        let rho = ErlangC.utilisation(arrivalRate: Self.arrivalRate, serviceRate: Self.serviceRate, servers: Self.servers)
        #expect(abs(busyFraction - rho) < 0.01)
        #expect(outcome.mostBusy == Self.servers && outcome.simulation.levels[outcome.busyServers] == 0)
    }

    @Test("run(until:) and a loop of step() see the same events: the clock ends at the horizon or at the last event")
    func pushAndPullAgree() {
        #expect(Self.outcome.simulation.now == .hours(1e9))
        #expect(Self.lastDeparture < Self.outcome.simulation.now && Self.outcome.simulation.pendingEvents == 0)
    }
}
