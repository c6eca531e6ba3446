import DramaModel

/// Speaks through the espeak-ng library (not its command line): formant synthesis, fast,
/// deterministic, with word and phoneme events for exact lip-sync.
///
/// Mandarin voices (`cmn`, `cmn+m3`) are spoken with espeak-ng's `cmn-latn-pinyin` voice: in
/// espeak-ng 1.51 the `cmn` voice reads each character's tone number aloud in English
/// ("ni three"), while `cmn-latn-pinyin` reads characters with proper tones. Latin letters in
/// a Chinese line are then read as pinyin.
public struct EspeakSynthesizer: VoiceSynthesizer {
    /// The engine name castings use.
    public static let engineName = "espeak-ng"
    /// Lead-in kept before the first sound.
    static let leadInMilliseconds = 10
    /// Tail kept after the last sound, for the decay.
    static let tailMilliseconds = 60

    /// `espeak-ng`.
    public var engine: String { Self.engineName }
    /// Bumped whenever the output for the same request changes.
    public var version: Int { 1 }

    private let library: EspeakLibrary

    /// Loads espeak-ng.
    ///
    /// - Throws: `VoiceError` `.engineMissing` when the library is not installed.
    public init() throws {
        library = try EspeakLibrary.shared.get()
    }

    /// Speaks the line with the request's voice and the emotion's `Prosody`.
    public func synthesize(_ request: SpeechRequest) async throws -> Speech {
        let text = Self.speakable(request.text)
        guard !text.isEmpty else {
            throw VoiceError(code: .emptyText, message: "nothing to say: the line \"\(request.text)\" has no words; give the dialogue some text")
        }
        let voice = Self.espeakVoiceName(request.voice.voice)
        let output = try library.synthesize(text, voice: voice, prosody: Prosody(voice: request.voice, emotion: request.emotion))
        let rate = library.sampleRate
        let probe = SpeechEnergy(samples: output.samples, sampleRate: rate)
        guard let sound = SpeechEnergy.speechBounds(output.samples, threshold: probe.onsetThreshold) else {
            throw VoiceError(code: .emptyText, message: "nothing to say: espeak-ng made no sound for \"\(request.text)\" with voice \(voice)")
        }
        let kept = Self.kept(sound: sound, count: output.samples.count, sampleRate: rate)
        let samples = Array(output.samples[kept])
        let speechEnd = sound.upperBound - kept.lowerBound
        func offset(_ milliseconds: Int) -> Int { min(max(milliseconds * rate / 1000 - kept.lowerBound, 0), samples.count) }
        func time(_ sample: Int) -> MediaTime { MediaTime(value: Int64(sample), rate: Int32(rate)) }

        let phonemes = output.events.filter { $0.kind == .phoneme }.map {
            LipSync.TimedShape(start: offset($0.milliseconds), shape: PhonemeMouthShapes.shape(for: $0.phoneme))
        }
        let energy = SpeechEnergy(samples: samples, sampleRate: rate)
        let mouth = LipSync.cues(phonemes: phonemes, speechEnd: speechEnd, energy: energy, sampleRate: rate)

        let scalars = Array(text.unicodeScalars)
        var words = [WordTiming]()
        for (index, event) in output.events.enumerated() where event.kind == .word {
            let first = event.textPosition - 1
            guard first >= 0, event.length > 0, first + event.length <= scalars.count else { continue }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[first..<first + event.length])
            let start = offset(event.milliseconds)
            let boundary = output.events[(index + 1)...].first { Self.endsWord($0) && $0.milliseconds >= event.milliseconds }
            let end = min(max(boundary.map { offset($0.milliseconds) } ?? speechEnd, start), speechEnd)
            words.append(WordTiming(start: time(min(start, end)), end: time(end), text: String(word)))
        }
        return Speech(samples: samples, sampleRate: rate, mouth: mouth, words: words)
    }

    /// The text as espeak-ng should read it: trimmed, lines joined.
    static func speakable(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The samples to keep: the sound plus a short lead-in and tail.
    static func kept(sound: Range<Int>, count: Int, sampleRate: Int) -> Range<Int> {
        max(0, sound.lowerBound - sampleRate * leadInMilliseconds / 1000)..<min(count, sound.upperBound + sampleRate * tailMilliseconds / 1000)
    }

    /// The espeak-ng voice that speaks a cast voice name: `cmn…` becomes `cmn-latn-pinyin…`.
    static func espeakVoiceName(_ voice: String) -> String {
        let parts = voice.split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false)
        let language = parts.first.map { $0.lowercased() } ?? ""
        guard ["cmn", "zh", "zh-cmn"].contains(language) else { return voice }
        return "cmn-latn-pinyin" + (parts.count > 1 ? "+\(parts[1])" : "")
    }

    /// A word ends at the next word, sentence end or pause.
    private static func endsWord(_ event: EspeakLibrary.Output.Event) -> Bool {
        switch event.kind {
        case .word, .sentence, .end, .messageEnd: true
        case .phoneme: event.phoneme.hasPrefix("_")
        case .other: false
        }
    }
}

extension Substring {
    /// Without leading and trailing whitespace.
    func trimmingWhitespace() -> Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return self[first...last]
    }
}
