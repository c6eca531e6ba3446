public import DramaModel
public import Foundation
import StoryEngine

/// Makes a dialogue cue: the line as it will be spoken (markup stripped), its speaker, voice
/// casting and emotion, and how long it takes to say. The voice step replaces the estimated
/// duration with the measured length of real audio.
public struct CueStep: Step {
    /// `cue`.
    public static let kind = "cue"
    /// `builtin.cue@1`.
    public static let generatorID = GeneratorID("builtin.cue", version: 1)
    public var kind: String { Self.kind }
    public var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    public init() {}

    /// The voice casting a cue is made with (part of its key: recasting redoes the line).
    public struct Voice: Codable, Sendable, Hashable {
        var engine: String?
        var voice: String?
        var pitch: Int?
        var rate: Int?
        init(_ casting: VoiceCasting) {
            engine = casting.engine
            voice = casting.voice
            pitch = casting.pitch
            rate = casting.rate
        }
    }

    /// What a cue node is made from.
    public struct Parameters: Codable, Sendable, Hashable {
        var language: String
        var speaker: String
        var text: String
        var parenthetical: String?
        var voice: Voice?
    }

    /// The cue file (`cue.json`).
    public struct Cue: Codable, Sendable, Hashable {
        /// Speaker's cast id.
        public var speaker: String
        /// The words to say, without Fountain markup.
        public var spoken: String
        /// Language code.
        public var language: String
        /// The delivery asked for by the parenthetical, if any.
        public var emotion: String?
        /// How long the line takes, in milliseconds.
        public var durationMilliseconds: Int64
    }

    static func estimate(_ parameters: Parameters) -> Usage {
        Usage([.character: Double(parameters.text.count)])
    }

    /// Removes Fountain emphasis markers (`*`, `_`) and escapes from a line.
    static func spoken(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if escaped {
                out.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "*" && character != "_" {
                out.append(character)
            }
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    public func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        let language = Language(rawValue: parameters.language) ?? .en
        let spoken = Self.spoken(parameters.text)
        guard !spoken.isEmpty else { throw StepFailure.permanent("\(input.node.label): the line has no words to speak") }
        let seconds = SpokenLength.seconds(spoken, language: language)
        let cue = Cue(
            speaker: parameters.speaker, spoken: spoken, language: parameters.language, emotion: parameters.parenthetical,
            durationMilliseconds: Int64((seconds * 1000).rounded()))
        var output = StepOutput()
        output.add("cue.json", CanonicalJSON.encode(cue))
        output.metadata["duration_ms"] = String(cue.durationMilliseconds)
        output.usage = Self.estimate(parameters)
        return output
    }
}
