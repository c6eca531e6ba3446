/// A hash that is the same in every process and on every machine, for deriving voices from
/// ids (Swift's `hashValue` is seeded per process).
enum StableHash {
    /// 64-bit FNV-1a of the UTF-8 bytes, with a final avalanche so nearby ids spread apart.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        // splitmix64's finaliser: every output bit depends on every input bit.
        hash ^= hash >> 30
        hash &*= 0xbf58_476d_1ce4_e5b9
        hash ^= hash >> 27
        hash &*= 0x94d0_49bb_1331_11eb
        hash ^= hash >> 31
        return hash
    }
}
