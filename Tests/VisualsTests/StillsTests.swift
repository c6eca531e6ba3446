import Basics
import DramaModel
import Foundation
import TestSupport
import Testing

@testable import Visuals

/// The README's stills: every one is a full-size, painted picture that encodes as PNG, and no
/// two are the same. With CLIFF_WRITE_STILLS=1 (`scripts/stills`) they are also written under
/// docs/images (or CLIFF_STILLS_DIR) for people.
@Suite struct StillsTests {
    static let writing = ProcessInfo.processInfo.environment["CLIFF_WRITE_STILLS"] == "1"
    static let width = 540, height = 960

    static var imagesDirectory: URL {
        if let directory = ProcessInfo.processInfo.environment["CLIFF_STILLS_DIR"] { return URL(fileURLWithPath: directory) }
        return Repository.documentationImages
    }

    /// The stills made so far, by file name.
    final class Made {
        var stills: [(name: String, raster: Raster)] = []
    }

    func write(_ raster: Raster, _ name: String, into made: Made) throws {
        let png = try raster.pngData()
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(name) encodes as PNG")
        made.stills.append((name, raster))
        guard Self.writing else { return }
        try FileManager.default.createDirectory(at: Self.imagesDirectory, withIntermediateDirectories: true)
        try png.write(to: Self.imagesDirectory.appendingPathComponent(name))
    }

    /// How many different colours a sample of every 7th pixel holds.
    func colours(_ raster: Raster) -> Int {
        var seen = Set<UInt32>()
        var index = 0
        while index + 3 < raster.pixels.count {
            seen.insert(UInt32(raster.pixels[index]) | UInt32(raster.pixels[index + 1]) << 8 | UInt32(raster.pixels[index + 2]) << 16)
            index += 7 * 4
        }
        return seen.count
    }

    func shot(_ framing: Framing, _ location: String, _ lighting: Lighting, _ subjects: [ShotSubject]) -> Shot {
        Shot(kind: .dialogue, location: location, lighting: lighting, framing: framing, subjects: subjects, duration: MediaTime(value: 48, rate: 24))
    }

