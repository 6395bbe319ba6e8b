import SimulationKernel
import Testing

@Suite("TimeWeightedLevel")
struct TimeWeightedLevelTests {
    @Test("level 2 for 1 h, 5 for 0.5 h, 4 for 1.5 h integrates to 10.5 level-hours, mean 3.5")
    func handWorked() {
        var level = TimeWeightedLevel(at: .zero, level: 2)
        level.set(5, at: .hours(1))
        level.add(-1, at: .hours(1.5))
        #expect(level.level == 4)
        #expect(level.lastChange == .hours(1.5))
        #expect(isClose(level.integral(until: .hours(3)), 10.5))
        #expect(isClose(level.mean(until: .hours(3)), 3.5))
        #expect(isClose(level.integral(until: .hours(1.5)), 4.5))
        #expect(level.maximum == 5 && level.minimum == 2)
    }

    @Test("monitoring may start later than zero and changes at one instant count for nothing")
    func laterStartAndInstantChanges() {
        var level = TimeWeightedLevel(at: .hours(10))
        level.add(3, at: .hours(10))
        level.add(100, at: .hours(11))
        level.add(-100, at: .hours(11))  // a spike of zero duration
        #expect(isClose(level.integral(until: .hours(12)), 6))
        #expect(isClose(level.mean(until: .hours(12)), 3))
        #expect(level.maximum == 103 && level.start == .hours(10))
    }

    @Test("over an empty interval the mean is the current level")
    func emptyInterval() {
        let level = TimeWeightedLevel(at: .hours(1), level: 7)
        #expect(level.mean(until: .hours(1)) == 7)
        #expect(level.integral(until: .hours(1)) == 0)
    }
}
