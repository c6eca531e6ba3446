import DramaModel
import Foundation
import Testing

@testable import Visuals

@Suite struct ArtistTests {
    static let series = TestSeries.romance
    static let artist = ProceduralArtist(series: series)
    static let composer = FrameComposer(series: series, artist: artist)

    func shot(_ framing: Framing, _ location: String, _ subjects: [ShotSubject]) -> Shot {
        shot(framing, location, .day, subjects)
    }

    func shot(_ framing: Framing, _ location: String, _ lighting: Lighting, _ subjects: [ShotSubject]) -> Shot {
        Shot(kind: .dialogue, location: location, lighting: lighting, framing: framing, subjects: subjects, duration: MediaTime(value: 24, rate: 24))
    }

    /// Fraction of pixels that differ by more than a little.
    func difference(_ a: Raster, _ b: Raster) -> Double {
        precondition(a.width == b.width && a.height == b.height)
        var changed = 0
        for index in stride(from: 0, to: a.pixels.count, by: 4) {
            var d = 0
            for channel in 0..<4 { d += abs(Int(a.pixels[index + channel]) - Int(b.pixels[index + channel])) }
            if d > 24 { changed += 1 }
        }
        return Double(changed) / Double(a.width * a.height)
    }

    func colourDistance(_ a: (r: UInt8, g: UInt8, b: UInt8, a: UInt8), _ b: (r: UInt8, g: UInt8, b: UInt8, a: UInt8)) -> Int {
        let dr = abs(Int(a.r) - Int(b.r)), dg = abs(Int(a.g) - Int(b.g)), db = abs(Int(a.b) - Int(b.b))
        return dr + dg + db
    }

