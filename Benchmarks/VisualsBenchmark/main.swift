// Visuals benchmark: how long the procedural renderer's calls take at the delivery size,
// 1242×2208 (backgrounds with the 15 % overscan the camera moves need, frames, a cover).
//
//   CLIFF_BENCHMARKS=1 swift run -c release VisualsBenchmark
//   scripts/benchmark.sh visuals [--runs N]
//
// The series is written the way `cliff new` writes it (BeatSheetWriter). Times are the median
// and the fastest of N runs per call; the last column is the call's share of a 24 fps frame
// budget (41.7 ms), because absolute times on a shared machine are noisy.
import DramaModel
import Foundation
import StoryEngine
import Visuals

struct BenchmarkError: Error, CustomStringConvertible { var description: String }

let arguments = CommandLine.arguments
let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 5
let (width, height) = (1242, 2208)
let (overscanWidth, overscanHeight) = (Int(Double(width) * 1.15), Int(Double(height) * 1.15))

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// Runs `body` `runs` times; the median and the fastest run in milliseconds.
func time(_ body: () throws -> Void) rethrows -> (median: Double, best: Double) {
    let clock = ContinuousClock()
    var times: [Double] = []
    for _ in 0..<runs {
        let start = clock.now
        try body()
        times.append(milliseconds(clock.now - start))
    }
    let sorted = times.sorted()
    return (sorted[sorted.count / 2], sorted[0])
}

func row(_ name: String, _ figures: (median: Double, best: Double)) {
    print(
        name.padding(toLength: 46, withPad: " ", startingAt: 0) + "| "
            + String(format: "%8.1f / %8.1f ms | %6.1f", figures.median, figures.best, figures.median / (1000 / 24)))
}

let series = try BeatSheetWriter().makeBible(PremiseRequest(premise: "A broke waitress signs a contract marriage with a cold CEO", episodes: 3, seed: 1))
guard series.characters.count >= 2, series.locations.count >= 2 else {
    throw BenchmarkError(description: "the written series has \(series.characters.count) characters and \(series.locations.count) locations; the benchmark needs 2 of each")
}
let artist = ProceduralArtist(series: series)
let composer = FrameComposer(series: series, artist: artist)
let (first, second) = (series.characters[0].id, series.characters[1].id)
let office = series.locations[1]

#if DEBUG
    let build = "debug build (figures are meaningful in release: scripts/benchmark.sh visuals)"
#else
    let build = "release build"
#endif
print("Visuals benchmark: procedural renderer at \(width)x\(height), \(runs) run\(runs == 1 ? "" : "s") per call, \(build)")
print("call                                          | median / best          | × 24 fps frame budget")
print("----------------------------------------------|------------------------|----------------------")
for location in series.locations {
    row("background \(location.id) \(overscanWidth)x\(overscanHeight)", try time {
        _ = try artist.background(location, lighting: .night, width: overscanWidth, height: overscanHeight)
    })
}
let background = try artist.background(office, lighting: .night, width: width, height: height)
let twoShot = Shot(kind: .dialogue, location: office.id, lighting: .night, framing: .twoShot, subjects: [
    ShotSubject(character: second, expression: .cold, position: .left, speaking: false),
    ShotSubject(character: first, expression: .angry, position: .right, speaking: true),
], duration: MediaTime(value: 24, rate: 24))
var shapes = MouthShape.allCases.makeIterator()
row("frame two-shot", try time {
    let mouth = shapes.next() ?? .closed
    _ = try composer.frame(twoShot, mouth: mouth, eyesClosed: false, background: background, width: width, height: height)
})
var wide = twoShot
wide.framing = .wide
row("frame wide", try time { _ = try composer.frame(wide, mouth: .open, eyesClosed: false, background: background, width: width, height: height) })
let overscan = try artist.background(office, lighting: .night, width: overscanWidth, height: overscanHeight)
row("frame two-shot over a 15 % larger background", try time {
    _ = try composer.frame(twoShot, mouth: .open, eyesClosed: false, background: overscan, width: width, height: height)
})
row("cover", try time {
    _ = try artist.cover(CoverRequest(seriesTitle: series.title, episode: 3, episodeTitle: "The Contract Has a Second Page", language: .en,
                                      characters: [first, second], location: series.locations[0].id), width: width, height: height)
})
