import DramaModel
import Editing
import Testing

@Suite struct ReadingSpeedTests {
    func cue(_ text: String, seconds: Double) -> SubtitleCue {
        SubtitleCue(start: .milliseconds(1_000), end: .milliseconds(1_000 + Int64(seconds * 1000)), text: text)
    }

    @Test func eachLanguageIsReadAtItsOwnPace() {
        // 27 letters in 2 s is 13.5 per second, under the English limit; in 1.2 s, 22.5, over it.
        let english = "You kept the ring I threw away, Ivy."
        #expect(ReadingSpeed.characters(in: english) == 27)
        #expect(ReadingSpeed.findings([cue(english, seconds: 2)], language: .en).isEmpty)
        let fast = ReadingSpeed.findings([cue(english, seconds: 1.2)], language: .en)
        #expect(fast.count == 1 && abs(fast[0].charactersPerSecond - 22.5) < 0.01)
        // Eighteen characters in 2 s is 9 per second, the Chinese limit; in 1.5 s, 12, over it.
        let chinese = "你以为我会一直忍下去吗？今天晚上我要说"
        #expect(ReadingSpeed.characters(in: chinese) == 18)
        #expect(ReadingSpeed.findings([cue(chinese, seconds: 2)], language: .zh).isEmpty)
        #expect(ReadingSpeed.findings([cue(chinese, seconds: 1.5)], language: .zh).count == 1)
        // The same Chinese cue read as English would pass: the limit is the language's.
        #expect(ReadingSpeed.findings([cue(chinese, seconds: 1.5)], language: .en).isEmpty)
        #expect(ReadingSpeed.limit(.es) == 17)
    }
}
