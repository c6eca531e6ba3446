public import DramaModel

/// One line for a synthesizer to speak: the text, its language, who speaks and how.
public struct SpeechRequest: Sendable, Hashable {
    /// What is said, as written in the script (no stage directions).
    public var text: String
    /// The language of the text.
    public var language: Language
    /// The speaking character's voice.
    public var voice: ResolvedVoice
    /// How the line is delivered; changes the prosody (see `Prosody`).
    public var emotion: Emotion

    /// Creates a request.
    public init(text: String, language: Language, voice: ResolvedVoice, emotion: Emotion) {
        self.text = text
        self.language = language
        self.voice = voice
        self.emotion = emotion
    }
}
