import Basics
import DramaModel
import Foundation
import Testing

@testable import Visuals

/// Writes the README's stills under docs/images when CLIFF_WRITE_STILLS=1.
@Suite struct StillsTests {
    static let enabled = ProcessInfo.processInfo.environment["CLIFF_WRITE_STILLS"] == "1"
    static let width = 540, height = 960

    static var imagesDirectory: URL {
        if let directory = ProcessInfo.processInfo.environment["CLIFF_STILLS_DIR"] { return URL(fileURLWithPath: directory) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/images")
    }

    func write(_ raster: Raster, _ name: String) throws {
        try FileManager.default.createDirectory(at: Self.imagesDirectory, withIntermediateDirectories: true)
        try raster.pngData().write(to: Self.imagesDirectory.appendingPathComponent(name))
    }

    func shot(_ framing: Framing, _ location: String, _ lighting: Lighting, _ subjects: [ShotSubject]) -> Shot {
        Shot(kind: .dialogue, location: location, lighting: lighting, framing: framing, subjects: subjects, duration: MediaTime(value: 48, rate: 24))
    }

    @Test(.enabled(if: enabled)) func writesTheStills() throws {
        let w = Self.width, h = Self.height
        for (series, prefix) in [(TestSeries.romance, "romance"), (TestSeries.palace, "palace")] {
            let artist = ProceduralArtist(series: series)
            let composer = FrameComposer(series: series, artist: artist)
            let ids = series.characters.map(\.id)
            let first = series.locations[1], second = series.locations[0]
            let background = try artist.background(first, lighting: .day, width: w, height: h)
            try write(try composer.frame(shot(.closeUp, first.id, .day, [ShotSubject(character: ids[0], expression: .shocked, position: .center, speaking: true)]),
                                         mouth: .open, eyesClosed: false, background: background, width: w, height: h), "\(prefix)-close-up.png")
            let night = try artist.background(second, lighting: .night, width: w, height: h)
            try write(try composer.frame(shot(.twoShot, second.id, .night, [
                ShotSubject(character: ids[1], expression: .cold, position: .left, speaking: false),
                ShotSubject(character: ids[0], expression: .angry, position: .right, speaking: true),
            ]), mouth: .wide, eyesClosed: false, background: night, width: w, height: h), "\(prefix)-two-shot.png")
            let third = series.locations[2]
            let wideBackground = try artist.background(third, lighting: .day, width: w, height: h)
            try write(try composer.frame(shot(.wide, third.id, .day, [
                ShotSubject(character: ids[2], expression: .smug, position: .left, speaking: true),
                ShotSubject(character: ids[3], expression: .afraid, position: .right, speaking: false),
                ShotSubject(character: ids[5], expression: .neutral, position: .center, speaking: false),
            ]), mouth: .round, eyesClosed: false, background: wideBackground, width: w, height: h), "\(prefix)-wide.png")
            try write(try composer.frame(shot(.medium, first.id, .day, [ShotSubject(character: ids[4], expression: .tender, position: .left, speaking: true)]),
                                         mouth: .teeth, eyesClosed: false, background: background, width: w, height: h), "\(prefix)-medium.png")
            try write(try composer.characterSheet(series.characters[0], width: w, height: h), "\(prefix)-sheet-\(ids[0]).png")
            try write(try composer.characterSheet(series.characters[1], width: w, height: h), "\(prefix)-sheet-\(ids[1]).png")
        }
        let romance = ProceduralArtist(series: TestSeries.romance)
        try write(try romance.cover(CoverRequest(seriesTitle: "Borrowed Bride", episode: 3, episodeTitle: "The Contract Has a Second Page", language: .en,
                                                 characters: ["grace", "kai"], location: "rooftop", lighting: .night), width: w, height: h), "cover-en.png")
        let chinese = ProceduralArtist(series: TestSeries.romanceZH)
        try write(try chinese.cover(CoverRequest(seriesTitle: "契约新娘", episode: 3, episodeTitle: "总裁的秘密协议", language: .zh,
                                                 characters: ["protagonist", "lead"], location: "rainy-street", lighting: .night), width: w, height: h), "cover-zh.png")
        let composer = FrameComposer(series: TestSeries.romanceZH, artist: chinese)
        try write(try composer.characterSheet(TestSeries.romanceZH.characters[0], width: w, height: h), "romance-zh-sheet.png")
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
        try write(try sheet.raster(), "places.png")
        for (series, id, lighting) in [(TestSeries.romance, "ceo-office", Lighting.night), (TestSeries.romance, "mansion-dining", .day), (TestSeries.palace, "throne-hall", .day)] {
            let artist = ProceduralArtist(series: series)
            try write(try artist.background(series.locations.first { $0.id == id }!, lighting: lighting, width: w, height: h), "place-\(id)-\(lighting.rawValue).png")
        }
    }
}
