import DramaModel
import Foundation

/// The prompts model generators get, written from the bible: a character's sheet from its
/// look, a shot's keyframe from its place, light, framing and the people in it.
enum ModelPrompts {
    static let negative = "text, watermark, logo, extra fingers, deformed hands, blurry, lowres"

    /// A neutral full-colour portrait sheet of `member`: the reference every later shot keeps.
    static func sheet(_ member: CastMember, style: String) -> String {
        var parts = ["character sheet of \(member.name)", member.gender == .female ? "woman" : member.gender == .male ? "man" : "person"]
        let look = member.look
        if let age = look.age { parts.append("\(age) years old") }
        for feature in [look.build, look.face, look.hair, look.skin, look.eyes, look.outfit].compactMap({ $0 }) { parts.append(feature) }
        if !look.palette.isEmpty { parts.append("colours " + look.palette.joined(separator: ", ")) }
        if !look.accessories.isEmpty { parts.append("wearing " + look.accessories.joined(separator: ", ")) }
        parts.append(member.description)
        parts.append("front view, waist up, plain light background, consistent design, \(style)")
        return parts.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A vertical keyframe of `shot` at `location`.
    static func keyframe(_ shot: Shot, location: Location?, cast: [String: CastMember], style: String) -> String {
        var parts = ["vertical 9:16 frame of a short drama"]
        if let location { parts.append("\(location.name), \(location.description)") }
        parts.append(shot.lighting == .night ? "night, practical lights" : "daylight")
        let framing: String = switch shot.framing {
        case .wide: "wide shot"
        case .medium: "medium shot"
        case .twoShot: "two-shot"
        case .closeUp: "close-up"
        }
        parts.append(framing)
        if shot.subjects.isEmpty { parts.append("empty set, no people") }
        for subject in shot.subjects {
            let name = cast[subject.character]?.name ?? subject.character
            parts.append("\(name) on the \(subject.position.rawValue), \(subject.expression.rawValue) expression\(subject.speaking ? ", speaking" : "")")
        }
        if let beat = shot.beat { parts.append("\(beat.rawValue) moment") }
        parts.append(style)
        return parts.joined(separator: ", ")
    }

    /// How a clip moves: the camera and who speaks.
    static func motion(_ shot: Shot, cast: [String: CastMember]) -> String {
        let camera: String = switch shot.camera {
        case .still: "locked-off camera"
        case .pushIn: "slow push in"
        case .pullOut: "slow pull out"
        case .snapZoom: "fast snap zoom"
        case .shake: "handheld shake"
        case .drift: "gentle sideways drift"
        }
        let speaker = shot.subjects.first(where: \.speaking).map { "\(cast[$0.character]?.name ?? $0.character) talks" }
        return [camera, speaker, "subtle natural motion, no cuts"].compactMap { $0 }.joined(separator: ", ")
    }

    /// A seed that depends only on `parts` (a character id, a shot's identity).
    static func seed(_ parts: String...) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash & 0x7fff_ffff_ffff_ffff
    }
}
