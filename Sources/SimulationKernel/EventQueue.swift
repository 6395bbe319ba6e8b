/// A future-event list: a min-heap of payloads keyed by simulated time, with fully
/// deterministic ordering of simultaneous events.
///
/// Events leave the queue in increasing order of the key (time, priority, tieBreak, sequence),
/// compared lexicographically:
///
/// 1. **time**: earlier first (exact milliseconds, see ``SimTime``);
/// 2. **priority**: at equal times, the *smaller* priority first (0 is the most urgent);
/// 3. **tieBreak**: at equal time and priority, the smaller caller-chosen value first
///    (for example an entity index, so the order does not depend on scheduling history);
/// 4. **sequence**: finally, the order in which the events were scheduled (first in, first out).
///    The sequence is an internal counter incremented by every ``schedule(_:at:priority:tieBreak:)``,
///    so no two entries ever compare equal and a run is reproducible bit for bit.
///
/// The queue has no cancellation: cancel lazily. Keep a generation number in the payload
/// (or in the entity it names), bump it when the scheduled event becomes obsolete, and
/// ignore popped payloads whose generation is stale. This keeps every operation
/// O(log n) with no per-event bookkeeping.
///
/// The heap is 4-ary and stored in one contiguous array of value entries, so scheduling
/// allocates nothing once capacity is reserved. The hot methods are `@inlinable` so that
/// callers in other modules get code specialised for their `Payload`.
///
/// The queue owns no clock and no loop: ``Simulation`` wraps it with both (and with level
/// monitors), and models should use that. Used alone, the caller writes them. An M/M/c queue:
///
/// ```swift
/// enum Event { case arrival, departure }
/// var events = EventQueue<Event>(reservingCapacity: 1_024)
/// var random = RandomStream(seed: 7, stream: 0)
/// var busy = 0, waiting = 0
/// let servers = 8, horizon = SimTime.hours(1_000)
/// events.schedule(.arrival, at: .hours(random.exponential(rate: 6)))
/// while let next = events.popNext(), next.time <= horizon {
///     let now = next.time
///     switch next.payload {
///     case .arrival:
///         events.schedule(.arrival, at: now + .hours(random.exponential(rate: 6)))
///         if busy < servers {
///             busy += 1
///             events.schedule(.departure, at: now + .hours(random.exponential(rate: 1)))
///         } else {
///             waiting += 1
///         }
///     case .departure:
///         if waiting > 0 {
///             waiting -= 1
///             events.schedule(.departure, at: now + .hours(random.exponential(rate: 1)))
///         } else {
///             busy -= 1
///         }
///     }
/// }
/// ```
///
/// `EventQueue` is a value type; copies are independent (copy-on-write storage).
public struct EventQueue<Payload> {
    /// One scheduled event: its ordering key and its payload.
    ///
    /// Field order is chosen for packing (the one-byte priority sits just before the payload).
    @usableFromInline
    internal struct Entry {
        /// Event time in milliseconds.
        @usableFromInline internal var time: Int64
        /// Caller-chosen tie-breaker; smaller first at equal time and priority.
        @usableFromInline internal var tieBreak: UInt64
        /// Scheduling order; the last key, making the order total.
        @usableFromInline internal var sequence: UInt64
        /// Smaller first at equal time.
        @usableFromInline internal var priority: UInt8
        /// The caller's event.
        @usableFromInline internal var payload: Payload

        @inlinable
        internal init(time: Int64, priority: UInt8, tieBreak: UInt64, sequence: UInt64, payload: Payload) {
            self.time = time
            self.tieBreak = tieBreak
            self.sequence = sequence
            self.priority = priority
            self.payload = payload
        }

        /// Whether `self` leaves the queue before `other`: (time, priority, tieBreak, sequence) lexicographically.
        @inlinable @inline(__always)
        internal func precedes(_ other: Entry) -> Bool {
            if time != other.time { return time < other.time }
            if priority != other.priority { return priority < other.priority }
            if tieBreak != other.tieBreak { return tieBreak < other.tieBreak }
            return sequence < other.sequence
        }
    }

