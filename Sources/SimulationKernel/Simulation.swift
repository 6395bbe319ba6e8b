/// The simulation kernel: the clock, the future-event list and the level monitors the clock
/// integrates, as in SimPy's `Environment` (`now`, `step()`, `run(until=)`).
///
/// The kernel knows nothing of the model. Events are the caller's payloads, ordered as in
/// ``EventQueue`` by (time, priority, tieBreak, sequence). The clock moves only forward, and
/// only to the time of the next event or to a time the caller names; every move integrates
/// the ``levels``.
///
/// Two ways to drive it:
///
/// - **Pull**, for the tightest loops: ``step()`` removes the next event, moves the clock to its
///   time and returns the event for the caller to handle.
///
///   ```swift
///   enum Event { case arrival, departure }
///   var simulation = Simulation<Event>(reservingCapacity: 64)
///   simulation.schedule(.arrival, at: .hours(0.5))
///   while let event = simulation.step() {
///       switch event {
///       case .arrival: simulation.schedule(.departure, after: .hours(1))
///       case .departure: break
///       }
///   }
///   ```
/// - **Push**, for models with observers: a ``SimulationModel`` holds its kernel, handles each
///   event and hears the clock advance, the end of each instant and the end of the run
///   (SimGrid s4u's `on_time_advance` and `on_simulation_end`); ``SimulationModel/run(until:)``
///   is the loop.
///
/// `Simulation` is a value type; copies are independent.
public struct Simulation<Event> {
    /// The current simulated time.
    @usableFromInline internal var clock: SimTime
    /// Pending events.
    @usableFromInline internal var queue: EventQueue<Event>
    /// Levels integrated over time as the clock advances.
    public var levels: LevelMonitors

    /// Creates a kernel with its clock at `start`, no pending events and no levels.
    ///
    /// - Parameters:
    ///   - start: The initial clock. Default ``SimTime/zero``.
    ///   - reservingCapacity: Pending events to make room for up front (the list grows as needed).
    /// - Complexity: O(1), plus one allocation when `reservingCapacity > 0`.
    @inlinable
    public init(startingAt start: SimTime = .zero, reservingCapacity: Int = 0) {
        clock = start
        queue = EventQueue(reservingCapacity: reservingCapacity)
        levels = LevelMonitors()
    }

    /// The current simulated time: that of the event being handled, or the time the clock was
    /// last advanced to.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var now: SimTime { clock }

    /// The number of events removed by ``step()`` and ``stepSimultaneous()`` so far.
    ///
    /// Counted as events scheduled minus events pending (every event leaves through those two),
    /// so that the loop pays nothing for it.
    /// - Complexity: O(1).
    @inlinable
    public var eventsProcessed: Int { Int(queue.nextSequence) - queue.count }

    /// The number of pending events.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var pendingEvents: Int { queue.count }

    /// The time of the next pending event, or `nil` when none is pending (SimPy's `peek()`).
    ///
    /// - Complexity: O(1).
    @inlinable
    public var nextEventTime: SimTime? { queue.nextTime }

    /// Schedules an event at `time`, which must not be before ``now``.
    ///
    /// - Parameters:
    ///   - event: The event.
    ///   - time: When it happens; at or after ``now``.
    ///   - priority: Order among events at the same time; smaller first. Default 0 (most urgent).
    ///   - tieBreak: Order among events at the same time and priority; smaller first. Default 0.
    ///     Events equal in all three leave in the order they were scheduled.
    /// - Complexity: O(log₄ n); amortised O(1) allocation.
    @inlinable
    public mutating func schedule(_ event: Event, at time: SimTime, priority: UInt8 = 0, tieBreak: UInt64 = 0) {
        precondition(time >= clock, "Simulation: an event scheduled at \(time), before the clock's \(clock)")
        queue.schedule(event, at: time, priority: priority, tieBreak: tieBreak)
    }

    /// Schedules an event `delay` after ``now``; `delay` must not be negative.
    ///
    /// - Complexity: O(log₄ n); amortised O(1) allocation.
    @inlinable
    public mutating func schedule(_ event: Event, after delay: SimTime, priority: UInt8 = 0, tieBreak: UInt64 = 0) {
        schedule(event, at: clock + delay, priority: priority, tieBreak: tieBreak)
    }

    /// Moves the clock forward to `time` with no event, integrating every level over the interval.
    ///
    /// - Parameter time: At or after ``now``, and not after ``nextEventTime`` (events are never skipped).
    /// - Complexity: O(number of levels) when the clock moves, O(1) when `time == now`.
    @inlinable
    public mutating func advance(to time: SimTime) {
        precondition(time >= clock, "Simulation: the clock cannot go back from \(clock) to \(time)")
        precondition(queue.nextTime.map { time <= $0 } ?? true, "Simulation: advancing to \(time) would skip an event")
        if time == clock { return }
        levels.integrate(overMilliseconds: time.milliseconds - clock.milliseconds)
        clock = time
    }

    /// Removes the next event and moves the clock to its time (integrating the levels), or
    /// returns `nil` when no event is pending: SimPy's `step()`, with the caller handling the event.
    ///
    /// - Complexity: O(log₄ n), plus O(number of levels) when the clock moves.
    @inlinable
    public mutating func step() -> Event? {
        guard let next = queue.popNext() else { return nil }
        // Never before the clock: `schedule` refuses the past.
        if next.time != clock {
            levels.integrate(overMilliseconds: next.time.milliseconds - clock.milliseconds)
            clock = next.time
        }
        return next.payload
    }

    /// Removes the next event only if it happens at ``now``; otherwise returns `nil` and leaves
    /// the kernel unchanged. Drains one instant's events in tie order, so that the model can act
    /// once on the state they leave.
    ///
    /// - Complexity: O(log₄ n) when an event is removed, O(1) otherwise.
    @inlinable
    public mutating func stepSimultaneous() -> Event? {
        queue.popNext(ifAt: clock)
    }
}

extension Simulation: Sendable where Event: Sendable {}
