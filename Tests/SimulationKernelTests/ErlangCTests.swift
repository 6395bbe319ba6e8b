import SimulationKernel
import TestSupport
import Testing

@Suite("ErlangC")
struct ErlangCTests {
    @Test("one server reduces to M/M/1: P(wait) = ρ and Wq = ρ/(μ − λ)", arguments: [0.1, 0.5, 0.9, 0.99])
    func singleServer(rho: Double) {
        let mu = 2.0, lambda = rho * mu
        #expect(isClose(ErlangC.probabilityOfWaiting(arrivalRate: lambda, serviceRate: mu, servers: 1), rho))
        #expect(isClose(ErlangC.meanWait(arrivalRate: lambda, serviceRate: mu, servers: 1), rho / (mu - lambda)))
        #expect(isClose(ErlangC.utilisation(arrivalRate: lambda, serviceRate: mu, servers: 1), rho))
    }

    @Test(
        "textbook and high-precision values (mpmath, 50 digits)",
        arguments: [
            (2.0, 1.0, 3, 0.44444444444444444, 0.44444444444444444),
            (57.6, 1.0, 64, 0.31066331653295928, 0.048541143208274899),
            (9_900.0, 1.0, 10_000, 0.22277692886414824, 0.0022277692886414824),
        ] as [(Double, Double, Int, Double, Double)]
    )
    func knownValues(lambda: Double, mu: Double, servers: Int, waiting: Double, meanWait: Double) {
        let computedWaiting = ErlangC.probabilityOfWaiting(arrivalRate: lambda, serviceRate: mu, servers: servers)
        let computedWait = ErlangC.meanWait(arrivalRate: lambda, serviceRate: mu, servers: servers)
        #expect(computedWaiting.isFinite && computedWait.isFinite)
        #expect(isClose(computedWaiting, waiting, relative: 1e-9))
        #expect(isClose(computedWait, meanWait, relative: 1e-9))
    }

    @Test("Erlang B: one server with one erlang blocks half the time; no load never blocks")
    func erlangB() {
        #expect(isClose(ErlangC.erlangB(offeredLoad: 1, servers: 1), 0.5))
        #expect(ErlangC.erlangB(offeredLoad: 5, servers: 0) == 1)
        #expect(ErlangC.erlangB(offeredLoad: 0, servers: 3) == 0)
        #expect(ErlangC.probabilityOfWaiting(arrivalRate: 0, serviceRate: 1, servers: 4) == 0)
    }

    @Test("waiting grows with load at fixed servers")
    func monotoneInLoad() {
        let waits = stride(from: 10.0, to: 64.0, by: 5.0).map {
            ErlangC.meanWait(arrivalRate: $0, serviceRate: 1, servers: 64)
        }
        #expect(zip(waits, waits.dropFirst()).allSatisfy { $0 < $1 })
    }
}
