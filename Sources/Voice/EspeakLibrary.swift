import CEspeakNG
import Synchronization

/// The process's one espeak-ng library, loaded at run time.
///
/// espeak-ng keeps its state in globals (the current voice, the parameters, the synth
/// callback) and is not thread-safe, so every call into it happens while holding `lock`.
/// Its state also carries over from one utterance to the next (the same line spoken twice
/// differs by a few samples and a longer comma pause), so each call maps a fresh instance of
/// the library, initialises it, uses it and unloads it (`cliff_espeak_open`/`_close`): a
/// few milliseconds for output that depends only on the request. A call holds the lock for
/// as long as espeak-ng takes to speak one line (tens of milliseconds).
final class EspeakLibrary: Sendable {
    /// The library's file name.
    static let soname = "libespeak-ng.so.1"

    /// The loaded and initialised library, or why it could not be loaded (loading is tried
    /// once per process).
    static let shared: Result<EspeakLibrary, VoiceError> = {
        do throws(VoiceError) {
            return .success(try EspeakLibrary(soname: soname))
        } catch {
            return .failure(error)
        }
    }()

    /// Output samples per second (22050 for espeak-ng's voices).
    let sampleRate: Int
    /// The library's version ("1.51").
    let version: String
    /// Held around every call into the library.
    private let lock = Mutex(())

    private init(soname: String) throws(VoiceError) {
        try Self.load(soname: soname)
        let rate = cliff_espeak_open()
        defer { cliff_espeak_close() }
        guard rate > 0 else {
            throw VoiceError(
                code: .engineMissing,
                message: "espeak-ng could not start: its data (espeak-ng-data) is missing or unreadable; reinstall it with `apt-get install --reinstall espeak-ng-data`")
        }
        sampleRate = Int(rate)
        version = String(cString: cliff_espeak_version())
    }

    /// Loads the library named `soname`. Internal so tests can try a library that is absent.
    static func load(soname: String) throws(VoiceError) {
        var reason = [CChar](repeating: 0, count: 512)
        guard cliff_espeak_load(soname, &reason, UInt(reason.count)) == 0 else {
            let text = String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw VoiceError(code: .engineMissing, message: missingMessage(soname: soname, reason: text))
        }
    }

    /// What to tell someone whose machine lacks the library.
    static func missingMessage(soname: String, reason: String) -> String {
        "espeak-ng is not installed: run scripts/setup.sh or `apt-get install espeak-ng` (could not load \(soname): \(reason))"
    }

    /// What one synthesis produced, with event times in milliseconds from the output's start.
    struct Output {
        /// The kinds of espeak_EVENT used here.
        enum Kind {
            case word, sentence, end, messageEnd, phoneme, other

            init(_ type: Int32) {
                switch UInt32(bitPattern: type) {
                case espeakEVENT_WORD.rawValue: self = .word
                case espeakEVENT_SENTENCE.rawValue: self = .sentence
                case espeakEVENT_END.rawValue: self = .end
                case espeakEVENT_MSG_TERMINATED.rawValue: self = .messageEnd
                case espeakEVENT_PHONEME.rawValue: self = .phoneme
                default: self = .other
                }
            }
        }

        struct Event {
            var kind: Kind
            var textPosition: Int
            var length: Int
            var milliseconds: Int
            var phoneme: String
        }

        var samples: [Int16]
        var events: [Event]
    }

    /// Speaks `text` with `voice` (an espeak-ng voice name) and `prosody`.
    func synthesize(_ text: String, voice: String, prosody: Prosody) throws(VoiceError) -> Output {
        try lock.withLock { _ throws(VoiceError) -> Output in
            try open()
            defer { cliff_espeak_close() }
            try select(voice: voice, prosody: prosody)
            var output = cliff_espeak_output()
            defer { cliff_espeak_output_free(&output) }
            let status = cliff_espeak_synthesize(text, &output)
            guard status == 0 else {
                throw VoiceError(
                    code: .synthesisFailed,
                    message: "espeak-ng failed to speak \"\(text.prefix(40))\" with voice \(voice) (status \(status)); check the text and the voice name")
            }
            let samples = output.sample_count == 0 ? [] : Array(UnsafeBufferPointer(start: output.samples, count: output.sample_count))
            var events = [Output.Event]()
            events.reserveCapacity(output.event_count)
            for index in 0..<output.event_count {
                var event = output.events[index]
                let phoneme = withUnsafeBytes(of: &event.phoneme) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                events.append(Output.Event(
                    kind: Output.Kind(event.type), textPosition: Int(event.text_position), length: Int(event.length),
                    milliseconds: Int(event.audio_position), phoneme: phoneme))
            }
            return Output(samples: samples, events: events)
        }
    }

    /// espeak-ng's phonemes for `text` in `voice`: clauses of words of phoneme mnemonics.
    func phonemes(_ text: String, voice: String) throws(VoiceError) -> [[[String]]] {
        try lock.withLock { _ throws(VoiceError) -> [[[String]]] in
            try open()
            defer { cliff_espeak_close() }
            try select(voice: voice, prosody: nil)
            guard let pointer = cliff_espeak_text_to_phonemes(text, CChar(UInt8(ascii: "|"))) else {
                throw VoiceError(code: .synthesisFailed, message: "espeak-ng could not turn \"\(text.prefix(40))\" into phonemes with voice \(voice)")
            }
            defer { cliff_espeak_free(pointer) }
            return String(cString: pointer).split(separator: "\n").map { clause in
                clause.split(separator: " ").map { word in word.split(separator: "|").map(String.init) }
            }
        }
    }

    /// Maps and initialises a fresh instance. Call with the lock held; close it after.
    private func open() throws(VoiceError) {
        guard cliff_espeak_open() > 0 else {
            throw VoiceError(
                code: .synthesisFailed,
                message: "espeak-ng could not start: \(Self.soname) or its data (espeak-ng-data) became unreadable; reinstall with `apt-get install --reinstall espeak-ng`")
        }
    }

    /// Sets the voice and, when given, every prosody parameter. Call with the lock held.
    private func select(voice: String, prosody: Prosody?) throws(VoiceError) {
        let parts = voice.split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let known = cliff_espeak_has_voice(parts[0]) != 0 && (parts.count == 1 || cliff_espeak_has_variant(parts[1]) != 0)
        guard known, cliff_espeak_set_voice(voice) == 0 else {
            throw VoiceError(
                code: .unknownVoice,
                message: "espeak-ng has no voice \"\(voice)\"; use a language with an optional variant, like en-us+f4 or cmn+m3 (see `espeak-ng --voices` and espeak-ng-data/voices/!v)")
        }
        guard let prosody else { return }
        let settings: [(espeak_PARAMETER, Int)] = [
            (espeakRATE, prosody.rate), (espeakPITCH, prosody.pitch), (espeakRANGE, prosody.range), (espeakVOLUME, prosody.volume),
        ]
        for (parameter, value) in settings {
            guard cliff_espeak_set_parameter(Int32(parameter.rawValue), Int32(value)) == 0 else {
                throw VoiceError(code: .synthesisFailed, message: "espeak-ng refused parameter \(parameter.rawValue) = \(value)")
            }
        }
    }
}
