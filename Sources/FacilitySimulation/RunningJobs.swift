/// The jobs running in one pool, kept sorted by requested end time (start + requested wall
/// time), ties by job number: the order in which EASY backfilling expects GPUs to come free.
///
/// A sorted array: inserting and removing move at most the jobs that end later, which for the
/// few hundred jobs of a pool is a short memory move, and finding the head's shadow time is a
/// walk from the front that stops as soon as enough GPUs are found.
struct RunningJobs: Sendable {
    struct Entry: Sendable {
        var requestedEndMs: Int64
        var job: Int32
        var footprint: Int32
    }

    private(set) var entries: [Entry] = []

    private func position(of key: (Int64, Int32)) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if (entries[middle].requestedEndMs, entries[middle].job) < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    mutating func insert(job: Int32, requestedEndMs: Int64, footprint: Int32) {
        entries.insert(Entry(requestedEndMs: requestedEndMs, job: job, footprint: footprint), at: position(of: (requestedEndMs, job)))
    }

    mutating func remove(job: Int32, requestedEndMs: Int64) {
        let index = position(of: (requestedEndMs, job))
        precondition(index < entries.count && entries[index].job == job, "job \(job) is not running here")
        entries.remove(at: index)
    }
}
