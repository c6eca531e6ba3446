import DramaModel
import Editing
import Foundation
import TestSupport
import Testing

@Suite struct ASSWriterTests {
    /// One `Dialogue:` event's fields.
    struct Event {
        var layer: String, start: String, end: String, style: String, name: String, text: String

        /// The text's lines with escapes undone and any leading `{\fsNN}` removed.
        var lines: [String] {
            var body = Substring(text)
            if body.hasPrefix("{\\fs"), let close = body.firstIndex(of: "}") {
                body = body[body.index(after: close)...]
            }
            return body.components(separatedBy: "\\N").map {
                $0.replacing("\\{", with: "{").replacing("\\}", with: "}").replacing("\\\u{2060}", with: "\\")
            }
        }

        /// The font size override, if the event shrank.
        var fontSize: Int? {
            guard text.hasPrefix("{\\fs"), let close = text.firstIndex(of: "}") else { return nil }
            return Int(text[text.index(text.startIndex, offsetBy: 4)..<close])
        }
    }

    static func events(_ document: String) -> [Event] {
        document.split(separator: "\n").filter { $0.hasPrefix("Dialogue: ") }.map { line in
            let fields = line.dropFirst("Dialogue: ".count)
                .split(separator: ",", maxSplits: 9, omittingEmptySubsequences: false).map(String.init)
            return Event(
                layer: fields[0], start: fields[1], end: fields[2], style: fields[3], name: fields[4], text: fields[9])
        }
    }

    /// The style named `name` as a field dictionary keyed by the `Format:` line.
    static func style(_ name: String, in document: String) throws -> [String: String] {
        let lines = document.split(separator: "\n")
        let stylesAt = try #require(lines.firstIndex(of: "[V4+ Styles]"))
        let format = try #require(lines[stylesAt...].first { $0.hasPrefix("Format: ") })
            .dropFirst("Format: ".count).split(separator: ",").map { $0.trimmingPrefix(" ") }.map(String.init)
        let values = try #require(lines.first { $0.hasPrefix("Style: \(name),") })
            .dropFirst("Style: ".count).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(format.count == values.count)
        return Dictionary(uniqueKeysWithValues: zip(format, values))
    }

    /// The columns a line may take at `fontSize` under the default style: 840 px at half the
    /// font size per column.
    static func columns(fontSize: Int) -> Int { 2 * (1080 - 90 - 150) / fontSize }

    static func cue(
        _ text: String, _ start: Int64 = 1_000, _ end: Int64 = 3_000, speaker: String? = nil
    ) -> SubtitleCue {
        SubtitleCue(start: .milliseconds(start), end: .milliseconds(end), text: text, speaker: speaker)
    }

    @Test func documentHasScriptInfoStylesAndEventsInOrder() throws {
        let document = ASSWriter.document(
            cues: [Self.cue("You signed it?", speaker: "MEI")], language: .en, style: ASSStyle(),
            overlays: [
                ASSOverlay(kind: .label, start: .zero, end: .milliseconds(2_500), text: "AI-generated"),
                ASSOverlay(kind: .title, start: .zero, end: .milliseconds(2_500), text: "The Contract Bride · 1"),
            ])
        let lines = document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "[Script Info]")
        for header in [
            "ScriptType: v4.00+", "PlayResX: 1080", "PlayResY: 1920", "WrapStyle: 2", "[V4+ Styles]", "[Events]",
        ] {
            #expect(lines.contains(header), "\(header)")
        }
        let sections = lines.filter { $0.hasPrefix("[") }
        #expect(sections == ["[Script Info]", "[V4+ Styles]", "[Events]"])
        #expect(lines.contains("Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text"))

