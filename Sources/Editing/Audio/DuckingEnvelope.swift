import Foundation

/// The music's gain over an episode: unity, dipping to `depth` wherever someone speaks.
///
/// Built from the known dialogue intervals rather than by listening for speech. Lines
/// closer together than attack + release are treated as one span, so the music does not
/// bob up between them. Each span is approached over `attack` before its first word (the
/// mix is offline, so the dip can start early) and left over `release` after its end, both
/// as raised-cosine ramps in decibels.
struct DuckingEnvelope: Sendable {
    var depthDB: Float
    var attackFrames: Int
    var releaseFrames: Int

    /// The gain at each of `frames` frames for speech over `intervals` (start, end frame).
    func gains(frames: Int, speech intervals: [Range<Int>]) -> [Float] {
        var gains = [Float](repeating: 1, count: frames)
        guard depthDB < 0, frames > 0 else { return gains }
        let floor = Float(pow(10, Double(depthDB) / 20))
        // attack[k]: the gain k + 1 frames before a span; release[k]: k + 1 frames after it.
        let attack = (1...max(attackFrames, 1)).map { ramp(Float($0) / Float(max(attackFrames, 1))) }
        let release = (1...max(releaseFrames, 1)).map { ramp(Float($0) / Float(max(releaseFrames, 1))) }
        for span in merged(intervals) {
            let start = max(0, span.lowerBound)
            let end = min(frames, span.upperBound)
            if start < end {
                for i in start..<end { gains[i] = floor }
            }
            for i in max(0, span.lowerBound - attackFrames)..<min(frames, span.lowerBound) {
                gains[i] = min(gains[i], attack[span.lowerBound - i - 1])
            }
            for i in max(0, span.upperBound)..<min(frames, span.upperBound + releaseFrames) {
                gains[i] = min(gains[i], release[i - span.upperBound])
            }
        }
        return gains
    }

    /// The gain a fraction `t` of the way from the ducked level (0) back to unity (1).
    private func ramp(_ t: Float) -> Float {
        let shape = 0.5 - 0.5 * cos(Float.pi * min(max(t, 0), 1))
        return pow(10, depthDB * (1 - shape) / 20)
    }

    /// Sorted spans, joined where the gap between them is shorter than attack + release.
    private func merged(_ intervals: [Range<Int>]) -> [Range<Int>] {
        let sorted = intervals.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var out: [Range<Int>] = []
        for span in sorted {
            if let last = out.last, span.lowerBound - last.upperBound < attackFrames + releaseFrames {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                out.append(span)
            }
        }
        return out
    }
}
