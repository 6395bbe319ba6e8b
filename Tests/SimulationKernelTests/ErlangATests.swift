import SimulationKernel
import TestSupport
import Testing

@Suite("Erlang A (M/M/c+M)")
struct ErlangATests {
    @Test(
        "matches the stationary distribution summed in 40-digit arithmetic (mpmath), below, at and above capacity",
        arguments: [
            // λ, μ, c, θ; E[Q], P(abandon), mean wait, P(wait)
            (12.8, 1.0, 16, 0.5, 0.55744269293463102, 0.021775105192759023, 0.043550210385518046, 0.24433900926150523),
            (16.0, 1.0, 16, 2.0, 0.92772390860957312, 0.11596548857619664, 0.05798274428809832, 0.45446839398961451),
            (19.2, 1.0, 16, 0.5, 7.0013331104779784, 0.18232638308536403, 0.36465276617072805, 0.88949799969638364),
            (3.0, 1.0, 2, 0.25, 4.300612211443394, 0.35838435095361616, 1.4335374038144647, 0.9398775577113212),
        ] as [(Double, Double, Int, Double, Double, Double, Double, Double)]
    )
    func knownValues(lambda: Double, mu: Double, servers: Int, theta: Double, queue: Double, abandonment: Double, wait: Double, waiting: Double) {
        let model = ErlangA(arrivalRate: lambda, serviceRate: mu, servers: servers, abandonmentRate: theta)
        #expect(isClose(model.meanQueueLength, queue, relative: 1e-12))
        #expect(isClose(model.probabilityOfAbandonment, abandonment, relative: 1e-12))
        #expect(isClose(model.meanWait, wait, relative: 1e-12))
        #expect(isClose(model.probabilityOfWaiting, waiting, relative: 1e-12))
    }

    @Test("with patience as long as service (θ = μ) the number in the system is Poisson with mean λ/μ")
    func poissonWhenPatienceEqualsService() {
        // Death rate nμ in every state: the M/M/∞ chain. E[Q] = Σ_{n>c} (n − c)·e^{−a}aⁿ/n!.
        let lambda = 3.0, mu = 1.0, servers = 2
        var term = 1.0  // aⁿ/n!, from n = 0
        var expectedQueue = 0.0, total = 0.0
        for n in 0..<200 {
            if n > 0 { term *= lambda / Double(n) }
            total += term
            if n > servers { expectedQueue += Double(n - servers) * term }
        }
        expectedQueue /= total
        let model = ErlangA(arrivalRate: lambda, serviceRate: mu, servers: servers, abandonmentRate: mu)
        #expect(isClose(model.meanQueueLength, expectedQueue, relative: 1e-12))
    }

    @Test("with almost endless patience it becomes Erlang C below capacity")
    func erlangCLimit() {
        let model = ErlangA(arrivalRate: 12.8, serviceRate: 1, servers: 16, abandonmentRate: 1e-9)
        let erlangC = ErlangC.meanWait(arrivalRate: 12.8, serviceRate: 1, servers: 16)
        #expect(isClose(model.meanWait, erlangC, relative: 1e-6))
        #expect(isClose(model.probabilityOfWaiting, ErlangC.probabilityOfWaiting(arrivalRate: 12.8, serviceRate: 1, servers: 16), relative: 1e-6))
        #expect(model.probabilityOfAbandonment < 1e-8)
    }

    @Test("flow balance: served (μ × busy servers) plus given up (θ × waiting) is what arrives; nothing arrives without load", arguments: [8.0, 16.0, 19.2, 40.0])
    func flowBalance(lambda: Double) {
        let model = ErlangA(arrivalRate: lambda, serviceRate: 1, servers: 16, abandonmentRate: 0.5)
        #expect(model.utilisation <= 1)
        #expect(isClose(1 * model.meanBusyServers + 0.5 * model.meanQueueLength, lambda, relative: 1e-12))
        let idle = ErlangA(arrivalRate: 0, serviceRate: 1, servers: 4, abandonmentRate: 1)
        #expect(idle.meanQueueLength == 0 && idle.probabilityOfAbandonment == 0 && idle.meanWait == 0)
    }
}
