@testable import SimulationKernel
import Testing

@Suite("EventQueue")
struct EventQueueTests {
    /// The full ordering key of a scheduled event, as the queue documents it.
    struct Key: Comparable {
        var time: Int64, priority: UInt8, tieBreak: UInt64, order: Int
        static func < (a: Key, b: Key) -> Bool {
            (a.time, a.priority, a.tieBreak, a.order) < (b.time, b.priority, b.tieBreak, b.order)
        }
    }

    @Test("10,000 random schedules mixed with pops leave in (time, priority, tieBreak, insertion) order")
    func matchesSortedReference() {
        var random = RandomStream(seed: 2024, stream: 0)
        var queue = EventQueue<Int>()
        var reference: [Key] = []  // sorted descending, so the next event is last
        var popped = 0
        for order in 0..<10_000 {
            // Few distinct times, priorities and tie-breakers, so every tie rule is exercised.
            let key = Key(time: Int64(random.uniformInt(below: 200)), priority: UInt8(random.uniformInt(below: 3)),
                          tieBreak: UInt64(random.uniformInt(below: 3)), order: order)
            queue.schedule(order, at: SimTime(milliseconds: key.time), priority: key.priority, tieBreak: key.tieBreak)
            var (low, high) = (0, reference.count)  // binary search: first index whose key is smaller
            while low < high {
                let middle = (low + high) / 2
                if reference[middle] < key { high = middle } else { low = middle + 1 }
            }
            reference.insert(key, at: low)
            while random.bernoulli(probability: 0.45), let expected = reference.popLast() {
                let next = queue.popNext()
                #expect(next?.time.milliseconds == expected.time && next?.payload == expected.order)
                popped += 1
            }
            if order % 1_000 == 0 { queue.checkInvariants() }
        }
        #expect(queue.count == reference.count)
        while let expected = reference.popLast() {
            #expect(queue.popNext()?.payload == expected.order)
        }
        #expect(queue.isEmpty && queue.popNext() == nil)
        #expect(popped > 3_000)
    }

    @Test("at equal times the smaller priority leaves first, then the smaller tieBreak, then the first scheduled")
    func tieRules() {
        var queue = EventQueue<String>()
        let noon = SimTime.hours(12)
        queue.schedule("late", at: noon + .seconds(1))
        queue.schedule("p1 t0 first", at: noon, priority: 1)
        queue.schedule("p0 t5", at: noon, priority: 0, tieBreak: 5)
        queue.schedule("p1 t0 second", at: noon, priority: 1)
        queue.schedule("p0 t2", at: noon, priority: 0, tieBreak: 2)
        queue.schedule("early", at: noon - .seconds(1), priority: 9)
        var order: [String] = []
        while let next = queue.popNext() { order.append(next.payload) }
        #expect(order == ["early", "p0 t2", "p0 t5", "p1 t0 first", "p1 t0 second", "late"])
    }

    @Test("popNext(ifAt:) pops only events at exactly that time")
    func popIfAt() {
        var queue = EventQueue<Int>(reservingCapacity: 8)
        queue.schedule(1, at: .hours(1))
        queue.schedule(2, at: .hours(1))
        queue.schedule(3, at: .hours(2))
        #expect(queue.popNext(ifAt: .zero) == nil)
        #expect(queue.count == 3)
        #expect(queue.nextTime == .hours(1))
        #expect(queue.popNext(ifAt: .hours(1)) == 1)
        #expect(queue.popNext(ifAt: .hours(1)) == 2)
        #expect(queue.popNext(ifAt: .hours(1)) == nil)
        #expect(queue.nextTime == .hours(2))
        #expect(queue.popNext(ifAt: .hours(2)) == 3)
        #expect(queue.popNext(ifAt: .hours(2)) == nil && queue.nextTime == nil)
    }

    @Test("removeAll empties the queue and restarts insertion order as for a new queue")
    func removeAll() {
        var queue = EventQueue<Int>()
        for value in 0..<5 { queue.schedule(value, at: .hours(1)) }
        queue.removeAll(keepingCapacity: true)
        #expect(queue.isEmpty && queue.count == 0 && queue.nextTime == nil)
        queue.schedule(10, at: .zero)
        queue.schedule(11, at: .zero)
        #expect(queue.popNext()?.payload == 10)
        #expect(queue.popNext()?.payload == 11)
    }

    @Test("copies of a queue are independent values")
    func valueSemantics() {
        var original = EventQueue<Int>()
        original.schedule(1, at: .hours(1))
        var copy = original
        copy.schedule(0, at: .zero)
        #expect(original.count == 1 && copy.count == 2)
        #expect(original.popNext()?.payload == 1)
        #expect(copy.popNext()?.payload == 0)
    }
}
