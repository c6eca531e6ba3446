import Basics
import DramaModel
import Testing

@testable import Visuals

@Suite struct CharacterDesignTests {
    func design(_ look: LookSpec, gender: Gender = .female, role: Role = .protagonist, genre: Genre = .romance, id: String = "someone") -> CharacterDesign {
        CharacterDesign(member: CastMember(id: id, name: "Someone", role: role, gender: gender, look: look), genre: genre)
    }

    @Test func englishLookWordsChooseTheParts() {
        let d = design(LookSpec(age: 30, hair: "an elegant updo", skin: "deep brown", eyes: "amber", outfit: "a navy three-piece suit", accessories: ["pearl earrings", "wire-rim glasses"]))
        #expect(d.hairStyle == .updo)
        #expect(d.skin == RGBColor(0x7c4b2e))
        #expect(d.eyeColor == RGBColor(0xc17f24))
        #expect(d.outfitStyle == .threePieceSuit)
        #expect(d.outfitColor == RGBColor(0x1e2a46))
        #expect(d.accessories.contains(.pearlEarrings) && d.accessories.contains(.glasses))
        #expect(design(LookSpec(hair: "a high ponytail")).hairStyle == .highPonytail)
        #expect(design(LookSpec(hair: "a sleek black bob")).hairStyle == .bob)
        #expect(design(LookSpec(hair: "a close crop"), gender: .male).hairStyle == .closeCrop)
        #expect(design(LookSpec(outfit: "a knit cardigan")).outfitStyle == .cardigan)
        #expect(design(LookSpec(outfit: "a thrift-store blazer", palette: ["#8c1c13", "#f4d58d"])).outfitColor == RGBColor(0x8c1c13))
    }

    @Test func wordInsideAnotherWordDoesNotCount() {
        // "tailored" holds "red", "string" holds "ring".
        let d = design(LookSpec(outfit: "a tailored suit", palette: ["#2d3142"], accessories: ["a red string bracelet"]))
        #expect(d.outfitColor == RGBColor(0x2d3142))
        #expect(d.accessories == [.redString])
    }

    @Test func chineseLookWordsChooseTheParts() {
        let d = design(LookSpec(hair: "银发发髻", skin: "小麦色", eyes: "琥珀色", outfit: "红色旗袍", accessories: ["珍珠耳环", "玉佩"]))
        #expect(d.hairStyle == .bun)
        #expect(d.hairColor == RGBColor(0xc3c7d1))
        #expect(d.skin == RGBColor(0xc68e60))
        #expect(d.outfitStyle == .qipao)
        #expect(d.outfitColor == RGBColor(0xb8222c))
        #expect(d.accessories == [.pearlEarrings, .jadePendant])
        #expect(design(LookSpec(outfit: "藏青色西装"), gender: .male).outfitStyle == .suit)
        #expect(design(LookSpec(outfit: "明黄龙袍"), gender: .male, genre: .palace).outfitStyle == .dragonRobe)
        #expect(design(LookSpec(hair: "黑色长发")).hairStyle == .longStraight)
    }

    @Test func palaceDramaDressesInRobesAndTopknots() {
        let emperor = design(LookSpec(hair: "short black hair", outfit: "a tailored charcoal suit"), gender: .male, role: .lead, genre: .palace)
        #expect(emperor.hairStyle == .topknot)
        #expect(emperor.outfitStyle == .palaceRobe)
        let consort = design(LookSpec(hair: "long black hair"), genre: .palace)
        #expect(consort.hairStyle == .updo)
        #expect(consort.accessories.contains(.hairpin))
    }

    @Test func eldersGoGrey() {
        let elder = design(LookSpec(), role: .elder, id: "grandma")
        #expect(elder.age >= 60 && elder.isElder)
        #expect(elder.hairColor.luminance > 0.6)
        #expect(!design(LookSpec(age: 25)).isElder)
    }

    @Test func gapsAreFilledTheSameWayEveryTime() {
        let a = design(LookSpec(), id: "lin-wan"), b = design(LookSpec(), id: "lin-wan")
        #expect(a == b)
        // FNV-1a reference values: a fixed function, not Swift's per-process hashValue.
        #expect(StableHash.of("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.of("a") == 0xaf63_dc4c_8601_ec8c)
        let spread = Set(["a", "b", "c", "d", "e", "f", "g", "h"].map { design(LookSpec(), id: $0).skin })
        #expect(spread.count > 1)
    }

    @Test func colludingSpecsAreVariedByID() {
        let look = LookSpec(age: 25, hair: "long black hair", skin: "fair", eyes: "black", outfit: "a red cocktail dress")
        let series = Series(title: "T", premise: "p", genre: .romance, tone: "", format: SeriesFormat(episodes: 1),
                            characters: [CastMember(id: "twin-a", name: "A", role: .protagonist, gender: .female, look: look),
                                         CastMember(id: "twin-b", name: "B", role: .rival, gender: .female, look: look)],
                            locations: [])
        let designs = CharacterDesign.cast(of: series)
        let a = try! #require(designs["twin-a"]), b = try! #require(designs["twin-b"])
        #expect(a == CharacterDesign(member: series.characters[0], genre: .romance))
        #expect(!a.looksLike(b))
        #expect(CharacterDesign.cast(of: series) == designs)
    }

    @Test func generatedCastsHavePairwiseDifferentDesigns() {
        for series in [TestSeries.romance, TestSeries.romanceZH, TestSeries.palace] {
            let designs = CharacterDesign.cast(of: series)
            let ids = series.characters.map(\.id)
            #expect(designs.count == ids.count)
            for i in ids.indices {
                for j in ids.indices where j > i {
                    let a = designs[ids[i]]!, b = designs[ids[j]]!
                    #expect(a != b, "\(ids[i]) and \(ids[j]) share a design")
                    #expect(!a.looksLike(b), "\(ids[i]) and \(ids[j]) look alike")
                }
            }
        }
    }
}
