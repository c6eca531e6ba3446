/// How a character's hair is cut and worn.
package enum HairStyle: String, Sendable, Hashable, Codable, CaseIterable {
    case longStraight, bob, highPonytail, updo, bun, braid, waves
    case short, sweptBack, sidePart, tousled, closeCrop, combed, topknot

    /// Styles that fall below the jaw at the back.
    var isLong: Bool { [.longStraight, .waves, .braid, .highPonytail].contains(self) }
}

/// What a character usually wears.
package enum OutfitStyle: String, Sendable, Hashable, Codable, CaseIterable {
    case suit, threePieceSuit, blazer, cardigan, dress, trenchCoat, overcoat, blouse, qipao
    case turtleneck, parka, windbreaker, labCoat, denimJacket, workUniform, shirt
    case palaceRobe, dragonRobe, servantTunic, mourningRobe

    /// Robes with a crossed collar, drawn to the floor in a full figure.
    var isRobe: Bool { [.palaceRobe, .dragonRobe, .servantTunic, .mourningRobe].contains(self) }
}

/// Something a character always wears.
package enum Accessory: String, Sendable, Hashable, Codable, CaseIterable {
    case silverLocket, pearlEarrings, earrings, jadePendant, jadeBracelet, goldChain, necklace
    case glasses, hairpin, watch, ring, redString, crown, tie
}

/// The outline of the face.
package enum FaceShape: String, Sendable, Hashable, Codable, CaseIterable {
    case oval, round, sharp, square
}

/// The cut of the eyes.
package enum EyeShape: String, Sendable, Hashable, Codable, CaseIterable {
    case round, almond, narrow
}

/// The eyebrows at rest.
package enum BrowStyle: String, Sendable, Hashable, Codable, CaseIterable {
    case soft, straight, thick, arched
}

/// The body's width.
package enum Build: String, Sendable, Hashable, Codable, CaseIterable {
    case slight, average, broad
}

/// A small mark on the face that makes a character recognisable.
package enum FaceMark: String, Sendable, Hashable, Codable, CaseIterable {
    case beautyMark, dimples, scar, freckles
}
