import DramaModel
import Foundation
import TestSupport

/// Shared test material: a small series, temporary project folders.
enum Fixtures {
    static func series(likeness: Likeness = .original, voiceEngine: String? = nil) -> Series {
        Series(
            title: "Contract Bride", premise: "A broke intern signs a contract marriage with a cold CEO", genre: .romance,
            tone: "sweet and sharp", format: SeriesFormat(episodes: 3),
            characters: [
                CastMember(id: "grace", name: "Grace Lin", role: .protagonist, voice: VoiceCasting(engine: voiceEngine), likeness: likeness),
                CastMember(id: "ethan", name: "Ethan Cole", role: .lead),
            ],
            locations: [Location(id: "office", name: "Office", setting: .interior, description: "a glass office")])
    }

    static func temporaryProject() throws -> URL { try temporaryDirectory("cliff-gov") }
}