        let dialogue = try Self.style("Dialogue", in: document)
        #expect(dialogue["Alignment"] == "2")
        #expect(dialogue["Fontname"] == "Noto Sans CJK SC")
        #expect(dialogue["Fontsize"] == "62")
        #expect(dialogue["MarginV"] == "330" && dialogue["MarginL"] == "90" && dialogue["MarginR"] == "150")
        #expect(dialogue["PrimaryColour"] == "&H00FFFFFF" && dialogue["OutlineColour"] == "&H00000000")
        #expect(dialogue["BackColour"] == "&H80000000")
        let label = try Self.style("Label", in: document)
        #expect(label["Alignment"] == "8")
        #expect(label["BorderStyle"] == "3")
        #expect((label["Fontsize"].flatMap { Int($0) } ?? 0) >= 54)
        let title = try Self.style("Title", in: document)
        #expect(title["Alignment"] == "8")
        #expect(title["MarginV"] == String(ASSStyle().titleMarginV))
        #expect((title["Fontsize"].flatMap { Int($0) } ?? 0) > 62)

        let events = Self.events(document)
        #expect(events.map(\.style) == ["Label", "Title", "Dialogue"])
        #expect(events[0].text == "AI-generated" && events[0].start == "0:00:00.00" && events[0].end == "0:00:02.50")
        #expect(events[2].name == "MEI" && events[2].text == "You signed it?")
        #expect(events[2].start == "0:00:01.00" && events[2].end == "0:00:03.00")
        #expect(document.hasSuffix("\n"))
    }

    @Test func labelStaysAtLeastFivePercentOfTheWidthWhenScaled() throws {
        for width in [1080, 720, 540] {
            let style = ASSStyle().scaled(toWidth: width)
            #expect(style.playResX == width && style.playResY == width * 16 / 9)
            // libass draws Noto Sans CJK characters at 0.69 of the font size (measured): the
            // label's characters must still be 5 % of the width.
            #expect(Double(style.labelFontSize) * 0.69 >= 0.05 * Double(width) - 1)
            #expect(style.fontSize == Int((62.0 * Double(width) / 1080).rounded()))
            let document = ASSWriter.document(cues: [], language: .zh, style: style)
            #expect(document.contains("PlayResX: \(width)\n"))
            #expect(try Self.style("Label", in: document)["Fontsize"] == "\(style.labelFontSize)")
        }
        #expect(ASSStyle().labelFontSize >= 54)
    }

    @Test func timesRoundStartDownAndEndUpToCentiseconds() {
        let document = ASSWriter.document(
            cues: [
                Self.cue("One.", 1_009, 2_001),
                SubtitleCue(start: MediaTime(value: 1_801, rate: 30), end: .milliseconds(3_723_456), text: "Two."),
            ], language: .en, style: ASSStyle())
        let events = Self.events(document)
        #expect(events.map(\.start) == ["0:00:01.00", "0:01:00.03"])
        #expect(events.map(\.end) == ["0:00:02.01", "1:02:03.46"])
    }

    @Test func roundedEndNeverRunsIntoTheNextCue() {
        let document = ASSWriter.document(
            cues: [Self.cue("First.", 0, 1_005), Self.cue("Second.", 1_005, 2_000)], language: .en, style: ASSStyle())
        let events = Self.events(document)
        #expect(events.map(\.end) == ["0:00:01.00", "0:00:02.00"])
        #expect(events.map(\.start) == ["0:00:00.00", "0:00:01.00"])
    }

    @Test func bracesBackslashesAndNewlinesAreEscaped() throws {
        let document = ASSWriter.document(
            cues: [Self.cue("{\\b1}Bold\\N claims}, C:\\new\tfile", speaker: "A,B")], language: .en, style: ASSStyle())
        let event = try #require(Self.events(document).first)
        #expect(event.name == "A B")
        #expect(!event.text.contains("\t"))
        // No brace opens an override block: every `{` and `}` is escaped.
        let characters = Array(event.text)
        for (index, c) in characters.enumerated() where c == "{" || c == "}" {
            #expect(index > 0 && characters[index - 1] == "\\", "unescaped \(c) in \(event.text)")
        }
        // Between the writer's own `\N` breaks, no backslash forms an escape libass acts on.
        for segment in event.text.components(separatedBy: "\\N") {
            #expect(!segment.contains("\\n") && !segment.contains("\\h"), "\(segment)")
        }
        #expect(event.lines.joined(separator: " ") == "{\\b1}Bold\\N claims}, C:\\new file")
        for escaped in ["\\{\\\u{2060}b1\\}Bold\\\u{2060}N", "claims\\},", "C:\\\u{2060}new"] {
            #expect(event.text.contains(escaped), "\(escaped) in \(event.text)")
        }
    }

    @Test func multiLineCueTextBreaksWithBackslashN() throws {
        let document = ASSWriter.document(cues: [Self.cue("Short one.\nShort two.")], language: .en, style: ASSStyle())
        #expect(try #require(Self.events(document).first).text == "Short one.\\NShort two.")
    }

    @Test func sixtyCharacterChineseLineWrapsByDisplayWidthWithoutLosingText() throws {
        let text = "你以为我真的在乎那三百万吗？我要的只是一个真相，当年到底是谁害死了我的母亲！今天你不说清楚，谁也别想离开这间办公室半步。"
        #expect(text.count == 60)
        let document = ASSWriter.document(cues: [Self.cue(text)], language: .zh, style: ASSStyle())
        let event = try #require(Self.events(document).first)
        let lines = event.lines
        #expect(lines.count > 1)
        #expect(lines.joined() == text)
        let size = event.fontSize ?? 62
        #expect(size < 62, "60 CJK characters need more than 3 lines of 13 at 62 px, so the event shrinks")
        for line in lines {
            #expect(SubtitleLayout.displayWidth(of: line, language: .zh) <= Self.columns(fontSize: size), "\(line)")
        }
        #expect(lines.count <= 3)
    }

    @Test func shortChineseCueWrapsAtTheStyleSize() throws {
        let text = "顾总，您要的文件已经放在桌上了，请您过目。"
        let event = try #require(
            Self.events(ASSWriter.document(cues: [Self.cue(text)], language: .zh, style: ASSStyle())).first)
        #expect(event.fontSize == nil)
        #expect(event.lines.count == 2)
        #expect(event.lines.joined() == text)
        #expect(event.lines.allSatisfy { SubtitleLayout.displayWidth(of: $0, language: .zh) <= 27 })
        #expect(!event.lines[1].hasPrefix("，") && !event.lines[1].hasPrefix("。"))
    }

    @Test func longEnglishWordWrapsAndIsNeverCut() throws {
        let word = "Supercalifragilisticexpialidocious-and-then-some-more-letters"
        let text = "Well \(word) indeed, she said."
        let event = try #require(
            Self.events(ASSWriter.document(cues: [Self.cue(text)], language: .en, style: ASSStyle())).first)
        let size = event.fontSize ?? 62
        #expect(event.lines.count >= 3)
        for line in event.lines {
            #expect(SubtitleLayout.displayWidth(of: line, language: .en) <= Self.columns(fontSize: size), "\(line)")
        }
        #expect(event.lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    @Test func textTooLongForThreeLinesEvenSmallerTakesMoreLines() throws {
        let text = String(repeating: "这是一段非常非常长的字幕文本。", count: 8)
        let event = try #require(
            Self.events(ASSWriter.document(cues: [Self.cue(text)], language: .zh, style: ASSStyle())).first)
        let size = try #require(event.fontSize)
        #expect(size == 42)
        #expect(event.lines.count > 3)
        #expect(event.lines.joined() == text)
        #expect(
            event.lines.allSatisfy {
                SubtitleLayout.displayWidth(of: $0, language: .zh) <= Self.columns(fontSize: size)
            })
    }

    @Test func subtitleLayoutFitsTheStylesLines() throws {
        let style = ASSStyle()
        let layout = style.subtitleLayout
        #expect(
            layout.chineseColumns == Self.columns(fontSize: 62) && layout.englishColumns == Self.columns(fontSize: 62))
        let track = layout.layOut(
            SubtitleTrack(language: .zh, cues: [Self.cue(String(repeating: "我要的只是一个真相，", count: 6), 0, 9_000)]))
        let document = ASSWriter.document(cues: track.cues, language: .zh, style: style)
        let events = Self.events(document)
        #expect(events.count == track.cues.count)
        #expect(events.allSatisfy { $0.fontSize == nil && $0.lines.count <= 2 })
    }

    @Test func titleKeepsItsOwnLineBreaksAndWrapsLongLines() throws {
        let document = ASSWriter.document(
            cues: [], language: .en, style: ASSStyle(),
            overlays: [
                ASSOverlay(kind: .title, start: .zero, end: .milliseconds(2_500), text: "The Contract Bride\nEpisode 1")
            ])
        let event = try #require(Self.events(document).first)
        #expect(event.style == "Title" && event.layer == "1")
        #expect(event.lines == ["The Contract", "Bride", "Episode 1"])
    }

    @Test func libassDrawsDialogueAboveThePlatformUIAndTheLabelAtTheTop() async throws {
        let directory = try temporaryDirectory("ass")
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appending(path: "episode.ass")
        let text = "你以为我真的在乎那三百万吗？我要的只是一个真相，当年到底是谁害死了我的母亲！{不}\\N"
        try ASSWriter.document(
            cues: [Self.cue(text, 0, 2_000)], language: .zh, style: ASSStyle(),
            overlays: [ASSOverlay(kind: .label, start: .zero, end: .milliseconds(2_000), text: "AI 生成内容")]
        ).write(to: script, atomically: true, encoding: .utf8)

        let (width, height) = (1080, 1920)
        let result = try await runProcessData(
            URL(filePath: "/usr/bin/env"),
            [
                "ffmpeg", "-v", "error", "-f", "lavfi", "-i", "color=c=black:s=\(width)x\(height):d=2", "-vf",
                "ass=episode.ass",
                "-ss", "1", "-frames:v", "1", "-pix_fmt", "gray", "-f", "rawvideo", "-",
            ], directory: directory)
        let (frame, complaint) = (result.stdout, result.stderr)
        if result.status == 127 {
            Issue.record("ffmpeg (with libass) is needed: run scripts/setup.sh (CI installs it)")
            return
        }
        #expect(result.status == 0, "ffmpeg failed: \(complaint)")
        try #require(frame.count == width * height)
        /// Rows holding any drawn (non-black) pixel in columns `columns`.
        func inkedRows(_ columns: Range<Int>) -> [Int] {
            (0..<height).filter { y in columns.contains { frame[y * width + $0] > 40 } }
        }
        let rows = inkedRows(0..<width)
        let label = rows.filter { $0 < height / 2 }
        let dialogue = rows.filter { $0 >= height / 2 }
        #expect(
            !label.isEmpty && label.min()! >= 100 && label.max()! < 300,
            "label rows \(label.min() ?? -1)...\(label.max() ?? -1)")
        // Three lines of dialogue sit above the bottom 330 px the platform covers.
        #expect(dialogue.count > 120, "dialogue rows \(dialogue.count)")
        #expect((dialogue.max() ?? height) <= height - 330 + 12, "dialogue reaches row \(dialogue.max() ?? -1)")
        // Nothing is drawn under the right-side buttons.
        #expect(inkedRows((width - 150 + 8)..<width).isEmpty)
    }

    @Test func emptyCuesAreSkipped() {
        let events = Self.events(
            ASSWriter.document(
                cues: [Self.cue("  \n "), Self.cue("Hi.", 3_000, 4_000)], language: .en, style: ASSStyle()))
        #expect(events.map(\.text) == ["Hi."])
    }
}