    @Test func everyStillIsAFullSizePaintedPictureOfItsOwn() throws {
        let w = Self.width, h = Self.height
        let made = Made()
        for (series, prefix) in [(TestSeries.romance, "romance"), (TestSeries.palace, "palace")] {
            let artist = ProceduralArtist(series: series)
            let composer = FrameComposer(series: series, artist: artist)
            let ids = series.characters.map(\.id)
            let first = series.locations[1], second = series.locations[0]
            let background = try artist.background(first, lighting: .day, width: w, height: h)
            try write(try composer.frame(shot(.closeUp, first.id, .day, [ShotSubject(character: ids[0], expression: .shocked, position: .center, speaking: true)]),
                                         mouth: .open, eyesClosed: false, background: background, width: w, height: h), "\(prefix)-close-up.png", into: made)
            let night = try artist.background(second, lighting: .night, width: w, height: h)
            try write(try composer.frame(shot(.twoShot, second.id, .night, [
                ShotSubject(character: ids[1], expression: .cold, position: .left, speaking: false),
                ShotSubject(character: ids[0], expression: .angry, position: .right, speaking: true),
            ]), mouth: .wide, eyesClosed: false, background: night, width: w, height: h), "\(prefix)-two-shot.png", into: made)
            let third = series.locations[2]
            let wideBackground = try artist.background(third, lighting: .day, width: w, height: h)
            try write(try composer.frame(shot(.wide, third.id, .day, [
                ShotSubject(character: ids[2], expression: .smug, position: .left, speaking: true),
                ShotSubject(character: ids[3], expression: .afraid, position: .right, speaking: false),
                ShotSubject(character: ids[5], expression: .neutral, position: .center, speaking: false),
            ]), mouth: .round, eyesClosed: false, background: wideBackground, width: w, height: h), "\(prefix)-wide.png", into: made)
            try write(try composer.frame(shot(.medium, first.id, .day, [ShotSubject(character: ids[4], expression: .tender, position: .left, speaking: true)]),
                                         mouth: .teeth, eyesClosed: false, background: background, width: w, height: h), "\(prefix)-medium.png", into: made)
            try write(try composer.characterSheet(series.characters[0], width: w, height: h), "\(prefix)-sheet-\(ids[0]).png", into: made)
            try write(try composer.characterSheet(series.characters[1], width: w, height: h), "\(prefix)-sheet-\(ids[1]).png", into: made)
        }
        let romance = ProceduralArtist(series: TestSeries.romance)
        try write(try romance.cover(CoverRequest(seriesTitle: "Borrowed Bride", episode: 3, episodeTitle: "The Contract Has a Second Page", language: .en,
                                                 characters: ["grace", "kai"], location: "rooftop", lighting: .night), width: w, height: h), "cover-en.png", into: made)
        let chinese = ProceduralArtist(series: TestSeries.romanceZH)
        try write(try chinese.cover(CoverRequest(seriesTitle: "契约新娘", episode: 3, episodeTitle: "总裁的秘密协议", language: .zh,
                                                 characters: ["protagonist", "lead"], location: "rainy-street", lighting: .night), width: w, height: h), "cover-zh.png", into: made)
        let composer = FrameComposer(series: TestSeries.romanceZH, artist: chinese)
        try write(try composer.characterSheet(TestSeries.romanceZH.characters[0], width: w, height: h), "romance-zh-sheet.png", into: made)
        // Every place kind on one contact sheet, and a few full backgrounds.
        let columns = 6, thumbW = 90, thumbH = 160
        let sheet = try Canvas(width: columns * thumbW, height: 6 * thumbH)
        sheet.rect(0, 0, Double(columns * thumbW), Double(6 * thumbH))
        sheet.fill(RGBColor(0x101018))
        for (index, kind) in SceneKind.allCases.enumerated() {
            let painter = ScenePainter(kind: kind, lighting: index % 3 == 2 ? .night : .day, genre: .romance,
                                       seed: StableHash.of("scene", kind.rawValue), aspect: 16.0 / 9.0)
            sheet.layer {
                sheet.translate(Double(index % columns * thumbW), Double(index / columns * thumbH))
                sheet.rect(0, 0, Double(thumbW), Double(thumbH))
                sheet.clip()
                sheet.scale(Double(thumbW - 2), Double(thumbW - 2))
                painter.paint(on: sheet)
            }
        }
        try write(try sheet.raster(), "places.png", into: made)
        for (series, id, lighting) in [(TestSeries.romance, "ceo-office", Lighting.night), (TestSeries.romance, "mansion-dining", .day), (TestSeries.palace, "throne-hall", .day)] {
            let artist = ProceduralArtist(series: series)
            try write(try artist.background(series.locations.first { $0.id == id }!, lighting: lighting, width: w, height: h), "place-\(id)-\(lighting.rawValue).png", into: made)
        }
        // 6 stills per series, 2 covers, the Chinese sheet, the places sheet and 3 backgrounds.
        #expect(made.stills.count == 2 * 6 + 2 + 1 + 1 + 3)
        #expect(Set(made.stills.map(\.name)).count == made.stills.count, "every still has its own file name")
        for (name, raster) in made.stills where name != "places.png" {
            #expect(raster.width == w && raster.height == h, "\(name) is \(raster.width)×\(raster.height), not \(w)×\(h)")
        }
        let places = try #require(made.stills.first { $0.name == "places.png" }?.raster)
        #expect(places.width == 6 * 90 && places.height == 6 * 160)
        for (name, raster) in made.stills {
            #expect(colours(raster) >= 16, "\(name) is painted, not a flat fill")
        }
        #expect(Set(made.stills.map(\.raster.pixels)).count == made.stills.count, "no two stills are the same picture")
    }
}
