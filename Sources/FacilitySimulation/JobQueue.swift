/// One tenant's waiting jobs, in queue order (requeued jobs first, then submit time, then
/// arrival order), by ``JobIndex``.
///
/// Jobs that start leave a tombstone until the end of the scheduling pass, which packs the
/// examined prefix (`tidy`); entries before `head` are all gone. Starting a job deep in a
/// queue of a hundred thousand thus costs a move of the examined prefix, not of the queue.
/// Jobs that give up waiting (`noteAbandoned`) leave a tombstone wherever they stand; passes
/// skip it, and `tidy` packs it once a pass has examined it.
struct JobQueue: Sendable {
    /// Entries, living and dead, in queue order.
    private(set) var entries: [JobIndex] = []
    /// Every entry before `head` is dead.
    private(set) var head = 0
    /// Living entries.
    private(set) var count = 0

    /// Appends an arriving job (arrivals come in queue order within a tenant).
    mutating func append(_ job: JobIndex) {
        entries.append(job)
        count += 1
    }

    /// Inserts a job at the first living position for which `goesBefore` is false.
    mutating func insert(_ job: JobIndex, skippingWhile goesBefore: (JobIndex) -> Bool, isLive: (JobIndex) -> Bool) {
        var position = head
        while position < entries.count, !isLive(entries[position]) || goesBefore(entries[position]) { position += 1 }
        entries.insert(job, at: position)
        count += 1
    }

    /// Records that a living entry has started (its status no longer says queued).
    mutating func noteStarted() {
        count -= 1
    }

    /// Records that a living entry gave up waiting (its status no longer says queued), and
    /// moves `head` past the dead entries at the front, so passes do not walk over them.
    mutating func noteAbandoned(isLive: (JobIndex) -> Bool) {
        count -= 1
        while head < entries.count && !isLive(entries[head]) { head += 1 }
        if head > 4_096 && head > entries.count / 2 {
            entries.removeFirst(head)
            head = 0
        }
    }

    /// Packs the living entries of the examined prefix `[head, limit)` against `limit`,
    /// keeping their order, and moves `head` to the first of them. Every tombstone lies in
    /// the examined prefix (only examined jobs start), so this removes them all in
    /// O(limit − head) (tombstones of abandoned jobs beyond `limit` wait for a later pass). The whole array is rebuilt only when the dead prefix is most of it.
    mutating func tidy(examinedUpTo limit: Int, isLive: (JobIndex) -> Bool) {
        var write = limit
        var read = limit
        while read > head {
            read -= 1
            if isLive(entries[read]) {
                write -= 1
                entries[write] = entries[read]
            }
        }
        head = write
        if head > 4_096 && head > entries.count / 2 {
            entries.removeFirst(head)
            head = 0
        }
    }
}
