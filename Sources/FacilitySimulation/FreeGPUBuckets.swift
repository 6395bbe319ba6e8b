/// The nodes of one pool that can take new jobs, grouped by how many GPUs each has free.
///
/// One bit set per free-GPU count, over the pool's node numbers, so that best fit ("the node
/// with the fewest free GPUs that still fit; among equals the lowest-numbered") and "the k
/// lowest-numbered wholly free nodes" are a few word scans, with no allocation.
struct FreeGPUBuckets: Sendable {
    let gpusPerNode: Int
    let wordsPerBucket: Int
    /// Bucket f occupies words [f × wordsPerBucket, (f + 1) × wordsPerBucket).
    private(set) var bits: [UInt64]
    /// Nodes in each bucket.
    private(set) var counts: [Int]
    /// Free GPUs summed over the nodes in the buckets.
    private(set) var freeGPUs = 0

    init(gpusPerNode: Int, nodeCapacity: Int) {
        self.gpusPerNode = gpusPerNode
        wordsPerBucket = max(1, (nodeCapacity + 63) / 64)
        bits = [UInt64](repeating: 0, count: (gpusPerNode + 1) * wordsPerBucket)
        counts = [Int](repeating: 0, count: gpusPerNode + 1)
    }

    /// Adds node `local` (its number within the pool) with `free` GPUs free.
    mutating func insert(_ local: Int, free: Int) {
        bits[free * wordsPerBucket + local >> 6] |= 1 << UInt64(local & 63)
        counts[free] += 1
        freeGPUs += free
    }

    /// Removes node `local`, which is in the bucket for `free`.
    mutating func remove(_ local: Int, free: Int) {
        bits[free * wordsPerBucket + local >> 6] &= ~(1 << UInt64(local & 63))
        counts[free] -= 1
        freeGPUs -= free
    }

    /// Whether some node has at least `gpus` free.
    func hasNode(withAtLeast gpus: Int) -> Bool {
        guard gpus <= gpusPerNode else { return false }
        for free in gpus...gpusPerNode where counts[free] > 0 { return true }
        return false
    }

    /// Best fit: the lowest-numbered node among those with the fewest free GPUs ≥ `gpus`.
    func bestFit(gpus: Int) -> (local: Int, free: Int)? {
        guard gpus <= gpusPerNode else { return nil }
        for free in gpus...gpusPerNode where counts[free] > 0 {
            return (lowest(inBucket: free), free)
        }
        return nil
    }

    /// Wholly free nodes.
    var wholeFreeNodes: Int { counts[gpusPerNode] }

    /// The `count` lowest-numbered wholly free nodes, appended to `nodes` (not removed).
    func lowestWholeFreeNodes(_ count: Int, into nodes: inout [Int]) {
        var needed = count
        let base = gpusPerNode * wordsPerBucket
        for word in 0..<wordsPerBucket where needed > 0 {
            var value = bits[base + word]
            while value != 0 && needed > 0 {
                nodes.append(word << 6 | value.trailingZeroBitCount)
                value &= value - 1
                needed -= 1
            }
        }
    }

    private func lowest(inBucket free: Int) -> Int {
        let base = free * wordsPerBucket
        for word in 0..<wordsPerBucket where bits[base + word] != 0 {
            return word << 6 | bits[base + word].trailingZeroBitCount
        }
        preconditionFailure("bucket \(free) counted a node it does not hold")
    }
}

extension FreeGPUBuckets {
    /// Whether node `local` is in the bucket for `free` (for invariant checks).
    func contains(_ local: Int, free: Int) -> Bool {
        guard (0...gpusPerNode).contains(free) else { return false }
        return bits[free * wordsPerBucket + local >> 6] & (1 << UInt64(local & 63)) != 0
    }
}
