import SimulationKernel
import TestSupport
import Testing

@Suite("The kernel's clock, loop and observers")
struct SimulationTests {
    /// A model that writes down everything the kernel tells it.
    struct Recorder: SimulationModel {
        var simulation = Simulation<String>()
        var log: [String] = []

        mutating func handle(_ event: String) {
            log.append("\(event)@\(simulation.now.milliseconds)")
            // An event may schedule another at the same instant: it is handled in the same instant.
            if event == "a" { simulation.schedule("a-echo", after: .zero, priority: 9) }
        }

        mutating func clockWillAdvance(to time: SimTime) {
            log.append("advance \(simulation.now.milliseconds)→\(time.milliseconds)")
        }

        mutating func instantDidEnd() { log.append("instant \(simulation.now.milliseconds) over") }
        mutating func simulationDidEnd() { log.append("end \(simulation.now.milliseconds)") }
    }

    @Test("step() hands out events in time order and moves the clock to each one's time")
    func stepMovesTheClock() {
        var simulation = Simulation<Int>(reservingCapacity: 4)
        simulation.schedule(3, at: SimTime(milliseconds: 30))
        simulation.schedule(1, at: SimTime(milliseconds: 10))
        simulation.schedule(2, at: SimTime(milliseconds: 10), priority: 1)
        var seen: [(Int, Int64)] = []
        while let event = simulation.step() { seen.append((event, simulation.now.milliseconds)) }
        #expect(seen.map(\.0) == [1, 2, 3] && seen.map(\.1) == [10, 10, 30])
        #expect(simulation.eventsProcessed == 3 && simulation.pendingEvents == 0 && simulation.nextEventTime == nil)
    }

    @Test("run(until:) tells the model of every advance and every instant's end, and leaves events at the end pending")
    func runNotifiesObserversInOrder() {
        var model = Recorder()
        model.simulation.schedule("a", at: .zero)
        model.simulation.schedule("b", at: SimTime(milliseconds: 5))
        model.simulation.schedule("c", at: SimTime(milliseconds: 5), tieBreak: 1)
        model.simulation.schedule("late", at: SimTime(milliseconds: 20))
        model.run(until: SimTime(milliseconds: 20))
        #expect(model.log == [
            "a@0", "a-echo@0", "instant 0 over",
            "advance 0→5", "b@5", "c@5", "instant 5 over",
            "advance 5→20", "end 20",
        ])
        #expect(model.simulation.now == SimTime(milliseconds: 20) && model.simulation.pendingEvents == 1)
        #expect(model.simulation.eventsProcessed == 4)
    }

    @Test("levels are integrated by the clock: 2 for 1 h, 5 for 0.5 h, 4 for 1.5 h make 10.5 level-hours")
    func levelsIntegrateAsTheClockAdvances() {
        var simulation = Simulation<Int>()
        let level = simulation.levels.add(level: 2)
        simulation.advance(to: .hours(1))
        simulation.levels[level] = 5
        simulation.advance(to: .hours(1.5))
        simulation.levels[level] -= 1
        #expect(isClose(simulation.levels.integralHours(of: level), 4.5))
        simulation.advance(to: .hours(3))
        #expect(simulation.levels[level] == 4)
        #expect(isClose(simulation.levels.integralHours(of: level), 10.5))
    }

    @Test("changes within one instant count for nothing, and a reset starts every integral again")
    func spikesAndResets() {
        var simulation = Simulation<Int>(startingAt: .hours(10))
        let first = simulation.levels.add(count: 2)
        let second = LevelID(index: first.index + 1)
        simulation.levels[first] = 3
        simulation.advance(to: .hours(11))
        simulation.levels[second] = 100
        simulation.levels[second] = 0  // a spike of zero duration
        simulation.advance(to: .hours(12))
        #expect(isClose(simulation.levels.integralHours(of: first), 6) && simulation.levels.integralHours(of: second) == 0)
        simulation.levels.resetIntegrals()
        simulation.advance(to: .hours(12.5))
        #expect(isClose(simulation.levels.integralHours(of: first), 1.5) && simulation.levels[first] == 3)
    }

    @Test("the integral is the sum of level × hours over each advance, term for term")
    func integralIsSummedPerAdvance() {
        var simulation = Simulation<Int>()
        let level = simulation.levels.add(level: 7)
        var expected = 0.0
        for step in [1, 333, 7_200_001, 17] as [Int64] {
            expected += 7 * (Double(step) / Double(SimTime.millisecondsPerHour))
            simulation.advance(to: simulation.now + SimTime(milliseconds: step))
        }
        #expect(simulation.levels.integralHours(of: level) == expected)
    }
}
