import DramaModel

/// How an `Emotion` moves the face: brows, lids, mouth line and the comic marks
/// (blush, tears, sweat, anger veins, gloom lines). Offsets are in head units.
struct FaceExpression: Sendable, Hashable {
    /// Inner brow end, up is negative.
    var browInner = 0.0
    /// Outer brow end, up is negative.
    var browOuter = 0.0
    /// Extra lift of the far (viewer's right) brow: a raised eyebrow.
    var browRaiseRight = 0.0
    /// Eye opening, 1 at rest.
    var eyeOpen = 1.0
    /// The upper lid's slant: positive lowers the inner corner (an angry glare).
    var lidSlant = 0.0
    /// How far the lower lid rises (a smile in the eyes).
    var lowerLid = 0.0
    /// Iris size, 1 at rest; small irises read as shock or fear.
    var irisScale = 1.0
    /// Eye highlights; cold eyes have none.
    var highlights = true
    /// Mouth corners: positive smiles, negative frowns.
    var smile = 0.0
    /// A one-sided smirk.
    var smirk = 0.0
    /// Mouth width, 1 at rest.
    var mouthWidth = 1.0
    /// Blush on the cheeks, 0–1.
    var blush = 0.0
    var tears = false
    var sweat = false
    var angerMark = false
    var gloom = false
    /// A cool shade over the eyes.
    var shadowedEyes = false

    init(_ emotion: Emotion) {
        switch emotion {
        case .neutral:
            smile = 0.01
        case .angry:
            browInner = 0.05; browOuter = -0.04; lidSlant = 0.05; eyeOpen = 0.85; irisScale = 0.9
            smile = -0.035; mouthWidth = 1.1; angerMark = true
        case .sad:
            browInner = -0.06; browOuter = 0.03; eyeOpen = 0.8; lidSlant = -0.035; smile = -0.03
            mouthWidth = 0.85; tears = true
        case .shocked:
            browInner = -0.07; browOuter = -0.06; eyeOpen = 1.25; irisScale = 0.62; smile = -0.01
            mouthWidth = 0.8; sweat = true; gloom = true
        case .smug:
            browInner = 0.015; browOuter = -0.01; browRaiseRight = -0.05; eyeOpen = 0.68; lowerLid = 0.03
            smile = 0.02; smirk = 0.04; mouthWidth = 1.05
        case .tender:
            browInner = -0.03; browOuter = 0.01; eyeOpen = 0.82; lowerLid = 0.045; smile = 0.035
            blush = 1
        case .afraid:
            browInner = -0.07; browOuter = 0.02; eyeOpen = 1.15; irisScale = 0.7; lidSlant = -0.03
            smile = -0.025; mouthWidth = 0.9; sweat = true; blush = 0
        case .cold:
            browInner = 0.02; browOuter = 0.0; eyeOpen = 0.62; lidSlant = 0.015; highlights = false
            smile = -0.008; mouthWidth = 0.8; shadowedEyes = true
        }
    }
}
