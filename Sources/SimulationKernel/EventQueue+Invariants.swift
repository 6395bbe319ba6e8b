// Heap invariant checks, as in swift-collections' Heap+Invariants.swift: always available to
// tests, and run after every mutation only when the kernel is built with
// `-Xswiftc -DSIMULATION_KERNEL_INTERNAL_CHECKS` (they cost O(n) per operation).

extension EventQueue {
    /// Runs ``checkInvariants()`` when internal checks are compiled in; otherwise nothing.
    @inlinable @inline(__always)
    internal func checkInvariantsIfEnabled() {
        #if SIMULATION_KERNEL_INTERNAL_CHECKS
        checkInvariants()
        #endif
    }

    /// Traps unless every entry's parent precedes it and every sequence number is below the counter.
    ///
    /// - Complexity: O(n).
    @usableFromInline
    internal func checkInvariants() {
        for index in storage.indices {
            precondition(storage[index].sequence < nextSequence, "EventQueue: sequence number from the future")
            if index > 0 {
                let parent = (index - 1) / Self.arity
                precondition(storage[parent].precedes(storage[index]), "EventQueue: heap order violated at \(index)")
            }
        }
    }
}
