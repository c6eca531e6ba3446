import DramaModel

/// Timing rules shared by the layout and the writers.
enum SubtitleTiming {
    /// `cues` sorted by start (stable), each ending no later than the next one starts.
    static func sortedWithoutOverlaps(_ cues: [SubtitleCue]) -> [SubtitleCue] {
        var sorted = cues.enumerated()
            .sorted { $0.element.start < $1.element.start || ($0.element.start == $1.element.start && $0.offset < $1.offset) }
            .map(\.element)
        for i in sorted.indices.dropLast() where sorted[i].end > sorted[i + 1].start {
            sorted[i].end = sorted[i + 1].start
        }
        return sorted
    }

    /// `value * numerator / denominator`, rounded half away from zero, without overflow in
    /// the product.
    static func scale(_ value: Int64, by numerator: Int64, over denominator: Int64) -> Int64 {
        precondition(denominator > 0)
        let product = value.multipliedFullWidth(by: numerator)
        var (quotient, remainder) = denominator.dividingFullWidth(product)
        if remainder.magnitude * 2 >= denominator.magnitude { quotient += remainder < 0 ? -1 : 1 }
        return quotient
    }

    /// Whole milliseconds from zero, never negative.
    static func milliseconds(_ time: MediaTime) -> Int64 {
        max(0, time.converted(to: 1000).value)
    }

    /// `HH:MM:SS` + `separator` + `mmm`.
    static func timestamp(_ time: MediaTime, separator: Character) -> String {
        let ms = milliseconds(time)
        func pad(_ n: Int64, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(ms / 3_600_000, 2)):\(pad(ms / 60_000 % 60, 2)):\(pad(ms / 1000 % 60, 2))\(separator)\(pad(ms % 1000, 3))"
    }
}
