import DramaModel
import Editing
import Testing

@Suite struct SubtitleWriterTests {
    static let track = SubtitleTrack(
        language: .en,
        cues: [
            SubtitleCue(start: .milliseconds(3_000), end: .milliseconds(4_200), text: "Sign <this> & go\nnow."),
            SubtitleCue(start: .milliseconds(1_000), end: .milliseconds(2_500), text: "Hello, Mei.", speaker: "GU"),
            SubtitleCue(start: MediaTime(value: 108_031, rate: 30), end: MediaTime(value: 108_090, rate: 30), text: "Later."),
        ])

    @Test func srtNumbersSortedCuesWithCommaMilliseconds() {
        #expect(
            SubtitleWriter.srt(Self.track) == """
                1
                00:00:01,000 --> 00:00:02,500
                Hello, Mei.

                2
                00:00:03,000 --> 00:00:04,200
                Sign <this> & go
                now.

                3
                01:00:01,033 --> 01:00:03,000
                Later.


                """)
    }

    @Test func webVTTWritesVoiceSpansAndEscapesMarkup() {
        #expect(
            SubtitleWriter.webVTT(Self.track) == """
                WEBVTT

                00:00:01.000 --> 00:00:02.500
                <v GU>Hello, Mei.

                00:00:03.000 --> 00:00:04.200
                Sign &lt;this&gt; &amp; go
                now.

                01:00:01.033 --> 01:00:03.000
                Later.


                """)
        #expect(SubtitleWriter.write(Self.track, format: .webVTT) == SubtitleWriter.webVTT(Self.track))
    }

    @Test func overlappingCuesEndWhereTheNextBegins() {
        let track = SubtitleTrack(
            language: .en,
            cues: [
                SubtitleCue(start: .milliseconds(2_000), end: .milliseconds(3_000), text: "Second."),
                SubtitleCue(start: .milliseconds(0), end: .milliseconds(2_600), text: "First."),
            ])
        #expect(
            SubtitleWriter.srt(track) == """
                1
                00:00:00,000 --> 00:00:02,000
                First.

                2
                00:00:02,000 --> 00:00:03,000
                Second.


                """)
    }

    @Test func emptyTracksAndBlankCuesWriteNoBlocks() {
        let track = SubtitleTrack(
            language: .zh, cues: [SubtitleCue(start: .zero, end: .milliseconds(900), text: " \n ")])
        #expect(SubtitleWriter.srt(track) == "")
        #expect(SubtitleWriter.webVTT(track) == "WEBVTT\n\n")
    }
}
