internal import Basics

/// Deterministic bucketing: a unit (a viewer) lands in one of 10,000 buckets by a hash of a key
/// and its ID.
///
/// `bucket = mix(fnv1a(key + "/" + unitID)) mod 10,000`: FNV-1a over the UTF-8 bytes
/// (`StableHash.of`), then SplitMix64's finaliser (`StableHash.mix`) so that every bit of the
/// hash, not only FNV's weak low bits, decides the bucket. The same key and ID give the same
/// bucket in every process, on every machine and in every release — which is what makes an
/// assignment sticky without storing it. 10,000 buckets give traffic a resolution of 0.01 %.
/// The scheme is the one GrowthBook and Statsig describe (hash of experiment key and unit id
/// → bucket); see `docs/experiments.md`.
public enum Bucketing {
    /// The number of buckets: a weight is a whole number of hundredths of a percent.
    public static let bucketCount = 10_000

    /// The bucket (0 ..< 10,000) of `unitID` under `key`.
    ///
    /// ```swift
    /// Bucketing.bucket(key: "episode:ep-3", unitID: "viewer-42")   // same answer forever
    /// ```
    public static func bucket(key: String, unitID: String) -> Int {
        Int(StableHash.mix(StableHash.of(key, unitID)) % UInt64(bucketCount))
    }

    /// The whole number of buckets a weight in percent occupies (0.01 % per bucket); weights
    /// outside 0 … 100 (refused by validation) are clamped, so this never traps.
    static func buckets(percent: Double) -> Int {
        guard percent.isFinite else { return 0 }
        return Int((min(max(percent, 0), 100) * 100).rounded())
    }
}
