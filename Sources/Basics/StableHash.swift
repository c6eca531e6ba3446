/// FNV-1a (64 bit) over UTF-8: the same text gives the same number in every process and on
/// every machine, unlike Swift's per-process seeded `Hasher`.
package enum StableHash {
    /// The hash of `text`.
    package static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The hash of the parts joined with `/`.
    package static func of(_ parts: String...) -> UInt64 { of(parts) }

    /// The hash of the parts joined with `/`.
    package static func of(_ parts: [String]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 { hash = (hash ^ 0x2F) &* 0x0000_0100_0000_01B3 }
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return hash
    }

    /// A pick from `count` choices by the hash of the parts.
    package static func pick(_ count: Int, _ parts: String...) -> Int {
        precondition(count > 0, "nothing to pick from")
        return Int(mix(of(parts)) % UInt64(count))
    }

    /// SplitMix64's output step: a golden-ratio step, then `finalized`.
    package static func mix(_ value: UInt64) -> UInt64 { finalized(value &+ 0x9E37_79B9_7F4A_7C15) }

    /// SplitMix64's finaliser: every output bit depends on every input bit, so nearby inputs
    /// spread apart.
    package static func finalized(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
