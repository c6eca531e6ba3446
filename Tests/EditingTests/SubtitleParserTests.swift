import Basics
import DramaModel
import Editing
import Testing

@Suite struct SubtitleParserTests {
    static let script = SubtitleTrack(
        language: .en,
        cues: [
            SubtitleCue(start: .milliseconds(0), end: .milliseconds(300), text: "Wait.", speaker: "MEI"),
            SubtitleCue(
                start: .milliseconds(900), end: .milliseconds(4_000),
                text: "You *signed* it? [[she freezes]] Without even reading the part about <the heir> & the shares?",
                speaker: "GU"),
            SubtitleCue(
                start: .milliseconds(3_500), end: .milliseconds(12_000),
                text: String(repeating: "Every word of it was a lie, and you knew it from the start. ", count: 3)),
        ])

    @Test(arguments: SubtitleFormat.allCases)
    func writtenTracksParseBackToTheLaidOutTrack(format: SubtitleFormat) {
        var laidOut = SubtitleLayout().layOut(Self.script)
        if format == .srt {
            for i in laidOut.cues.indices { laidOut.cues[i].speaker = nil }
        }
        let text = SubtitleWriter.write(laidOut, format: format)
        let (parsed, diagnostics) = SubtitleParser.parse(text, format: format, language: .en, file: "ep01.en")
        #expect(diagnostics.isEmpty)
        #expect(parsed == laidOut)
    }

    @Test func chineseTracksRoundTripThroughWebVTT() {
        let laidOut = SubtitleLayout().layOut(
            SubtitleTrack(
                language: .zh,
                cues: [
                    SubtitleCue(
                        start: .milliseconds(500), end: .milliseconds(6_000),
                        text: "你以为我真的在乎那三百万吗？我要的只是一个真相——当年到底是谁害死了我的母亲！", speaker: "林晚")
                ]))
        let (parsed, diagnostics) = SubtitleParser.parse(
            SubtitleWriter.webVTT(laidOut), format: .webVTT, language: .zh, file: "ep01.zh.vtt")
        #expect(diagnostics.isEmpty)
        #expect(parsed == laidOut)
    }

    @Test func malformedSRTReportsEveryBadBlockWithItsLocation() {
        let text = """
            1
            00:00:01,000 --> 00:00:02,000
            Good one.

            two
            00:00:03,000 --> 00:00:04,000
            Bad number.

            3
            00:00:05,000 -> 00:00:06,000
            Bad arrow.

            4
            00:00:07,000 --> 00:0a:08,000
            Bad end time.

            5
            00:00:09,000 --> 00:00:08,000
            Ends before it starts.

            6
            00:00:10,000 --> 00:00:11,000
            Good two.
            """
        let (track, diagnostics) = SubtitleParser.parse(text, format: .srt, language: .en, file: "ep01.en.srt")
        #expect(track.cues.map(\.text) == ["Good one.", "Good two."])
        #expect(track.cues.last?.start == .milliseconds(10_000))
        #expect(diagnostics.map(\.line) == [5, 10, 14, 18])
        #expect(diagnostics.map(\.column) == [1, 1, 18, 1])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.hint != nil && $0.file == "ep01.en.srt" })
        #expect(diagnostics[2].description.hasPrefix("ep01.en.srt:14:18: error: malformed end time '00:0a:08,000'"))
    }

    @Test func webVTTWithoutHeaderOrWithBadTimesIsReported() {
        let text = """
            00:00:01.000 --> 00:00:02.000
            Fine.

            intro
            00:00:xx.000 --> 00:00:04.000
            Broken.

            00:00:05.000 --> 00:00:06.000

            """
        let (track, diagnostics) = SubtitleParser.parse(text, format: .webVTT, language: .en, file: "ep.vtt")
        #expect(track.cues.map(\.text) == ["Fine."])
        #expect(diagnostics.map(\.line) == [1, 5, 8])
        #expect(
            diagnostics.map(\.message) == [
                "missing WEBVTT header", "malformed start time '00:00:xx.000'", "cue has no text; skipped",
            ])
        #expect(diagnostics.map(\.severity) == [.error, .error, .warning])
    }

    @Test func lenientInputIsAccepted() {
        let vtt = "\u{FEFF}WEBVTT - episode 1\r\nKind: captions\r\n\r\nNOTE written by hand\r\nstill a note\r\n\r\n"
            + "cue-1\r\n01:02.500 --> 01:04.000 align:center line:80%\r\n<v.loud Gu Chen>Get <i>out</i>!\r\n\r\n"
            + "00:01:05.000 --> 00:01:06.000\r\nTom &amp; Jerry\r\n"
        let (track, diagnostics) = SubtitleParser.parse(vtt, format: .webVTT, language: .en, file: "ep.vtt")
        #expect(diagnostics.isEmpty)
        #expect(
            track.cues == [
                SubtitleCue(start: .milliseconds(62_500), end: .milliseconds(64_000), text: "Get out!", speaker: "Gu Chen"),
                SubtitleCue(start: .milliseconds(65_000), end: .milliseconds(66_000), text: "Tom & Jerry"),
            ])
        let srt = "1\n0:00:01.000 --> 00:00:02,000\nDot or comma.\n\n2\n00:00:03,000 --> 00:00:04,000\n\n"
        let (srtTrack, srtDiagnostics) = SubtitleParser.parse(srt, format: .srt, language: .en, file: "ep.srt")
        #expect(srtTrack.cues.map(\.text) == ["Dot or comma."])
        #expect(srtDiagnostics.map(\.severity) == [.warning])
    }
}
