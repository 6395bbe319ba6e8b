/// The jobs running in one pool, kept sorted by requested end time (start + requested wall
/// time), ties by job number: the order in which EASY backfilling expects GPUs to come free.
///
/// Stored as a list of sorted blocks of at most `blockCapacity` entries, so that inserting or
/// removing a job moves at most one block's worth of memory, not the whole list: a
/// 10,000-GPU pool with thousands of running jobs stays cheap. Walking in order (for shadow
/// times) visits blocks front to back and can stop early.
///
/// - Complexity: insert and remove O(log n + block size); iteration O(1) per entry.
struct RunningJobs: Sendable, Sequence {
    struct Entry: Sendable {
        var requestedEndMs: Int64
        var job: JobIndex
        var footprint: Int32
    }

    static let blockCapacity = 128

    private var blocks: [[Entry]] = []

    private static func key(_ entry: Entry) -> (Int64, JobIndex) { (entry.requestedEndMs, entry.job) }

    /// The block a key belongs in: the first whose last entry is not below it (or the last block).
    private func blockIndex(for key: (Int64, JobIndex)) -> Int {
        var low = 0, high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if Self.key(blocks[middle][blocks[middle].count - 1]) < key { low = middle + 1 } else { high = middle }
        }
        return Swift.min(low, blocks.count - 1)
    }

    private static func position(of key: (Int64, JobIndex), in block: [Entry]) -> Int {
        var low = 0, high = block.count
        while low < high {
            let middle = (low + high) / 2
            if Self.key(block[middle]) < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    mutating func insert(job: JobIndex, requestedEndMs: Int64, footprint: Int32) {
        let entry = Entry(requestedEndMs: requestedEndMs, job: job, footprint: footprint)
        guard !blocks.isEmpty else {
            blocks.append([entry])
            return
        }
        let index = blockIndex(for: Self.key(entry))
        blocks[index].insert(entry, at: Self.position(of: Self.key(entry), in: blocks[index]))
        if blocks[index].count > Self.blockCapacity {
            let upper = Array(blocks[index][(Self.blockCapacity / 2)...])
            blocks[index].removeLast(upper.count)
            blocks.insert(upper, at: index + 1)
        }
    }

    mutating func remove(job: JobIndex, requestedEndMs: Int64) {
        let key = (requestedEndMs, job)
        let index = blocks.isEmpty ? 0 : blockIndex(for: key)
        let position = blocks.isEmpty ? 0 : Self.position(of: key, in: blocks[index])
        precondition(!blocks.isEmpty && position < blocks[index].count && blocks[index][position].job == job, "job \(job.rawValue) is not running here")
        blocks[index].remove(at: position)
        if blocks[index].isEmpty { blocks.remove(at: index) }
    }

    /// Running jobs in the pool.
    var count: Int { blocks.reduce(0) { $0 + $1.count } }

    struct Iterator: IteratorProtocol {
        fileprivate let blocks: [[Entry]]
        fileprivate var block = 0
        fileprivate var position = 0

        mutating func next() -> Entry? {
            while block < blocks.count {
                if position < blocks[block].count {
                    defer { position += 1 }
                    return blocks[block][position]
                }
                block += 1
                position = 0
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(blocks: blocks) }
}
