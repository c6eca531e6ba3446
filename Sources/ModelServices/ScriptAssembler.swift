import DramaModel
import Screenplay
import StoryEngine

/// Turns a checked `EpisodeDraft` into Fountain through the built-in writer's own assembler
/// (`FountainAssembler`): the model's lines become the beats' lines, its emotions become
/// parentheticals `DeliveryReader` understands, and the reveal is noted after its teller's
/// first line in the reveal beat.
struct ScriptAssembler {
    let series: Series
    /// Who wrote it, for the title page: `gpt-4o-mini via openai-chat`.
    let credit: String

    func assemble(_ plan: EpisodePlan, draft: EpisodeDraft, injuriesAtStart: [String: String]) -> FountainDocument {
        let beats = plan.beats
        let lines = beats.indices.map { index -> [FountainAssembler.Line] in
            guard draft.beats.indices.contains(index) else { return [] }
            let beat = beats[index]
            var revealNoted = false
            var out: [FountainAssembler.Line] = []
            for line in draft.beats[index].lines {
                switch line {
                case .dialogue(let speaker, let text, let emotion):
                    let parenthetical = emotion.flatMap { Self.parenthetical($0, language: series.language) }
                    out.append(.dialogue(speaker: speaker, parenthetical: parenthetical, text: text))
                    // The secret is out once its teller has spoken in the reveal beat.
                    if beat.kind == .reveal, !revealNoted, speaker == beat.cast.first, let secret = beat.secret, beat.cast.count > 1 {
                        out.append(.note(ContinuityEvent.reveal(secret: secret, to: beat.cast[1]).description))
                        revealNoted = true
                    }
                case .action(let text):
                    out.append(.action(text))
                }
            }
            return out
        }
        let assembler = FountainAssembler(series: series)
        return assembler.assemble(
            plan, lines: lines, injuryAtStart: { injuriesAtStart[$0] }, exitLine: assembler.plainExitLine, author: credit)
    }

    /// A parenthetical `DeliveryReader` reads back as `emotion`; none for neutral.
    static func parenthetical(_ emotion: Emotion, language: Language) -> String? {
        DeliveryReader.parenthetical(emotion, language: language)
    }
}
