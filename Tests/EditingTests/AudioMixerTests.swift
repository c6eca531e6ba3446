import DramaModel
import Editing
import Foundation
import TestSupport
import Testing

@Suite struct AudioMixerTests {
    /// A mono speech-like line at `rate`, `seconds` long.
    static func line(seconds: Double, rate: Int = 22_050, seed: UInt64) -> AudioBuffer {
        AudioBuffer(sampleRate: rate, channels: 1, samples: TestSignals.speechLike(seconds: seconds, rate: rate, seed: seed))
    }

    /// An episode of `seconds` with a line every three seconds, music and stingers.
    static func episode(seconds: Int, lines: Int, stingers: Int) -> (MediaTime, [EpisodeMixer.Dialogue], AudioBuffer, [EpisodeMixer.StingerCue]) {
        let duration = MediaTime(value: Int64(seconds * 30), rate: 30)
        let step = Double(seconds - 4) / Double(lines)
        let dialogue = (0..<lines).map { i in
            EpisodeMixer.Dialogue(start: .seconds(1 + Double(i) * step), audio: line(seconds: min(2.2, step - 0.3), seed: UInt64(i)))
        }
        let music = MusicComposer(genre: .revenge, seed: 7).bed(
            duration: duration, intensity: [.init(start: .seconds(Double(seconds) * 0.5), level: .tense), .init(start: .seconds(Double(seconds) * 0.8), level: .climax)])
        let cues = (0..<stingers).map { i in
            EpisodeMixer.StingerCue(start: .seconds(Double(seconds) * Double(i + 1) / Double(stingers + 1)), stinger: Stinger.allCases[i % 4])
        }
        return (duration, dialogue, music, cues)
    }

    @Test(arguments: [1, 29, 30, 31, 299, 1_801, 3_599])
    func outputHasExactlyTheDurationsFrames(frames30fps: Int64) {
        let duration = MediaTime(value: frames30fps, rate: 30)
        let line = EpisodeMixer.Dialogue(start: .milliseconds(100), audio: Self.line(seconds: 0.5, seed: 1))
        let out = EpisodeMixer().mix(duration: duration, dialogue: [line], music: nil, stingers: [.init(start: .zero, stinger: .slap)])
        #expect(out.frameCount == Int((Double(frames30fps) * 48_000 / 30).rounded()))
        #expect(out.channels == 2 && out.sampleRate == 48_000)
    }

    @Test func musicDucksUnderDialogue() {
        let duration = MediaTime.seconds(20)
        let music = MusicComposer(genre: .romance, seed: 7).bed(duration: duration)
        let speech = EpisodeMixer.Dialogue(start: .seconds(8), audio: Self.line(seconds: 4, seed: 3))
        let stems = EpisodeMixer().stems(duration: duration, dialogue: [speech], music: music, stingers: [])
        let inside = TestSignals.rms(stems.music.samples[(2 * 8 * 48_000)..<(2 * 12 * 48_000)])
        let before = TestSignals.rms(stems.music.samples[(2 * 3 * 48_000)..<(2 * 7 * 48_000)])
        let after = TestSignals.rms(stems.music.samples[(2 * 13 * 48_000)..<(2 * 17 * 48_000)])
        let depth = TestSignals.db(inside) - TestSignals.db((before + after) / 2)
        print("[audio] ducking: music \(depth) dB under speech")
        #expect(depth <= -9)
    }

    @Test func silentDialogueStillDucksTheMusicInTheFinalMix() {
        // Silent lines of known span: the output is the music alone, ducked over the spans.
        let duration = MediaTime.seconds(16)
        let music = MusicComposer(genre: .suspense, seed: 7).bed(duration: duration)
        let silent = EpisodeMixer.Dialogue(start: .seconds(6), audio: .silence(frames: 4 * 22_050, sampleRate: 22_050, channels: 1))
        let out = EpisodeMixer().mix(duration: duration, dialogue: [silent], music: music, stingers: [])
        let inside = TestSignals.rms(out.samples[(2 * 6 * 48_000)..<(2 * 10 * 48_000)])
        let outside = TestSignals.rms((out.samples[(2 * 1 * 48_000)..<(2 * 5 * 48_000)] + out.samples[(2 * 11 * 48_000)..<(2 * 15 * 48_000)])[...])
        #expect(TestSignals.db(inside) - TestSignals.db(outside) <= -9)
    }

