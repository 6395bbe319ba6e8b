/// Random stream numbers derived from names, not positions, so that adding a tenant or a
/// build-out phase changes no other tenant's or node's random draws.
enum StreamKey {
    /// FNV-1a, 64-bit, over the UTF-8 bytes of `text`: stable across runs, machines and
    /// Swift versions (unlike `Hasher`, which is seeded per process).
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
