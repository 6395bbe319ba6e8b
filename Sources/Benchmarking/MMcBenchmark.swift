import SimulationKernel

/// The `mmc` benchmark: an M/M/c FCFS queue on the simulation kernel, the model every
/// discrete-event tool can run, so that engines can be compared on identical work.
///
/// c one-GPU servers, service rate μ per hour, arrival rate λ = load·c·μ, `jobs` arrivals; an
/// arrival and a completion count as one event each. The correctness figure is the simulated
/// mean wait against Erlang C's exact value.
public struct MMcBenchmark: Sendable {
    /// Servers.
    public var servers = 64
    /// Service rate per server, per hour.
    public var serviceRate = 1.0
    /// Offered load per server (λ ÷ cμ).
    public var load = 0.9
    /// Jobs that arrive.
    public var jobs = 1_000_000
    /// Seed of the two random streams.
    public var seed: UInt64 = 2026

    /// Creates the benchmark with the parameters (c = 64, μ = 1/h, ρ = 0.9, 10⁶ jobs).
    public init() {}

    /// What one run gives.
    public struct Outcome: Sendable {
        /// Events processed (arrivals + completions).
        public let events: Int
        /// Simulated mean wait in queue, hours.
        public let meanWaitHours: Double
        /// Erlang C's mean wait, hours.
        public let exactMeanWaitHours: Double
    }

    /// Runs the queue on the kernel's pull loop (`Simulation.step()`). The hot loop allocates
    /// nothing: the event heap and the FCFS line are reserved up front, events are a two-case
    /// enum, the line is a ring of arrival times, and the kernel monitors no levels.
    public func run() -> Outcome {
        enum Event { case arrival, departure }
        let arrivalRate = load * Double(servers) * serviceRate
        var simulation = Simulation<Event>(reservingCapacity: servers + 2)
        var arrivals = RandomStream(seed: seed, stream: 0)
        var services = RandomStream(seed: seed, stream: 1)
        var line = [SimTime](repeating: .zero, count: 1 << 16)
        var lineHead = 0, lineCount = 0
        var busy = 0, arrived = 1
        var totalWait = SimTime.zero
        simulation.schedule(.arrival, at: .hours(arrivals.exponential(rate: arrivalRate)))
        while let event = simulation.step() {
            let now = simulation.now
            switch event {
            case .arrival:
                if arrived < jobs {
                    arrived += 1
                    simulation.schedule(.arrival, at: now + .hours(arrivals.exponential(rate: arrivalRate)))
                }
                if busy < servers {
                    busy += 1
                    simulation.schedule(.departure, at: now + .hours(services.exponential(rate: serviceRate)))
                } else {
                    if lineCount == line.count {
                        // Grow the ring (rare: only when the queue outgrows 65,536).
                        line = (0..<lineCount).map { line[(lineHead + $0) & (line.count - 1)] } + Array(repeating: .zero, count: line.count)
                        lineHead = 0
                    }
                    line[(lineHead + lineCount) & (line.count - 1)] = now
                    lineCount += 1
                }
            case .departure:
                if lineCount > 0 {
                    totalWait += now - line[lineHead]
                    lineHead = (lineHead + 1) & (line.count - 1)
                    lineCount -= 1
                    simulation.schedule(.departure, at: now + .hours(services.exponential(rate: serviceRate)))
                } else {
                    busy -= 1
                }
            }
        }
        let exact = ErlangC.meanWait(arrivalRate: arrivalRate, serviceRate: serviceRate, servers: servers)
        return Outcome(events: simulation.eventsProcessed, meanWaitHours: totalWait.hours / Double(jobs), exactMeanWaitHours: exact)
    }
}
