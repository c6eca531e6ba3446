import DramaModel
import Foundation
import Testing

@testable import Visuals

/// Prints how long the renderer's calls take at 1242×2208 when CLIFF_VISUALS_TIMING=1
/// (meaningful in a release build: `swift test -c release --filter TimingTests`).
@Suite struct TimingTests {
    static let enabled = ProcessInfo.processInfo.environment["CLIFF_VISUALS_TIMING"] != nil

    func milliseconds(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<runs { try body() }
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) * 1000 / Double(runs) + Double(elapsed.components.attoseconds) / 1e15 / Double(runs)
    }

    @Test(.enabled(if: enabled)) func printsFrameAndBackgroundTimes() throws {
        let series = TestSeries.romance
        let artist = ProceduralArtist(series: series)
        let composer = FrameComposer(series: series, artist: artist)
        let (w, h) = (1242, 2208)
        var background = try artist.background(series.locations[1], lighting: .night, width: w, height: h)
        for location in series.locations {
            let ms = try milliseconds(3) { background = try artist.background(location, lighting: .night, width: Int(Double(w) * 1.15), height: Int(Double(h) * 1.15)) }
            print("background \(location.id) \(Int(Double(w) * 1.15))x\(Int(Double(h) * 1.15)): \(String(format: "%.1f", ms)) ms")
        }
        background = try artist.background(series.locations[1], lighting: .night, width: w, height: h)
        let twoShot = Shot(kind: .dialogue, location: "ceo-office", lighting: .night, framing: .twoShot, subjects: [
            ShotSubject(character: "kai", expression: .cold, position: .left, speaking: false),
            ShotSubject(character: "grace", expression: .angry, position: .right, speaking: true),
        ], duration: MediaTime(value: 24, rate: 24))
        var shapes = MouthShape.allCases.makeIterator()
        let ms = try milliseconds(10) {
            let mouth = shapes.next() ?? .closed
            _ = try composer.frame(twoShot, mouth: mouth, eyesClosed: false, background: background, width: w, height: h)
        }
        print("frame two-shot \(w)x\(h): \(String(format: "%.1f", ms)) ms")
        var wide = twoShot
        wide.framing = .wide
        let wideMs = try milliseconds(5) { _ = try composer.frame(wide, mouth: .open, eyesClosed: false, background: background, width: w, height: h) }
        print("frame wide \(w)x\(h): \(String(format: "%.1f", wideMs)) ms")
        let overscan = try artist.background(series.locations[1], lighting: .night, width: Int(Double(w) * 1.15), height: Int(Double(h) * 1.15))
        let scaledMs = try milliseconds(5) { _ = try composer.frame(twoShot, mouth: .open, eyesClosed: false, background: overscan, width: w, height: h) }
        print("frame two-shot over a 15 % larger background: \(String(format: "%.1f", scaledMs)) ms")
        let coverMs = try milliseconds(3) {
            _ = try artist.cover(CoverRequest(seriesTitle: series.title, episode: 3, episodeTitle: "The Contract Has a Second Page", language: .en, characters: ["grace", "kai"], location: "rooftop"), width: w, height: h)
        }
        print("cover \(w)x\(h): \(String(format: "%.1f", coverMs)) ms")
    }
}