    @Test func normalizedMixMeasuresMinus14LUFSBeforeAndAfterAAC() async throws {
        let (duration, dialogue, music, cues) = Self.episode(seconds: 45, lines: 14, stingers: 4)
        let out = EpisodeMixer().mix(duration: duration, dialogue: dialogue, music: music, stingers: cues)
        try await Self.checkDelivery(out, label: "synthetic speech")
    }

    @Test func mixOfRealEspeakLinesMeasuresMinus14LUFS() async throws {
        let directory = try temporaryDirectory("cliff-audio")
        defer { try? FileManager.default.removeItem(at: directory) }
        let sentences = [
            "You signed the contract without reading it?", "I read every word. Including the part about the heir.",
            "Then you know what happens tonight.", "Tonight, everything changes.", "Get out of my house.",
            "This house was never yours.",
        ]
        var dialogue: [EpisodeMixer.Dialogue] = []
        var start = 0.8
        for (i, sentence) in sentences.enumerated() {
            let url = directory.appendingPathComponent("\(i).wav")
            let spoken = try await runProcess(URL(fileURLWithPath: "/usr/bin/espeak-ng"), ["-v", i % 2 == 0 ? "en+f3" : "en", "-w", url.path, sentence])
            try #require(spoken.status == 0, "espeak-ng: \(spoken.stderr)")
            let audio = try WAVFile.decode(Data(contentsOf: url))
            dialogue.append(.init(start: .seconds(start), audio: audio))
            start += audio.duration.seconds + 0.6
        }
        let duration = MediaTime.seconds(start + 2.5)
        let music = MusicComposer(genre: .romance, seed: 7).bed(duration: duration, intensity: [.init(start: .seconds(start - 4), level: .climax)])
        let cues = [EpisodeMixer.StingerCue(start: .seconds(start - 3.1), stinger: .rise), .init(start: .seconds(4), stinger: .hit)]
        let out = EpisodeMixer().mix(duration: duration, dialogue: dialogue, music: music, stingers: cues)
        try await Self.checkDelivery(out, label: "espeak-ng speech")
    }

    /// ffmpeg reads −14 ± 0.5 LUFS and ≤ −1 dBTP on the WAV, and −14 ± 1, ≤ −1 dBTP after AAC.
    static func checkDelivery(_ out: AudioBuffer, label: String) async throws {
        let ours = (Loudness.integrated(out), Loudness.truePeak(out))
        let directory = try temporaryDirectory("cliff-audio")
        defer { try? FileManager.default.removeItem(at: directory) }
        let wav = directory.appendingPathComponent("mix.wav")
        try WAVFile.encode(out).write(to: wav)
        let pcm = try await FFmpegMeter.measure(file: wav)
        let aac = directory.appendingPathComponent("mix.m4a")
        try await FFmpegMeter.run(["-y", "-i", wav.path, "-c:a", "aac", "-b:a", "160k", "-ar", "48000", "-ac", "2", aac.path])
        let encoded = try await FFmpegMeter.measure(file: aac)
        print("[audio] \(label): ours \(ours.0) LUFS \(ours.1) dBTP; ffmpeg WAV \(pcm.integrated) LUFS \(pcm.truePeak) dBTP; AAC 160k \(encoded.integrated) LUFS \(encoded.truePeak) dBTP")
        #expect(abs(pcm.integrated - -14) <= 0.5)
        #expect(pcm.truePeak <= -1.0)
        #expect(abs(encoded.integrated - -14) <= 1)
        #expect(encoded.truePeak <= -1.0)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["CLIFF_AUDIO_TIMING"] != nil, "set CLIFF_AUDIO_TIMING=1 to time a 120 s mix"))
    func mixingA120SecondEpisodeIsFast() {
        let (duration, dialogue, music, cues) = Self.episode(seconds: 120, lines: 40, stingers: 6)
        let clock = ContinuousClock()
        var out = AudioBuffer.silence(frames: 0, sampleRate: 48_000, channels: 2)
        let elapsed = clock.measure {
            out = EpisodeMixer().mix(duration: duration, dialogue: dialogue, music: music, stingers: cues)
        }
        #if DEBUG
            let build = "debug"
        #else
            let build = "release"
        #endif
        print("[audio] timing (\(build)): mixing 120 s, 40 lines, music, 6 stingers took \(elapsed)")
        #expect(out.frameCount == 120 * 48_000)
        #if !DEBUG
            #expect(elapsed < .seconds(1))
        #endif
    }
}