    /// The heap, in 4-ary level order: the children of `i` are `4i + 1 … 4i + 4`.
    @usableFromInline internal var storage: ContiguousArray<Entry>

    /// The sequence number the next scheduled event receives.
    @usableFromInline internal var nextSequence: UInt64

    /// Creates an empty queue.
    ///
    /// - Parameter reservingCapacity: The number of pending events to make room for up front
    ///   (the queue grows beyond it as needed).
    /// - Complexity: O(1), plus one allocation when `reservingCapacity > 0`.
    @inlinable
    public init(reservingCapacity: Int = 0) {
        storage = []
        storage.reserveCapacity(reservingCapacity)
        nextSequence = 0
    }

    /// The number of pending events.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var count: Int { storage.count }

    /// Whether no events are pending.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var isEmpty: Bool { storage.isEmpty }

    /// The time of the next event to be popped, or `nil` when the queue is empty.
    ///
    /// - Complexity: O(1).
    @inlinable
    public var nextTime: SimTime? {
        storage.isEmpty ? nil : SimTime(milliseconds: storage[0].time)
    }

    /// Adds an event.
    ///
    /// Scheduling in the past is allowed (the queue keeps no clock); the caller's loop decides
    /// what that means.
    ///
    /// - Parameters:
    ///   - payload: The event.
    ///   - time: When it happens.
    ///   - priority: Order among events at the same time; smaller first. Default 0 (most urgent).
    ///   - tieBreak: Order among events at the same time and priority; smaller first. Default 0.
    ///     Events equal in all three leave in the order they were scheduled.
    /// - Complexity: O(log₄ n) comparisons; amortised O(1) allocation.
    @inlinable
    public mutating func schedule(_ payload: Payload, at time: SimTime, priority: UInt8 = 0, tieBreak: UInt64 = 0) {
        let entry = Entry(time: time.milliseconds, priority: priority, tieBreak: tieBreak,
                          sequence: nextSequence, payload: payload)
        nextSequence &+= 1
        storage.append(entry)
        siftUp(entry, from: storage.count - 1)
        checkInvariantsIfEnabled()
    }

    /// Removes and returns the next event (the smallest key) with its time, or `nil` when the queue is empty.
    ///
    /// - Complexity: O(log₄ n) (about 4·log₄ n comparisons).
    @inlinable
    public mutating func popNext() -> (time: SimTime, payload: Payload)? {
        if storage.isEmpty { return nil }
        let entry = removeFirst()
        checkInvariantsIfEnabled()
        return (SimTime(milliseconds: entry.time), entry.payload)
    }

    /// Removes and returns the next event only if it happens exactly at `time`; otherwise
    /// leaves the queue unchanged and returns `nil`.
    ///
    /// Useful to drain every event of one instant (in tie order) before acting on the new state.
    ///
    /// - Complexity: O(log₄ n) when an event is popped, O(1) otherwise.
    @inlinable
    public mutating func popNext(ifAt time: SimTime) -> Payload? {
        guard let first = storage.first, first.time == time.milliseconds else { return nil }
        let entry = removeFirst()
        checkInvariantsIfEnabled()
        return entry.payload
    }

    /// Removes every pending event and resets the sequence counter, so the queue behaves
    /// exactly like a newly created one.
    ///
    /// - Parameter keepingCapacity: Whether to keep the storage for reuse. Default `false`.
    /// - Complexity: O(n).
    @inlinable
    public mutating func removeAll(keepingCapacity: Bool = false) {
        storage.removeAll(keepingCapacity: keepingCapacity)
        nextSequence = 0
    }
}

extension EventQueue: Sendable where Payload: Sendable {}
extension EventQueue.Entry: Sendable where Payload: Sendable {}
