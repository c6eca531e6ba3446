/// What a platform's upload form accepts, checked before a delivery package is written so a
/// person is not handed a folder the form will refuse.
///
/// The table is keyed by the lower-cased platform name a package channel names (`platform:`
/// in `cliff.yaml`, default the channel's name). A platform not in the table is not checked.
///
/// | Platform | Largest file | Longest video | Smallest short side | Source |
/// |----------|--------------|---------------|---------------------|--------|
/// | Douyin (`douyin`, `抖音`) | 128 MB (MiB, 134,217,728 bytes) | 15 min | 720 px | FORMATS.md, "Micro-drama format and platforms": single upload ≤ 128 MB / ≤ 15 min, 720p or higher |
///
/// Figures move: when a platform changes its form, change the row here (and FORMATS.md).
public struct PlatformLimits: Sendable, Hashable {
    /// The platform's name as messages give it.
    public var platform: String
    /// The largest master file the form takes, in bytes; nil: not limited here.
    public var maxBytes: Int64?
    /// The longest episode the form takes, in seconds; nil: not limited here.
    public var maxDurationSeconds: Double?
    /// The smallest shorter side of the frame, in pixels (720 for "720p or higher"); checked
    /// only when the master's resolution can be read from its header.
    public var minShortSide: Int?

    /// Creates a row.
    public init(platform: String, maxBytes: Int64?, maxDurationSeconds: Double?, minShortSide: Int?) {
        self.platform = platform
        self.maxBytes = maxBytes
        self.maxDurationSeconds = maxDurationSeconds
        self.minShortSide = minShortSide
    }

    /// The known platforms' limits, keyed by lower-cased name.
    public static let table: [String: PlatformLimits] = {
        let douyin = PlatformLimits(platform: "Douyin", maxBytes: 128 << 20, maxDurationSeconds: 15 * 60, minShortSide: 720)
        return ["douyin": douyin, "抖音": douyin]
    }()

    /// The limits of the platform named `platform` (any case), or nil when it is not known.
    public static func forPlatform(_ platform: String?) -> PlatformLimits? {
        guard let platform else { return nil }
        return table[platform.trimmingWhitespaceAndLowercased]
    }
}

extension String {
    fileprivate var trimmingWhitespaceAndLowercased: String {
        String(self.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()).lowercased()
    }
}
