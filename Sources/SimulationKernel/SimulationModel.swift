/// A model the kernel drives: it holds its ``Simulation``, handles each event, and observes
/// the run as SimGrid's s4u engine lets a model observe it (`on_time_advance`,
/// `on_simulation_end`) instead of scattering hooks through its handlers.
///
/// ``run(until:)`` is the loop. For each instant (a time at which events are pending) it
///
/// 1. tells the model the clock is about to advance (``clockWillAdvance(to:)``), while
///    ``Simulation/now`` and every level still hold their old values;
/// 2. advances the clock, integrating the levels over the interval;
/// 3. removes and handles the instant's events one by one in tie order (``handle(_:)``),
///    including any the handlers schedule at the same instant;
/// 4. tells the model the instant is over (``instantDidEnd()``), so that it can act once on
///    the state all of them left (a scheduler's pass, a peak reading).
///
/// Then it advances the clock to the end (step 1 and 2 again) and calls ``simulationDidEnd()``.
///
/// Conforming classes get the loop as well as structs: the loop reads and writes
/// ``simulation`` in short accesses that end before each call into the model, so a handler
/// may schedule events freely.
public protocol SimulationModel {
    /// The model's events.
    associatedtype Event

    /// The kernel running the model.
    var simulation: Simulation<Event> { get set }

    /// Handles one event; ``Simulation/now`` is its time.
    mutating func handle(_ event: Event)

    /// The clock is about to move from ``Simulation/now`` to `time` (later than now), with
    /// every level held over the interval. Default: nothing.
    mutating func clockWillAdvance(to time: SimTime)

    /// Every event at ``Simulation/now`` has been handled. Default: nothing.
    mutating func instantDidEnd()

    /// ``run(until:)`` has advanced the clock to its end. Default: nothing.
    mutating func simulationDidEnd()
}

extension SimulationModel {
    /// Does nothing.
    @inlinable
    public mutating func clockWillAdvance(to time: SimTime) {}

    /// Does nothing.
    @inlinable
    public mutating func instantDidEnd() {}

    /// Does nothing.
    @inlinable
    public mutating func simulationDidEnd() {}

    /// Handles every event before `end`, instant by instant, then advances the clock to `end`:
    /// SimPy's `run(until=end)`. Events at `end` or later stay pending.
    ///
    /// - Parameter end: At or after ``Simulation/now``.
    /// - Complexity: O(log₄ n) per event, plus O(number of levels) per instant.
    @inlinable
    public mutating func run(until end: SimTime) {
        while let time = simulation.nextEventTime, time < end {
            if time != simulation.now {
                clockWillAdvance(to: time)
                simulation.advance(to: time)
            }
            while let event = simulation.stepSimultaneous() {
                handle(event)
            }
            instantDidEnd()
        }
        if end != simulation.now {
            clockWillAdvance(to: end)
            simulation.advance(to: end)
        }
        simulationDidEnd()
    }
}
