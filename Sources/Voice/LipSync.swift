import DramaModel

/// Turns timed phonemes into mouth cues an animator can follow at 25–30 fps.
///
/// 1. Each phoneme's shape (`PhonemeMouthShapes`) lasts until the next phoneme; the first is
///    pulled back to 0 and the last ends where speech ends.
/// 2. Silences longer than 120 ms (from the audio's energy) close the mouth, whatever the
///    phonemes say.
/// 3. Runs of one shape merge; a shape shorter than 40 ms (one frame) is given to its longer
///    neighbour, shortest first, until none is left.
/// 4. A final `.closed` cue marks the end of speech.
enum LipSync {
    /// Shorter shapes are absorbed by a neighbour: one frame at 25 fps.
    static let minimumMilliseconds = 40
    /// Longer silences close the mouth.
    static let closingSilenceMilliseconds = 120

    /// One phoneme's shape from `start` (a sample offset).
    struct TimedShape: Equatable {
        var start: Int
        var shape: MouthShape
    }

    /// Mouth cues for speech that ends at sample `speechEnd`, at `sampleRate`.
    static func cues(
        phonemes: [TimedShape], speechEnd: Int, energy: SpeechEnergy, sampleRate: Int
    ) -> [MouthCue] {
        let minimum = sampleRate * minimumMilliseconds / 1000
        var spans = spans(from: phonemes, end: speechEnd)
        if spans.isEmpty {
            // No phonemes: open while voiced.
            spans = energy.voicedRegions(bridging: minimum).map { Span(range: $0, shape: .open) }
            spans = filled(spans, end: speechEnd)
        }
        for silence in energy.silences(atLeast: sampleRate * closingSilenceMilliseconds / 1000) {
            let clipped = max(0, silence.lowerBound)..<min(silence.upperBound, speechEnd)
            if !clipped.isEmpty { spans = overlay(spans, closed: clipped) }
        }
        spans = absorbShort(merged(spans), minimum: minimum)
        var cues = spans.map { MouthCue(start: MediaTime(value: Int64($0.range.lowerBound), rate: Int32(sampleRate)), shape: $0.shape) }
        if cues.last?.shape != .closed {
            cues.append(MouthCue(start: MediaTime(value: Int64(speechEnd), rate: Int32(sampleRate)), shape: .closed))
        }
        if cues.isEmpty { cues = [MouthCue(start: MediaTime(value: 0, rate: Int32(sampleRate)), shape: .closed)] }
        return cues
    }

    struct Span: Equatable {
        var range: Range<Int>
        var shape: MouthShape
    }

    /// Spans covering 0..<end, one per phoneme (empty ones dropped).
    static func spans(from phonemes: [TimedShape], end: Int) -> [Span] {
        let sorted = phonemes.map { TimedShape(start: min(max($0.start, 0), end), shape: $0.shape) }
            .enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
        var spans = [Span]()
        for (index, phoneme) in sorted.enumerated() {
            let start = index == 0 ? 0 : phoneme.start
            let stop = index + 1 < sorted.count ? sorted[index + 1].start : end
            if stop > start { spans.append(Span(range: start..<stop, shape: phoneme.shape)) }
        }
        return spans
    }

    /// Closed spans in the gaps of `spans`, so they cover 0..<end.
    static func filled(_ spans: [Span], end: Int) -> [Span] {
        var result = [Span]()
        var cursor = 0
        for span in spans where span.range.upperBound > cursor {
            if span.range.lowerBound > cursor { result.append(Span(range: cursor..<span.range.lowerBound, shape: .closed)) }
            let start = max(cursor, span.range.lowerBound)
            result.append(Span(range: start..<min(span.range.upperBound, end), shape: span.shape))
            cursor = min(span.range.upperBound, end)
        }
        if cursor < end { result.append(Span(range: cursor..<end, shape: .closed)) }
        return result.filter { !$0.range.isEmpty }
    }

    /// `spans` with `closed` cut out of them and a closed span in its place.
    static func overlay(_ spans: [Span], closed: Range<Int>) -> [Span] {
        var result = [Span]()
        var inserted = false
        for span in spans {
            if span.range.upperBound <= closed.lowerBound || span.range.lowerBound >= closed.upperBound {
                if !inserted, span.range.lowerBound >= closed.upperBound {
                    result.append(Span(range: closed, shape: .closed))
                    inserted = true
                }
                result.append(span)
                continue
            }
            if span.range.lowerBound < closed.lowerBound {
                result.append(Span(range: span.range.lowerBound..<closed.lowerBound, shape: span.shape))
            }
            if !inserted {
                result.append(Span(range: closed, shape: .closed))
                inserted = true
            }
            if span.range.upperBound > closed.upperBound {
                result.append(Span(range: closed.upperBound..<span.range.upperBound, shape: span.shape))
            }
        }
        if !inserted { result.append(Span(range: closed, shape: .closed)) }
        return result
    }

    /// Adjacent spans of one shape joined.
    static func merged(_ spans: [Span]) -> [Span] {
        var result = [Span]()
        for span in spans {
            if let last = result.last, last.shape == span.shape, last.range.upperBound == span.range.lowerBound {
                result[result.count - 1].range = last.range.lowerBound..<span.range.upperBound
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// Spans shorter than `minimum` given to their longer neighbour, shortest first.
    static func absorbShort(_ input: [Span], minimum: Int) -> [Span] {
        var spans = input
        while spans.count > 1 {
            guard let index = spans.indices.filter({ spans[$0].range.count < minimum }).min(by: { spans[$0].range.count < spans[$1].range.count })
            else { break }
            let previous = index > 0 ? spans[index - 1].range.count : -1
            let next = index + 1 < spans.count ? spans[index + 1].range.count : -1
            let range = spans[index].range
            if previous >= next {
                spans[index - 1].range = spans[index - 1].range.lowerBound..<range.upperBound
            } else {
                spans[index + 1].range = range.lowerBound..<spans[index + 1].range.upperBound
            }
            spans.remove(at: index)
            spans = merged(spans)
        }
        return spans
    }
}