    @Test func sameInputsDrawIdenticalPixels() throws {
        let location = Self.series.locations[1]
        let first = try Self.artist.background(location, lighting: .night, width: 180, height: 320)
        let again = try ProceduralArtist(series: Self.series).background(location, lighting: .night, width: 180, height: 320)
        #expect(first == again)
        let subjects = [ShotSubject(character: "kai", expression: .cold, position: .left, speaking: false),
                        ShotSubject(character: "grace", expression: .angry, position: .right, speaking: true)]
        let a = try Self.composer.frame(shot(.twoShot, location.id, .night, subjects), mouth: .wide, eyesClosed: false, background: first, width: 180, height: 320)
        let b = try Self.composer.frame(shot(.twoShot, location.id, .night, subjects), mouth: .wide, eyesClosed: false, background: first, width: 180, height: 320)
        #expect(a == b)
        let member = Self.series.characters[2]
        #expect(try Self.artist.character(member, expression: .sad, mouth: .open, eyesClosed: false, height: 200)
                == Self.artist.character(member, expression: .sad, mouth: .open, eyesClosed: false, height: 200))
    }

    @Test func backgroundsAreOpaqueAndScaleWithSize() throws {
        let location = Self.series.locations[2]
        let small = try Self.artist.background(location, lighting: .day, width: 90, height: 160)
        let large = try Self.artist.background(location, lighting: .day, width: 180, height: 320)
        #expect(small.width == 90 && large.height == 320)
        #expect(small.pixels.enumerated().allSatisfy { $0.offset % 4 != 3 || $0.element == 255 })
        // The same picture at two sizes: colours at the same relative points agree.
        var close = 0
        let points: [(Double, Double)] = [(0.5, 0.2), (0.2, 0.7), (0.8, 0.9), (0.5, 0.55), (0.3, 0.3)]
        for (fx, fy) in points {
            let s = small.pixel(x: Int(fx * 90), y: Int(fy * 160)), l = large.pixel(x: Int(fx * 180), y: Int(fy * 320))
            if colourDistance(s, l) < 60 { close += 1 }
        }
        #expect(close >= 4)
        let night = try Self.artist.background(location, lighting: .night, width: 90, height: 160)
        func brightness(_ r: Raster) -> Int {
            var total = 0
            for index in stride(from: 0, to: r.pixels.count, by: 4) {
                total += Int(r.pixels[index]) + Int(r.pixels[index + 1]) + Int(r.pixels[index + 2])
            }
            return total
        }
        #expect(brightness(night) < brightness(small) * 3 / 4)
    }

    @Test func characterPictureIsTransparentAroundTheFigure() throws {
        let picture = try Self.artist.character(Self.series.characters[0], expression: .neutral, mouth: .closed, eyesClosed: false, height: 400)
        #expect(picture.width == 300 && picture.height == 400)
        #expect(picture.pixel(x: 2, y: 2).a == 0)
        #expect(picture.pixel(x: 150, y: Int(400 / 3.5 * 1.1)).a == 255)
    }

    @Test func everyEmotionAndMouthShapeDrawsADifferentFace() throws {
        let member = Self.series.characters[0]
        var faces: [Raster] = []
        for emotion in Emotion.allCases {
            faces.append(try Self.artist.character(member, expression: emotion, mouth: .closed, eyesClosed: false, height: 320))
        }
        for mouth in MouthShape.allCases where mouth != .closed {
            faces.append(try Self.artist.character(member, expression: .neutral, mouth: mouth, eyesClosed: false, height: 320))
        }
        faces.append(try Self.artist.character(member, expression: .neutral, mouth: .closed, eyesClosed: true, height: 320))
        for i in faces.indices {
            for j in faces.indices where j > i {
                #expect(difference(faces[i], faces[j]) > 0.0005, "faces \(i) and \(j) are the same picture")
            }
        }
    }

    @Test func designColoursMatchAcrossShotsAndEpisodes() throws {
        let design = try #require(Self.artist.designs["grace"])
        // Episode 1: a close-up in the office. Episode 5: a two-shot on the rooftop, another face.
        let office = try Self.artist.background(Self.series.locations[1], lighting: .day, width: 540, height: 960)
        let rooftop = try Self.artist.background(Self.series.locations[0], lighting: .day, width: 540, height: 960)
        let closeUp = shot(.closeUp, "ceo-office", [ShotSubject(character: "grace", expression: .tender, position: .center, speaking: true)])
        let twoShot = shot(.twoShot, "rooftop", [ShotSubject(character: "kai", expression: .cold, position: .left, speaking: true),
                                                ShotSubject(character: "grace", expression: .smug, position: .right, speaking: false)])
        let a = try Self.composer.frame(closeUp, mouth: .open, eyesClosed: false, background: office, width: 540, height: 960)
        let b = try Self.composer.frame(twoShot, mouth: .round, eyesClosed: false, background: rooftop, width: 540, height: 960)
        let placeA = try #require(Self.composer.placements(for: closeUp, width: 540, height: 960).first)
        let placeB = try #require(Self.composer.placements(for: twoShot, width: 540, height: 960).first { $0.subject.character == "grace" })
        for point in AnatomyPoint.allCases {
            let (ax, ay) = placeA.pixel(point.location(design: design, turn: placeA.turn))
            let (bx, by) = placeB.pixel(point.location(design: design, turn: placeB.turn))
            let ca = a.pixel(x: ax, y: ay), cb = b.pixel(x: bx, y: by)
            // Close framings dim the place, not the character: both match the design.
            let expected = point.colour(design: design)
            let want = (r: expected.red, g: expected.green, b: expected.blue, a: UInt8(255))
            #expect(colourDistance(ca, want) < 40, "\(point) in the close-up is \(ca) instead of \(expected)")
            #expect(colourDistance(cb, want) < 40, "\(point) in the two-shot is \(cb) instead of \(expected)")
            #expect(colourDistance(ca, cb) < 30)
        }
    }

    @Test func castSheetsDiffer() throws {
        var sheets: [Raster] = []
        for member in Self.series.characters {
            sheets.append(try Self.composer.characterSheet(member, width: 270, height: 480))
        }
        for i in sheets.indices {
            for j in sheets.indices where j > i {
                #expect(difference(sheets[i], sheets[j]) > 0.02, "sheets of \(Self.series.characters[i].id) and \(Self.series.characters[j].id) are too alike")
            }
        }
    }

    @Test func framingsKeepFacesOutOfTheSubtitleBand() throws {
        let subjects = [ShotSubject(character: "grace", expression: .neutral, position: .left, speaking: true),
                        ShotSubject(character: "kai", expression: .neutral, position: .right, speaking: false),
                        ShotSubject(character: "mia", expression: .neutral, position: .center, speaking: false)]
        for framing in Framing.allCases {
            let placements = try Self.composer.placements(for: shot(framing, "rooftop", subjects), width: 1242, height: 2208)
            switch framing {
            case .closeUp, .medium: #expect(placements.count == 1 && placements[0].subject.character == "grace")
            case .twoShot: #expect(placements.map { $0.subject.character } == ["grace", "kai"])
            case .wide: #expect(placements.count == 3)
            }
            for placement in placements {
                let chin = placement.y + 0.62 * placement.unit, crown = placement.y - 0.8 * placement.unit
                #expect(chin < 0.75 * 2208, "\(framing): a face reaches the subtitles")
                #expect(crown > 0.08 * 2208, "\(framing): a head reaches the label band")
            }
            if framing == .twoShot {
                #expect(placements[0].x < placements[1].x && placements[0].turn > 0 && placements[1].turn < 0)
            }
            if framing == .closeUp { #expect(placements[0].unit >= 0.55 * 1242) }
        }
        #expect(throws: VisualsError.self) {
            try Self.composer.placements(for: shot(.medium, "rooftop", [ShotSubject(character: "nobody", expression: .neutral, position: .center, speaking: true)]), width: 90, height: 160)
        }
    }

    @Test func speakerGetsTheMouthListenerStaysClosed() throws {
        let background = try Self.artist.background(Self.series.locations[0], lighting: .day, width: 270, height: 480)
        func frame(_ speaking: Bool, _ mouth: MouthShape) throws -> Raster {
            try Self.composer.frame(shot(.twoShot, "rooftop", [ShotSubject(character: "grace", expression: .neutral, position: .left, speaking: speaking),
                                                              ShotSubject(character: "kai", expression: .neutral, position: .right, speaking: false)]),
                                    mouth: mouth, eyesClosed: false, background: background, width: 270, height: 480)
        }
        #expect(try frame(true, .open) != frame(true, .closed))
        #expect(try frame(false, .open) == frame(false, .closed))
    }

    @Test func nightTintsTheCharacters() throws {
        let background = try Self.artist.background(Self.series.locations[0], lighting: .day, width: 270, height: 480)
        let subjects = [ShotSubject(character: "grace", expression: .neutral, position: .center, speaking: false)]
        let day = try Self.composer.frame(shot(.closeUp, "rooftop", .day, subjects), mouth: .closed, eyesClosed: false, background: background, width: 270, height: 480)
        let night = try Self.composer.frame(shot(.closeUp, "rooftop", .night, subjects), mouth: .closed, eyesClosed: false, background: background, width: 270, height: 480)
        let placement = try #require(Self.composer.placements(for: shot(.closeUp, "rooftop", subjects), width: 270, height: 480).first)
        let (x, y) = placement.pixel(AnatomyPoint.skin.location(design: Self.artist.designs["grace"]!, turn: placement.turn))
        let d = day.pixel(x: x, y: y), n = night.pixel(x: x, y: y)
        #expect(Int(n.r) < Int(d.r) - 20)
        #expect(Double(n.b) / Double(n.r) > Double(d.b) / Double(d.r))
    }

    @Test func coverTextFitsForALongTitle() throws {
        let long = "The Billionaire's Contract Bride Who Walked Away From Everything And Came Back For Revenge"
        for (request, artist) in [
            (CoverRequest(seriesTitle: long, episode: 12, episodeTitle: "A Wedding Nobody Was Invited To, Least Of All The Groom", language: .en, characters: ["grace", "kai"], location: "rooftop"), Self.artist),
            (CoverRequest(seriesTitle: "闪婚后我成了冷面总裁心尖上的契约新娘与全城豪门都不敢惹的真千金", episode: 3, episodeTitle: "总裁的秘密协议与一场没有新郎的婚礼", language: .zh, characters: ["protagonist", "lead"], location: "rainy-street"), ProceduralArtist(series: TestSeries.romanceZH)),
        ] {
            for (width, height) in [(540, 960), (1242, 2208)] {
                let canvas = try Canvas(width: width, height: height)
                let placements = CoverPainter(artist: artist).layoutText(request, canvas: canvas)
                #expect(placements.count == 3)
                for placed in placements.map(\.text) {
                    #expect(placed.x >= 0 && placed.y >= 0, "\(placed.role) starts outside the frame")
                    #expect(placed.x + placed.width <= Double(width) && placed.y + placed.height <= Double(height), "\(placed.role) is cut off")
                }
                let badge = try #require(placements.first { $0.text.role == .badge })
                #expect(badge.text.height >= 0.05 * Double(width))
                let title = try #require(placements.first { $0.text.role == .title })
                #expect(title.block.lineCount >= 2)
                // English wraps between words: every word of the title is on one line.
                if request.language == .en {
                    #expect(title.text.size > 0.03 * Double(width))
                }
            }
            let cover = try artist.cover(request, width: 270, height: 480)
            #expect(cover.width == 270)
        }
        #expect(CoverRequest(seriesTitle: "T", episode: 3, episodeTitle: "Title", language: .en, characters: [], location: "x").episodeLine == "EP 3 · Title")
        #expect(CoverRequest(seriesTitle: "T", episode: 3, episodeTitle: "标题", language: .zh, characters: [], location: "x").episodeLine == "第3集 · 标题")
        #expect(throws: VisualsError.self) { try Self.artist.cover(CoverRequest(seriesTitle: "T", episode: 1, episodeTitle: "", language: .en, characters: [], location: "moon"), width: 90, height: 160) }
    }
}
