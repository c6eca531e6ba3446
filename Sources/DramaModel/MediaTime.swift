/// A point or span in media time, as a whole number of ticks at a tick rate.
///
/// The model never stores floating-point seconds: a time is `value / rate` seconds exactly,
/// so frame counts (rate 30), milliseconds (rate 1000) and audio samples (rate 48000) keep
/// their precision. Comparison, equality and hashing are exact across rates —
/// `MediaTime(value: 1, rate: 2) == .milliseconds(500)` — and `+`/`-` are exact too.
///
/// ```swift
/// let cue = MediaTime.milliseconds(1_500) + MediaTime(value: 15, rate: 30)
/// cue.description  // "2.000s@3000"
/// ```
public struct MediaTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The number of ticks.
    public var value: Int64
    /// Ticks per second: 1000 for milliseconds, 30 for frames at 30 fps, 48000 for samples.
    public var rate: Int32

    /// Creates a time of `value` ticks at `rate` ticks per second.
    ///
    /// - Precondition: `rate > 0`.
    public init(value: Int64, rate: Int32) {
        precondition(rate > 0, "MediaTime rate must be positive, got \(rate)")
        self.value = value
        self.rate = rate
    }

    /// Zero, at millisecond rate.
    public static let zero = MediaTime(value: 0, rate: 1000)

    /// A measured duration in seconds, rounded to the nearest tick at `rate`.
    ///
    /// Use it to convert measurements (an audio file's length); keep model times rational.
    public static func seconds(_ s: Double, rate: Int32 = 1000) -> MediaTime {
        MediaTime(value: Int64((s * Double(rate)).rounded()), rate: rate)
    }

    /// A whole number of milliseconds.
    public static func milliseconds(_ ms: Int64) -> MediaTime {
        MediaTime(value: ms, rate: 1000)
    }

    /// The time in seconds, for display and measurement; never store it back in the model.
    public var seconds: Double { Double(value) / Double(rate) }

    /// The same time at another rate, rounded to the nearest tick (halves away from zero).
    ///
    /// - Precondition: `rate > 0`.
    public func converted(to rate: Int32) -> MediaTime {
        precondition(rate > 0, "MediaTime rate must be positive, got \(rate)")
        if rate == self.rate { return self }
        let product = value.multipliedFullWidth(by: Int64(rate))
        let divisor = Int64(self.rate)
        var (quotient, remainder) = divisor.dividingFullWidth(product)
        // The remainder takes the dividend's sign; round half away from zero.
        if remainder.magnitude * 2 >= divisor.magnitude { quotient += remainder < 0 ? -1 : 1 }
        return MediaTime(value: quotient, rate: rate)
    }

    /// The exact sum; at the least common multiple of the rates when they differ (at the
    /// larger rate, rounded, if that multiple does not fit in `Int32`).
    public static func + (a: MediaTime, b: MediaTime) -> MediaTime {
        let (x, y) = commonRate(a, b)
        return MediaTime(value: x.value + y.value, rate: x.rate)
    }

    /// The exact difference; at the least common multiple of the rates when they differ (at
    /// the larger rate, rounded, if that multiple does not fit in `Int32`).
    public static func - (a: MediaTime, b: MediaTime) -> MediaTime {
        let (x, y) = commonRate(a, b)
        return MediaTime(value: x.value - y.value, rate: x.rate)
    }

    /// True when `a` is earlier than `b`, compared exactly across rates.
    public static func < (a: MediaTime, b: MediaTime) -> Bool {
        let (l, r) = crossProducts(a, b)
        return l.high < r.high || (l.high == r.high && l.low < r.low)
    }

    /// True when both name the same instant, whatever their rates.
    public static func == (a: MediaTime, b: MediaTime) -> Bool {
        if a.rate == b.rate { return a.value == b.value }
        let (l, r) = crossProducts(a, b)
        return l.high == r.high && l.low == r.low
    }

    /// Hashes the reduced fraction, so equal times at different rates hash alike.
    public func hash(into hasher: inout Hasher) {
        let divisor = Self.gcd(value.magnitude, UInt64(rate))
        hasher.combine(value / Int64(divisor))
        hasher.combine(UInt64(rate) / divisor)
    }

    /// Seconds with three decimals and the rate: `1.500s@1000`.
    public var description: String {
        let ms = converted(to: 1000).value
        let fraction = String(ms.magnitude % 1000)
        let padded = String(repeating: "0", count: 3 - fraction.count) + fraction
        return "\(ms < 0 ? "-" : "")\(ms.magnitude / 1000).\(padded)s@\(rate)"
    }

    private enum CodingKeys: String, CodingKey { case value, rate }

    /// Decodes `{"value": …, "rate": …}`, rejecting a rate that is not positive.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let value = try container.decode(Int64.self, forKey: .value)
        let rate = try container.decode(Int32.self, forKey: .rate)
        guard rate > 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .rate, in: container, debugDescription: "rate must be positive, got \(rate)")
        }
        self.init(value: value, rate: rate)
    }

    /// Encodes `{"value": …, "rate": …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(rate, forKey: .rate)
    }

    /// Both times at one rate: the lcm of theirs, or the larger rate if the lcm overflows.
    private static func commonRate(_ a: MediaTime, _ b: MediaTime) -> (MediaTime, MediaTime) {
        if a.rate == b.rate { return (a, b) }
        let lcm = Int64(a.rate) / Int64(gcd(UInt64(a.rate), UInt64(b.rate))) * Int64(b.rate)
        if lcm <= Int64(Int32.max) {
            let rate = Int32(lcm)
            let (x, xOverflow) = a.value.multipliedReportingOverflow(by: lcm / Int64(a.rate))
            let (y, yOverflow) = b.value.multipliedReportingOverflow(by: lcm / Int64(b.rate))
            if !xOverflow && !yOverflow { return (MediaTime(value: x, rate: rate), MediaTime(value: y, rate: rate)) }
        }
        let rate = max(a.rate, b.rate)
        return (a.converted(to: rate), b.converted(to: rate))
    }

    /// `a.value * b.rate` and `b.value * a.rate` at full width.
    private static func crossProducts(
        _ a: MediaTime, _ b: MediaTime
    ) -> (l: (high: Int64, low: UInt64), r: (high: Int64, low: UInt64)) {
        (a.value.multipliedFullWidth(by: Int64(b.rate)), b.value.multipliedFullWidth(by: Int64(a.rate)))
    }

    private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
