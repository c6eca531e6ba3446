import DramaModel
import Foundation
import Voice

/// Timings for audio from a speech service, which reports none — the approach the Voice
/// module takes for Piper: the audio is trimmed to the speech (20 ms lead-in, 80 ms tail), and
/// espeak-ng's phoneme-based mouth cues and word timings for the same text are laid over it,
/// stretched from espeak-ng's speech span to the service's. Silences of 120 ms or more in the
/// service's audio close the mouth. Without espeak-ng the mouth is open while the audio is
/// voiced.
enum SpeechAligner {
    static let leadInMilliseconds = 20
    static let tailMilliseconds = 80
    static let windowMilliseconds = 10
    static let closingSilenceMilliseconds = 120

    /// Service audio (a WAV file) as `Speech` with mouth cues and word timings for `text`.
    /// - Throws: `VoiceError` `.invalidAudio` for an unreadable WAV, `.emptyText` for silence.
    static func speech(wav: Data, text: String, language: Language) async throws -> Speech {
        let decoded = try Speech(wav: wav)
        let rate = decoded.sampleRate
        let raw = decoded.samples
        let peak = raw.reduce(0) { max($0, abs(Int($1))) }
        let threshold = max(100, peak * 3 / 100)
        guard let first = raw.firstIndex(where: { abs(Int($0)) >= threshold }), let last = raw.lastIndex(where: { abs(Int($0)) >= threshold }) else {
            throw VoiceError(code: .emptyText, message: "the speech service returned silence for \"\(text.prefix(40))\"; check the voice and the text")
        }
        let kept = max(0, first - rate * leadInMilliseconds / 1000)..<min(raw.count, last + 1 + rate * tailMilliseconds / 1000)
        let samples = Array(raw[kept])
        let speechStart = first - kept.lowerBound
        let speechEnd = last + 1 - kept.lowerBound
        let voiced = voicedWindows(samples, sampleRate: rate)
        let window = max(1, rate * windowMilliseconds / 1000)

        var mouth: [(Int, MouthShape)] = []
        var words: [WordTiming] = []
        if let reference = await reference(text: text, language: language), let span = reference.speechSpan {
            // Reference sample positions, stretched linearly onto this audio's speech span.
            let scale = Double(speechEnd - speechStart) / Double(max(1, span.upperBound - span.lowerBound))
            func map(_ time: MediaTime) -> Int {
                let referenceSample = Double(time.value) * Double(reference.speech.sampleRate) / Double(time.rate)
                let offset = (referenceSample - Double(span.lowerBound)) * scale
                return min(speechEnd, max(0, speechStart + Int(offset.rounded())))
            }
            mouth = reference.speech.mouth.map { (map($0.start), $0.shape) }
            words = reference.speech.words.map {
                WordTiming(start: MediaTime(value: Int64(map($0.start)), rate: Int32(rate)), end: MediaTime(value: Int64(map($0.end)), rate: Int32(rate)), text: $0.text)
            }
        } else {
            var previous: Bool?
            for (index, isVoiced) in voiced.enumerated() where isVoiced != previous {
                mouth.append((min(speechEnd, index * window), isVoiced ? .open : .closed))
                previous = isVoiced
            }
        }
        // Long silences close the mouth, whatever the reference says.
        let minimumSilence = closingSilenceMilliseconds / windowMilliseconds
        var runStart: Int?
        for (index, isVoiced) in (voiced + [true]).enumerated() {
            if !isVoiced {
                if runStart == nil { runStart = index }
            } else if let start = runStart {
                if index - start >= minimumSilence, start * window > speechStart, start * window < speechEnd {
                    let from = start * window
                    let to = min(speechEnd, index * window)
                    let resume = mouth.last { $0.0 <= to }?.1 ?? .closed
                    mouth.removeAll { $0.0 >= from && $0.0 < to }
                    mouth.append((from, .closed))
                    if to < speechEnd { mouth.append((to, resume)) }
                }
                runStart = nil
            }
        }
        return Speech(samples: samples, sampleRate: rate, mouth: cues(mouth, speechEnd: speechEnd, sampleRate: rate), words: words)
    }

    /// Sorted cues from 0 without repeats, ending `.closed` where the speech ends.
    static func cues(_ raw: [(Int, MouthShape)], speechEnd: Int, sampleRate: Int) -> [MouthCue] {
        let sorted = raw.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
        var result: [(Int, MouthShape)] = []
        for (start, shape) in sorted where start < speechEnd {
            let at = result.isEmpty ? 0 : start
            if let last = result.last, last.0 == at { result[result.count - 1].1 = shape; continue }
            if result.last?.1 == shape { continue }
            result.append((at, shape))
        }
        if result.isEmpty { result.append((0, .open)) }
        if result.last?.1 != .closed { result.append((speechEnd, .closed)) }
        return result.map { MouthCue(start: MediaTime(value: Int64($0.0), rate: Int32(sampleRate)), shape: $0.1) }
    }

    /// Whether each 10 ms window is voiced (RMS at least 4 % of the loudest, and at least 120).
    static func voicedWindows(_ samples: [Int16], sampleRate: Int) -> [Bool] {
        let window = max(1, sampleRate * windowMilliseconds / 1000)
        var rms: [Double] = []
        var start = 0
        while start < samples.count {
            let end = min(start + window, samples.count)
            var sum = 0.0
            for index in start..<end { sum += Double(Int(samples[index]) * Int(samples[index])) }
            rms.append((sum / Double(end - start)).squareRoot())
            start = end
        }
        let threshold = max(120, (rms.max() ?? 0) * 0.04)
        return rms.map { $0 >= threshold }
    }

    struct Reference {
        var speech: Speech
        /// Where the reference's mouth moves: from its first open cue to its closing cue.
        var speechSpan: Range<Int>? {
            guard let open = speech.mouth.first(where: { $0.shape != .closed }), let close = speech.mouth.last(where: { $0.shape == .closed }) else { return nil }
            let start = Int(open.start.value * Int64(speech.sampleRate) / Int64(open.start.rate))
            let end = Int(close.start.value * Int64(speech.sampleRate) / Int64(close.start.rate))
            return end > start ? start..<end : nil
        }
    }

    /// espeak-ng's reading of the text, when espeak-ng is installed.
    static func reference(text: String, language: Language) async -> Reference? {
        guard let espeak = try? EspeakSynthesizer() else { return nil }
        let voice = ResolvedVoice(engine: EspeakSynthesizer.engineName, voice: VoiceCaster.espeakBase(language), pitch: 50, rate: 175)
        guard let speech = try? await espeak.synthesize(SpeechRequest(text: text, language: language, voice: voice, emotion: .neutral)) else { return nil }
        return Reference(speech: speech)
    }
}
