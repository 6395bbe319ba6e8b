@testable import SimulationKernel
import Testing

@Suite("SimTime")
struct SimTimeTests {
    @Test("three steps of 0.1 hours land exactly on 0.3 hours, unlike Double hours")
    func exactSums() {
        let step = SimTime.hours(0.1)
        #expect(step + step + step == SimTime.hours(0.3))
        #expect(step.milliseconds == 360_000)
        #expect(0.1 + 0.1 + 0.1 != 0.3, "the reason the clock is an integer")
    }

    @Test(
        "conversion rounds to the nearest millisecond, halves away from zero",
        arguments: [
            (0.5, 1), (-0.5, -1), (1.5, 2), (-1.5, -2), (2.5, 3), (-2.5, -3),
            (0.49999999999999994, 0), (-0.49999999999999994, 0), (1.4999999999999998, 1),
            (0.0, 0), (-0.0, 0), (7.0, 7), (9_007_199_254_740_993.0, 9_007_199_254_740_992),
        ] as [(Double, Int64)]
    )
    func roundingOfHalves(milliseconds: Double, expected: Int64) {
        #expect(SimTime.roundedMilliseconds(milliseconds) == expected)
    }

    @Test("hours and seconds convert both ways")
    func conversions() {
        #expect(SimTime.hours(1.5) == SimTime(milliseconds: 5_400_000))
        #expect(SimTime.seconds(0.0005) == SimTime(milliseconds: 1))
        #expect(SimTime.seconds(-0.0005) == SimTime(milliseconds: -1))
        #expect(SimTime.seconds(90).milliseconds == 90_000)
        #expect(SimTime(milliseconds: 5_400_000).hours == 1.5)
        #expect(SimTime(milliseconds: 1_250).seconds == 1.25)
        #expect(SimTime.millisecondsPerHour == 3_600_000)
        #expect(SimTime.zero.milliseconds == 0)
    }

    @Test("arithmetic and ordering are on exact milliseconds")
    func arithmetic() {
        var time = SimTime.hours(2)
        time += .seconds(30)
        #expect(time == SimTime(milliseconds: 7_230_000))
        time -= .hours(2)
        #expect(time == .seconds(30))
        #expect(SimTime.hours(1) - .hours(3) == .hours(-2))
        #expect(SimTime(milliseconds: 1) < SimTime(milliseconds: 2))
        #expect([SimTime.hours(3), .zero, .seconds(1)].sorted() == [.zero, .seconds(1), .hours(3)])
    }

    @Test(
        "the description shows hours, minutes, seconds and every millisecond",
        arguments: [
            (SimTime(milliseconds: 93_784_005), "26:03:04.005"),
            (SimTime.zero, "0:00:00.000"),
            (SimTime(milliseconds: -1_500), "-0:00:01.500"),
        ]
    )
    func description(time: SimTime, text: String) {
        #expect(time.description == text)
    }
}
