import Basics
public import DramaModel

/// Writes Advanced SubStation Alpha (`.ass`) scripts for burning subtitles into video with
/// libass (ffmpeg's `ass` filter).
///
/// ```swift
/// let style = ASSStyle().scaled(toWidth: 720)
/// let ass = ASSWriter.document(cues: track.cues, language: .zh, style: style, overlays: [
///     ASSOverlay(kind: .label, start: .zero, end: .milliseconds(2_500), text: "AI 生成内容"),
/// ])
/// // ffmpeg -i frames.mp4 -vf "ass=episode.ass" …
/// ```
public enum ASSWriter {
    /// A complete `.ass` document.
    ///
    /// - `[Script Info]`: `ScriptType: v4.00+`, `PlayResX`/`PlayResY` from `style`,
    ///   `WrapStyle: 2` (libass does not wrap; this writer does) and scaled borders.
    /// - `[V4+ Styles]`: `Dialogue` (bottom centre, white with a black outline), `Label` (top
    ///   centre, on a translucent box, at `labelFontSize`) and `Title` (top centre under the label,
    ///   `titleMarginV`, clear of faces; large).
    /// - `[Events]`: the overlays, then one `Dialogue` event per cue with text, in time order.
    ///
    /// Each event's text is wrapped by display width (CJK characters take two columns) into
    /// lines that fit between the margins, joined with `\N`; text that would need more than
    /// three lines is set smaller for that event (`{\fsNN}`) and, failing that, takes more lines:
    /// nothing is cut. A cue's own line breaks are kept when its lines fit, else it is re-wrapped
    /// as one paragraph; an overlay's line breaks are always kept. `{` and `}` are escaped as
    /// `\{` and `\}`; a backslash is followed by a word joiner (U+2060, invisible) so libass
    /// never reads it as an escape. Starts round down and ends round up to centiseconds
    /// (`H:MM:SS.cc`), so each cue covers its audio; a rounded end never runs into the next
    /// cue's start.
    public static func document(
        cues: [SubtitleCue], language: Language, style: ASSStyle, overlays: [ASSOverlay] = []
    ) -> String {
        var out = """
            [Script Info]
            ; Written by Cliffhanger
            ScriptType: v4.00+
            PlayResX: \(style.playResX)
            PlayResY: \(style.playResY)
            WrapStyle: 2
            ScaledBorderAndShadow: yes
            YCbCr Matrix: TV.709
            Language: \(language.rawValue)

            [V4+ Styles]
            Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, \
            Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, \
            Alignment, MarginL, MarginR, MarginV, Encoding

            """
        let font = field(style.font)
        let white = colour(alpha: 0x00, red: 0xFF, green: 0xFF, blue: 0xFF)
        let black = colour(alpha: 0x00, red: 0, green: 0, blue: 0)
        let shade = colour(alpha: 0x80, red: 0, green: 0, blue: 0)
        let box = colour(alpha: 0x60, red: 0, green: 0, blue: 0)
        let red = colour(alpha: 0x00, red: 0xFF, green: 0, blue: 0)
        out += "Style: Dialogue,\(font),\(style.fontSize),\(white),\(red),\(black),\(shade),-1,0,0,0,100,100,0,0,1,"
        out += "\(style.outline),\(style.shadow),2,\(style.marginL),\(style.marginR),\(style.marginV),1\n"
        let padding = max(1, style.labelFontSize / 5)
        out += "Style: Label,\(font),\(style.labelFontSize),\(white),\(red),\(box),\(box),0,0,0,0,100,100,0,0,3,"
        out += "\(padding),0,8,\(style.marginL),\(style.marginR),\(style.labelMarginV),1\n"
        out += "Style: Title,\(font),\(style.titleFontSize),\(white),\(red),\(black),\(shade),-1,0,0,0,100,100,0,0,1,"
        out += "\(style.outline * 3 / 2),\(style.shadow),8,\(style.marginL),\(style.marginR),\(style.titleMarginV),1\n"
        out += """

            [Events]
            Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text

            """

        let wrapper = ASSTextWrapper(language: language, availableWidth: style.playResX - style.marginL - style.marginR)
        for overlay in overlays {
            let (name, size) = overlay.kind == .label ? ("Label", style.labelFontSize) : ("Title", style.titleFontSize)
            guard let text = eventText(overlay.text, wrapper: wrapper, fontSize: size, keepingBreaks: true) else {
                continue
            }
            let end = max(FrameCount.ceiling(overlay.end, rate: 100), FrameCount.floor(overlay.start, rate: 100))
            out += event(
                layer: 1, start: FrameCount.floor(overlay.start, rate: 100), end: end, style: name, name: "", text: text
            )
        }

        let spoken = SubtitleTiming.sortedWithoutOverlaps(cues).compactMap { cue in
            eventText(cue.text, wrapper: wrapper, fontSize: style.fontSize).map { (cue, $0) }
        }
        for (index, (cue, text)) in spoken.enumerated() {
            let start = FrameCount.floor(cue.start, rate: 100)
            var end = FrameCount.ceiling(cue.end, rate: 100)
            if index + 1 < spoken.count {
                end = min(end, max(start, FrameCount.floor(spoken[index + 1].0.start, rate: 100)))
            }
            guard end > start else { continue }
            out += event(
                layer: 0, start: start, end: end, style: "Dialogue", name: field(cue.speaker ?? ""), text: text)
        }
        return out
    }

    /// `text` wrapped (overlays keep their own line breaks), escaped and joined with `\N`, with
    /// a size override when it had to shrink; `nil` when there is nothing to show.
    private static func eventText(
        _ text: String, wrapper: ASSTextWrapper, fontSize: Int, keepingBreaks: Bool = false
    ) -> String? {
        let (lines, size) = wrapper.wrap(text, fontSize: fontSize, keepingBreaks: keepingBreaks)
        guard !lines.isEmpty else { return nil }
        let body = lines.map(TextEscaping.ass).joined(separator: "\\N")
        return size.map { "{\\fs\($0)}" + body } ?? body
    }

    /// One `Dialogue:` line.
    private static func event(
        layer: Int, start: Int64, end: Int64, style: String, name: String, text: String
    ) -> String {
        "Dialogue: \(layer),\(timestamp(start)),\(timestamp(end)),\(style),\(name),0,0,0,,\(text)\n"
    }


    /// A value for a comma-separated header field: no commas or line breaks.
    private static func field(_ text: String) -> String {
        String(text.map { $0 == "," || $0.isNewline ? " " : $0 })
    }

    /// `H:MM:SS.cc` for a count of centiseconds.
    static func timestamp(_ centiseconds: Int64) -> String {
        let cs = max(0, centiseconds)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(cs / 360_000):\(two(cs / 6_000 % 60)):\(two(cs / 100 % 60)).\(two(cs % 100))"
    }

    /// An ASS colour, `&HAABBGGRR` (alpha 0 is opaque).
    static func colour(alpha: UInt8, red: UInt8, green: UInt8, blue: UInt8) -> String {
        func hex(_ byte: UInt8) -> String {
            let digits = Array("0123456789ABCDEF")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
        }
        return "&H\(hex(alpha))\(hex(blue))\(hex(green))\(hex(red))"
    }
}
