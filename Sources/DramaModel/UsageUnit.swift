/// What a generator call consumed, in the units services bill by.
public enum UsageUnit: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Prompt tokens sent to a language model.
    case inputToken = "input_token"
    /// Tokens a language model produced.
    case outputToken = "output_token"
    /// Characters of text sent to a speech service.
    case character
    /// Seconds of audio produced.
    case audioSecond = "audio_second"
    /// Seconds of video produced.
    case videoSecond = "video_second"
    /// Images produced.
    case image
    /// CPU seconds spent by a local generator.
    case cpuSecond = "cpu_second"
    /// Requests made, for services that bill per call.
    case request

    public var description: String { rawValue }
}
