import DramaModel
import Editing
import Foundation
import Testing

@Suite struct SubtitleLayoutTests {
    static let closing: Set<Character> = ["，", "。", "！", "？", "、", "；", "：", "）", "》", "」", "”", "…"]

    static func cue(_ text: String, from start: Int64 = 0, to end: Int64 = 3_000, speaker: String? = nil) -> SubtitleCue {
        SubtitleCue(start: .milliseconds(start), end: .milliseconds(end), text: text, speaker: speaker)
    }

    static func lines(_ cue: SubtitleCue) -> [Substring] {
        cue.text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test(arguments: [
        "I never wanted your money, I only wanted the truth about my mother.",
        "You signed the contract. Now you belong to the Gu family, whether you like it or not.",
        "No.",
        "Supercalifragilisticexpialidocious-and-then-some-more-letters-than-fit on a line.",
    ])
    func englishLinesFitFortyTwoColumnsOnAtMostTwoLines(text: String) {
        let laidOut = SubtitleLayout().layOut(SubtitleTrack(language: .en, cues: [Self.cue(text, to: 9_000)]))
        for cue in laidOut.cues {
            let lines = Self.lines(cue)
            #expect(lines.count <= 2)
            for line in lines {
                #expect(SubtitleLayout.displayWidth(of: line, language: .en) <= 42, "\(line)")
                #expect(!line.isEmpty && line.first != " " && line.last != " ")
            }
        }
        let words = laidOut.cues.flatMap { $0.text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }.joined()
        #expect(words == text.split(separator: " ").joined())
    }

    @Test func englishTwoLineCuesAreBalanced() throws {
        let text = "I never wanted your money, I only wanted the truth about my mother."
        let laidOut = SubtitleLayout().layOut(SubtitleTrack(language: .en, cues: [Self.cue(text)]))
        let cue = try #require(laidOut.cues.first)
        #expect(laidOut.cues.count == 1)
        let widths = Self.lines(cue).map { SubtitleLayout.displayWidth(of: $0, language: .en) }
        #expect(widths.count == 2)
        #expect(abs(widths[0] - widths[1]) <= 8, "\(cue.text)")
    }

    @Test(arguments: [
        "我知道你在想什么，但是这份合同你必须签。",
        "一二三四五六七八九十一二三四五六。后面还有一句话要说清楚才行！",
        "顾总，您要的文件已经放在桌上了，请您过目；另外，“林小姐”刚刚来电话，说她今晚不来了。",
        "你以为我真的在乎那三百万吗？我要的只是一个真相——当年到底是谁害死了我的母亲！",
        "他把CEO的位置让给了她，可她根本不知道这一切都是一场骗局……",
    ])
    func chineseLinesFitSixteenCharactersAndNeverStartWithClosingPunctuation(text: String) {
        let laidOut = SubtitleLayout().layOut(SubtitleTrack(language: .zh, cues: [Self.cue(text, to: 12_000)]))
        for cue in laidOut.cues {
            let lines = Self.lines(cue)
            #expect(lines.count <= 2)
            for line in lines {
                #expect(SubtitleLayout.displayWidth(of: line, language: .zh) <= 32, "\(line)")
                #expect(!Self.closing.contains(line.first!), "\(cue.text)")
            }
        }
        #expect(laidOut.cues.map { $0.text.filter { $0 != "\n" } }.joined() == text)
    }

    @Test func chineseLinesBreakAfterPunctuation() throws {
        let laidOut = SubtitleLayout().layOut(
            SubtitleTrack(language: .zh, cues: [Self.cue("我知道你在想什么，但是这份合同你必须签。")]))
        #expect(laidOut.cues.map(\.text) == ["我知道你在想什么，\n但是这份合同你必须签。"])
    }

    @Test func emphasisMarkersAndNotesAreStripped() {
        let laidOut = SubtitleLayout().layOut(
            SubtitleTrack(
                language: .en,
                cues: [
                    Self.cue("You *signed* it? [[beat: she freezes]] _Really_?\nThen **go**."),
                    Self.cue("[[cut this line]]", from: 4_000, to: 5_000),
                    Self.cue(#"Five \* stars"#, from: 6_000, to: 7_000),
                ]))
        #expect(laidOut.cues.map(\.text) == ["You signed it? Really? Then go.", "Five * stars"])
    }

    @Test func longCuesSplitIntoCuesTimedByTheirWidth() throws {
        let text = Array(
            repeating: "She kept the ring, the letter and the photograph hidden for twenty years.", count: 3
        ).joined(separator: " ")
        let original = Self.cue(text, from: 1_000, to: 11_000, speaker: "MEI")
        let laidOut = SubtitleLayout().layOut(SubtitleTrack(language: .en, cues: [original]))
        let cues = laidOut.cues
        #expect(cues.count >= 3)
        #expect(cues.first?.start == original.start)
        #expect(cues.last?.end == original.end)
        for (a, b) in zip(cues, cues.dropFirst()) { #expect(a.end == b.start) }
        let total = cues.map(\.duration).reduce(MediaTime.zero, +)
        #expect(total == original.duration)
        let widths = cues.map { cue in
            Self.lines(cue).reduce(0) { $0 + SubtitleLayout.displayWidth(of: $1, language: .en) }
        }
        let totalWidth = Double(widths.reduce(0, +))
        for (cue, width) in zip(cues, widths) {
            #expect(Self.lines(cue).count <= 2)
            #expect(cue.speaker == "MEI")
            let expected = Double(width) / totalWidth * original.duration.seconds
            #expect(abs(cue.duration.seconds - expected) <= 0.001, "\(cue.text)")
        }
    }

    @Test(arguments: [
        "You were never an orphan, child. You are the stolen daughter of the richest family in this city.",
        "Every clock in the victim's house was set back exactly one hour.",
        "Henry will trade you in before your contract even expires, and everyone at this table knows it.",
        "I have been waiting for you at the bottom of these stairs since the night your father died.",
    ])
    func aLineTooLongForOneCueIsCutAtAPhraseIntoEvenCuesWithoutALoneWord(text: String) throws {
        // The burned-in subtitles' layout (narrow columns), a line spoken in four seconds.
        let layout = ASSStyle().subtitleLayout
        let cues = layout.layOut(SubtitleTrack(language: .en, cues: [Self.cue(text, from: 0, to: 4_000)])).cues
        try #require(cues.count >= 2, "\(cues.map(\.text))")
        let texts = cues.map { $0.text.replacingOccurrences(of: "\n", with: " ") }
        #expect(texts.joined(separator: " ") == text)
        let hanging: Set<String> = ["the", "a", "an", "of", "in", "at", "to", "and", "but", "i", "you", "my", "your", "this"]
        for (cue, piece) in zip(cues, texts) {
            #expect(piece.split(separator: " ").count >= 2, "a lone word: \(texts)")
            #expect(cue.duration >= layout.minimumDuration, "\(piece) lasts \(cue.duration.seconds) s")
            let last = piece.split(separator: " ").last.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) } ?? ""
            #expect(!hanging.contains(last), "a cue ends on '\(last)': \(texts)")
        }
        // A sentence end inside the line is where the cut goes, when the rest fits.
        if let stop = text.firstIndex(of: "."), text.index(after: stop) < text.endIndex {
            #expect(texts.contains { $0.hasSuffix(".") && text.hasPrefix($0) }, "\(texts)")
        }
    }

    @Test func longChineseCuesSplitAndSumToTheOriginalDuration() {
        let text = String(repeating: "她一直把那枚戒指藏在身边，整整二十年。", count: 4)
        let original = Self.cue(text, from: 0, to: 9_001)
        let cues = SubtitleLayout().layOut(SubtitleTrack(language: .zh, cues: [original])).cues
        #expect(cues.count >= 2)
        #expect(cues.map(\.duration).reduce(MediaTime.zero, +) == original.duration)
        #expect(cues.allSatisfy { Self.lines($0).count <= 2 })
    }

    @Test func shortCuesAreExtendedIntoTheGapButNeverOverlap() {
        let laidOut = SubtitleLayout().layOut(
            SubtitleTrack(
                language: .en,
                cues: [
                    Self.cue("Go.", from: 0, to: 300),
                    Self.cue("Now!", from: 1_000, to: 1_200),
                    Self.cue("Why?", from: 1_500, to: 1_600),
                ]))
        #expect(laidOut.cues.map(\.end) == [.milliseconds(800), .milliseconds(1_500), .milliseconds(2_300)])
    }

    @Test func overlappingInputIsSortedAndTrimmed() {
        let laidOut = SubtitleLayout().layOut(
            SubtitleTrack(
                language: .en,
                cues: [
                    Self.cue("Second.", from: 2_000, to: 4_000),
                    Self.cue("First.", from: 0, to: 3_000),
                ]))
        #expect(laidOut.cues.map(\.text) == ["First.", "Second."])
        #expect(laidOut.cues[0].end == .milliseconds(2_000))
        for (a, b) in zip(laidOut.cues, laidOut.cues.dropFirst()) { #expect(a.end <= b.start) }
    }
}
