import DramaModel
import Foundation
import StoryEngine

/// The prompts `ChatWriter` sends: the bible, the structural plan, the continuity ledger and
/// the audience's revision notes go in; a JSON object comes out.
enum WriterPrompts {
    static func system(_ series: Series) -> String {
        let language = ChatTranslator.languageName(series.language)
        return """
            You are the staff writer of a vertical micro-drama series: short, punchy episodes that open on conflict \
            and end on a cliffhanger. Write every title, summary, line of dialogue and action in \(language). \
            Answer with one JSON object and nothing else: no prose, no Markdown fences. Never contradict the \
            continuity state you are given: a character who does not know a secret cannot mention it, and a \
            secret is told only in the beat that reveals it.
            """
    }

    static func bible(_ series: Series) -> String {
        var lines = ["SERIES: \(series.title) (\(series.genre.rawValue); tone: \(series.tone))", "PREMISE: \(series.premise)", "CHARACTERS (id: name, role — description):"]
        for member in series.characters {
            lines.append("- \(member.id): \(member.name), \(member.role.rawValue) — \(member.description)")
        }
        lines.append("PLACES (id: name):")
        for location in series.locations { lines.append("- \(location.id): \(location.name)\(location.description.isEmpty ? "" : " — \(location.description)")") }
        if !series.props.isEmpty {
            lines.append("PROPS (id: name):")
            for prop in series.props { lines.append("- \(prop.id): \(prop.name)") }
        }
        if !series.secrets.isEmpty {
            lines.append("SECRETS (id: hint / what the reveal says):")
            for secret in series.secrets { lines.append("- \(secret.id): \(secret.hint) / \(secret.reveal)") }
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ plan: EpisodePlan, series: Series) -> String {
        var flags: [String] = []
        if plan.isPaywall { flags.append("first paid episode") }
        if plan.isReversal { flags.append("ends on the season's major reversal") }
        if plan.isFinale { flags.append("finale: pay the arcs off") }
        var lines = ["EPISODE \(plan.number)\(flags.isEmpty ? "" : " (\(flags.joined(separator: "; ")))")"]
        var beatNumber = 0
        for scene in plan.scenes {
            let place = series.locations.first { $0.id == scene.location }?.name ?? scene.location
            lines.append("  scene at \(place), \(scene.night ? "night" : "day"):")
            for beat in scene.beats {
                beatNumber += 1
                var text = "    beat \(beatNumber): \(beat.kind.rawValue), cast \(beat.cast.joined(separator: ", "))"
                if let secret = beat.secret, beat.cast.count > 1 { text += " — \(beat.cast[0]) reveals secret '\(secret)' to \(beat.cast[1])" }
                lines.append(text)
            }
        }
        let events = plan.openingEvents.map { "at the start: \($0.description)" } + plan.closingEvents.map { "by the end: \($0.description)" }
        if !events.isEmpty { lines.append("  events: " + events.joined(separator: "; ")) }
        return lines.joined(separator: "\n")
    }

    static func ledger(_ ledger: ContinuityLedger, series: Series) -> String {
        var lines = ["CONTINUITY AT THE START OF THIS EPISODE:"]
        for member in series.characters {
            let known = (ledger.knowledge[member.id] ?? []).sorted()
            var facts = ["knows: \(known.isEmpty ? "no secrets" : known.joined(separator: ", "))"]
            if let episode = ledger.absent[member.id] { facts.append("ABSENT since episode \(episode): gives no lines") }
            if let injury = ledger.injuries[member.id] { facts.append("injured: \(injury)") }
            lines.append("- \(member.id): " + facts.joined(separator: "; "))
        }
        let revealed = ledger.revealed.sorted { $0.key < $1.key }.map { "\($0.key) (episode \($0.value))" }
        lines.append("- secrets already out: \(revealed.isEmpty ? "none" : revealed.joined(separator: ", "))")
        let holders = ledger.holders.sorted { $0.key < $1.key }.map { "\($0.key) held by \($0.value)" }
        if !holders.isEmpty { lines.append("- props: " + holders.joined(separator: ", ")) }
        let relationships = ledger.relationships.sorted { $0.key < $1.key }.map { "\($0.key.replacingOccurrences(of: " ", with: " & ")): \($0.value.rawValue)" }
        if !relationships.isEmpty { lines.append("- relationships: " + relationships.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    static func notes(_ notes: [RevisionNote]) -> String? {
        guard !notes.isEmpty else { return nil }
        var lines = ["NOTES FROM THE AUDIENCE (apply them; strength 0–1 says how far):"]
        for note in notes {
            let what: String
            switch note.action {
            case .shortenBeat: what = "shorten \(note.beat?.rawValue ?? "these") beats: fewer, shorter lines"
            case .revealEarlier: what = "move the reveal earlier in the episode's dialogue"
            case .featureCharacter: what = "give \(note.character ?? "this character") more lines"
            case .reduceCharacter: what = "give \(note.character ?? "this character") fewer lines"
            case .shortenLines: what = "keep every line under \(note.maxLineCharacters ?? 60) characters"
            case .strongerHook: what = "open on open conflict in the first line"
            case .strongerCliffhanger: what = "end on a sharper cliffhanger"
            case .shortenLocation: what = "keep scenes at \(note.location ?? "this place") short"
            }
            lines.append("- \(what) (strength \(String(format: "%.1f", note.strength))): \(note.evidence)")
        }
        return lines.joined(separator: "\n")
    }

    static func planRequest(_ series: Series, plan: SeasonPlan, notes: [RevisionNote]) -> String {
        var parts = [bible(series), "THE SEASON'S STRUCTURE (fixed; you name and summarise it):"]
        parts.append(plan.episodes.map { describe($0, series: series) }.joined(separator: "\n"))
        if let notes = self.notes(notes) { parts.append(notes) }
        parts.append("""
            Give every one of the \(plan.episodes.count) episodes a title (at most \(PlanDraft.maxTitleCharacters) characters, \
            no episode number) and a one-sentence summary of what happens, following the structure above. Answer:
            {"episodes": [{"number": 1, "title": "…", "summary": "…"}, …]}
            """)
        return parts.joined(separator: "\n\n")
    }

    static func episodeRequest(
        _ series: Series, plan: EpisodePlan, previous: [EpisodePlan], ledger: ContinuityLedger, notes: [RevisionNote], maxLineCharacters: Int
    ) -> String {
        var parts = [bible(series)]
        if !previous.isEmpty {
            parts.append("PREVIOUSLY:\n" + previous.map { "- episode \($0.number), \($0.title): \($0.summary)" }.joined(separator: "\n"))
        }
        parts.append(self.ledger(ledger, series: series))
        parts.append("THIS EPISODE: \(plan.title) — \(plan.summary)\n" + describe(plan, series: series))
        if let notes = self.notes(notes) { parts.append(notes) }
        let emotions = Emotion.allCases.map(\.rawValue).joined(separator: "|")
        let target = series.format.targetSeconds
        parts.append("""
            Write the episode, beat by beat: exactly \(plan.beats.count) beats, in the order above, each with the planned kind. \
            Only a beat's cast speak in it (use their ids as speaker). Dialogue is short and sharp, one line under \
            \(maxLineCharacters) characters each; add an occasional one-line action. The spoken dialogue should run about \
            \(target) seconds (about \(series.language == .zh ? "\(Int(Double(target) * 4.2)) Chinese characters" : "\(Int(Double(target) * 2.7)) words") in all). \
            Answer:
            {"beats": [{"kind": "hook", "lines": [{"speaker": "<id>", "emotion": "\(emotions)", "text": "…"}, {"action": "…"}]}, …]}
            """)
        return parts.joined(separator: "\n\n")
    }

    static func repair(_ errors: SchemaErrors) -> String {
        """
        Your answer does not fit the required format. Fix these problems and answer again with the whole JSON object:
        \(errors.lines.prefix(30).map { "- \($0)" }.joined(separator: "\n"))
        """
    }
}
