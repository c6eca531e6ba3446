import DramaModel

/// Whole ticks of a time at another rate, rounded in a chosen direction, exactly.
///
/// `MediaTime.converted(to:)` rounds to the nearest tick; shots need whole frames that cover
/// their audio (round up), subtitle writers need centiseconds that start no later and end no
/// earlier than the cue (round down, round up).
enum FrameCount {
    /// The fewest ticks at `rate` that last at least `time`.
    static func ceiling(_ time: MediaTime, rate: Int32) -> Int64 {
        let (quotient, remainder) = divide(time, rate: rate)
        return remainder > 0 ? quotient + 1 : quotient
    }

    /// The most ticks at `rate` that last at most `time`.
    static func floor(_ time: MediaTime, rate: Int32) -> Int64 {
        let (quotient, remainder) = divide(time, rate: rate)
        return remainder < 0 ? quotient - 1 : quotient
    }

    /// `time` rounded up to whole ticks at `rate`, as a time at that rate.
    static func roundedUp(_ time: MediaTime, rate: Int32) -> MediaTime {
        MediaTime(value: ceiling(time, rate: rate), rate: rate)
    }

    /// `time.value * rate / time.rate`, truncated toward zero, with its remainder.
    private static func divide(_ time: MediaTime, rate: Int32) -> (quotient: Int64, remainder: Int64) {
        precondition(rate > 0, "a tick rate must be positive, got \(rate)")
        let product = time.value.multipliedFullWidth(by: Int64(rate))
        return Int64(time.rate).dividingFullWidth(product)
    }
}
