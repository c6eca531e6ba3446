public import Voice

/// Model services the pipeline uses instead of built-in generators for pictures and motion.
///
/// With `images`, every character gets a sheet (made once, its seed pinned to the character)
/// and every shot a keyframe drawn by the model with the sheets of the characters in it as
/// references; the keyframe replaces the procedural composition (camera move, subtitles, title
/// and AI label are still applied by the shot step). With `clips` as well, each keyframe is
/// animated into a clip by an image-to-video service, which the shot step cuts to length.
/// Results are graph nodes: cached by key, priced in the ledger, never paid for twice.
public struct ModelGenerators: Sendable {
    /// Draws character sheets and shot keyframes.
    public var images: (any ImageGenerator)?
    /// Animates keyframes (needs `images`).
    public var clips: (any ClipGenerator)?
    /// Speaks every line (a speech service), instead of the cast's local engines.
    public var voice: ModelVoice?

    /// Built-in generators only.
    public static let builtIn = ModelGenerators()

    /// Creates a choice.
    public init(images: (any ImageGenerator)? = nil, clips: (any ClipGenerator)? = nil, voice: ModelVoice? = nil) {
        self.images = images
        self.clips = clips
        self.voice = voice
    }

    /// What the graph needs to know: the generator ids (part of every model node's key).
    var plan: ModelPlan { ModelPlan(images: images?.generator, clips: images == nil ? nil : clips?.generator, voice: voice?.generator) }

    /// The steps that run the model generators.
    var steps: [any Step] {
        var steps: [any Step] = voice.map { [VoiceStep(service: $0)] } ?? []
        guard let images else { return steps }
        steps += [CharacterSheetStep(generator: images), KeyframeStep(generator: images)]
        if let clips { steps.append(ClipStep(generator: clips)) }
        return steps
    }
}

/// The generator ids a graph is built with; nil means built-in.
struct ModelPlan: Sendable, Hashable {
    var images: GeneratorID?
    var clips: GeneratorID?
    var voice: GeneratorID?
}

/// A speech service as the voice step uses it: its ledger id, and a call that speaks a line
/// and says what it consumed.
public struct ModelVoice: Sendable {
    /// The id the graph keys lines by and the ledger prices (`openai.tts-1`).
    public var generator: GeneratorID
    /// Speaks a line. Throws `StepFailure` (transient or permanent) or `VoiceError`.
    public var speak: @Sendable (SpeechRequest) async throws -> (Speech, Usage)

    /// Creates a voice.
    public init(generator: GeneratorID, speak: @escaping @Sendable (SpeechRequest) async throws -> (Speech, Usage)) {
        self.generator = generator
        self.speak = speak
    }
}
