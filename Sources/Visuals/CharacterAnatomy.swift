/// Points on a character, in head units, where its design's colours show in every pose:
/// tests sample them to check that a character is drawn the same way from shot to shot.
package enum AnatomyPoint: Sendable, CaseIterable {
    /// Bare skin between the eyes and the nose.
    case skin
    /// Hair on the upper side of the head.
    case hair
    /// The outfit's main colour on the chest or shoulder.
    case outfit

    /// Where the point is for a design turned by `turn` (-1…1), in head units.
    package func location(design: CharacterDesign, turn: Double) -> (x: Double, y: Double) {
        switch self {
        case .skin: return (turn * 0.055 * 1.0, 0.18)
        case .hair: return (-0.38, -0.42)
        case .outfit:
            switch design.outfitStyle {
            case .dress: return (-0.3, 1.55)
            case .qipao: return (-0.3, 1.5)
            default: return (-0.55, 1.35)
            }
        }
    }

    /// The design colour expected there.
    package func colour(design: CharacterDesign) -> RGBColor {
        switch self {
        case .skin: design.skin
        case .hair: design.hairColor
        case .outfit: design.outfitColor
        }
    }
}
