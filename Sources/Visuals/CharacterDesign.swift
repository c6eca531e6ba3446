import Basics
package import DramaModel

/// A character's stable look: every part the artist draws, derived from the bible's look
/// spec and filled in from a stable hash of the id where the spec says nothing, so the
/// character looks the same in every shot, every episode and every run.
package struct CharacterDesign: Sendable, Hashable, Codable {
    /// Gender, for the silhouette, lashes and default hair.
    package var gender: Gender
    /// Apparent age in years; from 55 on hair greys and lines appear.
    package var age: Int
    /// Shoulder width.
    package var build: Build
    /// Face outline.
    package var faceShape: FaceShape
    /// Skin tone.
    package var skin: RGBColor
    /// Hair cut.
    package var hairStyle: HairStyle
    /// Hair colour.
    package var hairColor: RGBColor
    /// A second hair colour in streaks (`silver-streaked hair`), if any.
    package var hairStreak: RGBColor?
    /// Iris colour.
    package var eyeColor: RGBColor
    /// Eye cut.
    package var eyeShape: EyeShape
    /// Eyebrows at rest.
    package var browStyle: BrowStyle
    /// What they wear.
    package var outfitStyle: OutfitStyle
    /// The outfit's main colour.
    package var outfitColor: RGBColor
    /// Trim, tie, lining and embroidery.
    package var accentColor: RGBColor
    /// Shirt or under-layer.
    package var innerColor: RGBColor
    /// Always worn.
    package var accessories: [Accessory]
    /// Small recognisable marks.
    package var marks: [FaceMark]

    /// Derives the design of a cast member on its own (a cast may still vary it so two
    /// members never look alike: see `ProceduralArtist`).
    package init(member: CastMember, genre: Genre) {
        let id = member.id, look = member.look
        func pick<T>(_ options: [T], _ key: String) -> T { options[StableHash.pick(options.count, id, key)] }

        gender = member.gender == .unspecified ? pick([Gender.female, .male], "gender") : member.gender
        let female = gender == .female
        age = look.age ?? (member.role == .elder ? 60 + StableHash.pick(14, id, "age") : 20 + StableHash.pick(16, id, "age"))
        let elder = age >= 58

        build = look.build.flatMap { LookVocabulary.first(LookVocabulary.builds, in: $0) } ?? .average
        let faceText = (look.face ?? "") + " " + member.description
        faceShape = look.face.flatMap { LookVocabulary.first(LookVocabulary.faceShapes, in: $0) }
            ?? (female ? pick([.oval, .round, .sharp, .oval], "face") : pick([.oval, .sharp, .square], "face"))
        marks = LookVocabulary.faceMarks.filter { words, _ in words.contains { LookVocabulary.matches($0, in: faceText.lowercased()) } }.map(\.1)
        skin = look.skin.flatMap { LookVocabulary.first(LookVocabulary.skins, in: $0) } ?? pick(LookVocabulary.skinFallbacks, "skin")
        eyeColor = look.eyes.flatMap { LookVocabulary.first(LookVocabulary.eyeColors, in: $0) }
            ?? pick([RGBColor(0x4a2d20), RGBColor(0x2b2228), RGBColor(0x6d4428)], "eyes")
        eyeShape = look.eyes.flatMap { LookVocabulary.first(LookVocabulary.eyeShapes, in: $0) }
            ?? (female ? pick([.round, .almond, .round], "eye-shape") : pick([.almond, .narrow], "eye-shape"))
        browStyle = female ? pick([.soft, .arched, .straight], "brows") : pick([.straight, .thick, .soft], "brows")

        // Hair.
        let hairText = look.hair ?? ""
        var style = LookVocabulary.first(LookVocabulary.hairStyles, in: hairText)
            ?? (female ? (elder ? .bun : pick([.longStraight, .bob, .waves, .highPonytail], "hair"))
                       : (elder ? .combed : pick([.short, .sidePart, .tousled, .sweptBack], "hair")))
        if genre == .palace {
            if female, style == .bob || style == .longStraight || style == .waves { style = .updo }
            if !female, style != .topknot { style = .topknot }
        }
        if female, [.short, .closeCrop, .sweptBack, .sidePart, .combed, .tousled].contains(style), LookVocabulary.first(LookVocabulary.hairStyles, in: hairText) == nil {
            style = .bob
        }
        hairStyle = style
        let streaked = ["streak", "挑染", "斑白", "两鬓"].contains { LookVocabulary.matches($0, in: hairText.lowercased()) }
        if streaked {
            hairColor = RGBColor(0x2a2830)
            hairStreak = RGBColor(0xb9bcc6)
        } else {
            var colour = LookVocabulary.first(LookVocabulary.hairColors, in: hairText)
                ?? (elder ? RGBColor(0xb8b8be) : pick([RGBColor(0x211f28), RGBColor(0x211f28), RGBColor(0x3d2a22), RGBColor(0x5a3826)], "hair-colour"))
            if age >= 45, age < 58, colour.luminance < 0.5 { colour = colour.mixed(with: RGBColor(0x8e8e94), 0.18) }
            hairColor = colour
            hairStreak = nil
        }

        // Outfit.
        let outfitText = look.outfit ?? ""
        let palette = look.palette.compactMap { RGBColor(hex: $0) }
        var outfit = LookVocabulary.first(LookVocabulary.outfits, in: outfitText)
            ?? (genre == .palace ? .palaceRobe : female ? pick([.blouse, .cardigan, .dress, .blazer], "outfit") : pick([.suit, .shirt, .overcoat], "outfit"))
        if genre == .palace, !outfit.isRobe, outfit != .qipao { outfit = .palaceRobe }
        outfitStyle = outfit
        let named = LookVocabulary.first(LookVocabulary.outfitColors, in: outfitText)
        let trimmed = ["trim", "镶", "滚边"].contains { LookVocabulary.matches($0, in: outfitText.lowercased()) }
        let hashed = pick(LookVocabulary.distinctOutfitColors, "outfit-colour")
        if let named, !trimmed {
            outfitColor = named
        } else {
            outfitColor = LookVocabulary.outfitDefaults[outfit] ?? palette.first ?? hashed
        }
        let accent = trimmed ? named : nil
        accentColor = accent ?? (palette.count > 1 ? palette[1] : outfitColor.luminance > 0.6 ? outfitColor.darker(0.45) : outfitColor.lighter(0.55))
        switch outfit {
        case .palaceRobe, .servantTunic, .mourningRobe: innerColor = RGBColor(0xf4efe4)
        case .dragonRobe: innerColor = RGBColor(0xf6e7b8)
        case .turtleneck, .parka, .qipao, .dress: innerColor = outfitColor
        default: innerColor = female ? RGBColor(0xf7f3ee).mixed(with: accentColor, 0.12) : RGBColor(0xf3f4f6)
        }

        var accessories = look.accessories.compactMap { LookVocabulary.first(LookVocabulary.accessories, in: $0) }
        if let words = look.face, words.contains("glasses") || words.contains("眼镜"), !accessories.contains(.glasses) { accessories.append(.glasses) }
        if genre == .palace, female, !accessories.contains(.hairpin) { accessories.append(.hairpin) }
        if outfit == .dragonRobe, !accessories.contains(.crown) { accessories.append(.crown) }
        if !female, [.suit, .threePieceSuit].contains(outfit), !accessories.contains(.tie) { accessories.append(.tie) }
        self.accessories = accessories
    }

    /// Whether age shows: grey hair, lines at the eyes and mouth.
    package var isElder: Bool { age >= 58 }

    /// Lips, a touch of the skin towards rose.
    var lipColor: RGBColor {
        gender == .female ? skin.mixed(with: RGBColor(0xc8505a), 0.45) : skin.mixed(with: RGBColor(0xa85a50), 0.25)
    }

    /// Whether the two designs would read as the same person at a glance.
    func looksLike(_ other: CharacterDesign) -> Bool {
        gender == other.gender && hairStyle == other.hairStyle && hairColor.distance(to: other.hairColor) < 60
            && outfitColor.distance(to: other.outfitColor) < 100
    }

    /// The designs of a whole cast, varied so that no two members look alike: when two
    /// collide, the one whose id sorts later changes outfit colour, then hair colour, by a
    /// stable hash of its id.
    package static func cast(of series: Series) -> [String: CharacterDesign] {
        var designs: [String: CharacterDesign] = [:]
        for member in series.characters.sorted(by: { $0.id < $1.id }) {
            var design = CharacterDesign(member: member, genre: series.genre)
            var attempt = 0
            while designs.values.contains(where: { $0.looksLike(design) }), attempt < 20 {
                let colours = LookVocabulary.distinctOutfitColors
                let start = StableHash.pick(colours.count, member.id, "vary")
                design.outfitColor = colours[(start + attempt) % colours.count]
                if attempt >= colours.count / 2 {
                    let hairs = LookVocabulary.distinctHairColors
                    design.hairColor = hairs[(start + attempt) % hairs.count]
                }
                attempt += 1
            }
            designs[member.id] = design
        }
        return designs
    }
}
