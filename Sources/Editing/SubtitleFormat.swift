/// A subtitle file format the editing engine reads and writes.
package enum SubtitleFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// SubRip (`.srt`): numbered blocks, `HH:MM:SS,mmm --> HH:MM:SS,mmm`.
    case srt
    /// WebVTT (`.vtt`): a `WEBVTT` header, `HH:MM:SS.mmm` times, voice spans for speakers.
    case webVTT

    /// The usual file extension, without the dot.
    package var fileExtension: String {
        switch self {
        case .srt: "srt"
        case .webVTT: "vtt"
        }
    }
}
