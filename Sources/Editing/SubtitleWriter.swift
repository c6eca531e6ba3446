import Basics
import DramaModel

/// Writes subtitle tracks as SubRip (`.srt`) or WebVTT (`.vtt`) text.
///
/// Both writers sort cues by start, end a cue where the next one starts when they overlap,
/// round times to milliseconds, drop blank lines inside a cue (a blank line ends a block)
/// and skip cues with no text.
///
/// ```swift
/// let vtt = SubtitleWriter.webVTT(SubtitleLayout().layOut(track))
/// ```
public enum SubtitleWriter {
    /// The track in `format`.
    package static func write(_ track: SubtitleTrack, format: SubtitleFormat) -> String {
        switch format {
        case .srt: srt(track)
        case .webVTT: webVTT(track)
        }
    }

    /// SubRip: for each cue its 1-based number, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, its text
    /// and a blank line. Speakers are not written (SRT has no place for them).
    package static func srt(_ track: SubtitleTrack) -> String {
        var out = ""
        for (index, cue) in prepared(track).enumerated() {
            out += "\(index + 1)\n"
            out += "\(SubtitleTiming.timestamp(cue.start, separator: ",")) --> \(SubtitleTiming.timestamp(cue.end, separator: ","))\n"
            out += cue.lines.joined(separator: "\n") + "\n\n"
        }
        return out
    }

    /// WebVTT: a `WEBVTT` header and a blank line, then for each cue
    /// `HH:MM:SS.mmm --> HH:MM:SS.mmm`, its text and a blank line. A speaker opens the text as
    /// a voice span (`<v Mei>`); `&`, `<` and `>` in text are escaped.
    package static func webVTT(_ track: SubtitleTrack) -> String {
        var out = "WEBVTT\n\n"
        for cue in prepared(track) {
            out += "\(SubtitleTiming.timestamp(cue.start, separator: ".")) --> \(SubtitleTiming.timestamp(cue.end, separator: "."))\n"
            let voice = cue.speaker.map { "<v \(TextEscaping.cueText($0))>" } ?? ""
            out += voice + cue.lines.map(TextEscaping.cueText).joined(separator: "\n") + "\n\n"
        }
        return out
    }


    /// A cue ready to write.
    private struct Prepared {
        var start: MediaTime
        var end: MediaTime
        var lines: [String]
        var speaker: String?
    }

    /// Sorted, overlaps resolved, blank lines and empty cues dropped.
    private static func prepared(_ track: SubtitleTrack) -> [Prepared] {
        SubtitleTiming.sortedWithoutOverlaps(track.cues).compactMap { cue in
            let lines = cue.text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
                .map { SubtitleText.trimmed($0) }
                .filter { !$0.isEmpty }
            guard !lines.isEmpty else { return nil }
            let speaker = cue.speaker.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            return Prepared(start: cue.start, end: cue.end, lines: lines, speaker: speaker)
        }
    }
}
