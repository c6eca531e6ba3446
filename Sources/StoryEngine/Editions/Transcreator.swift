import Basics
import DramaModel
import Screenplay

/// Writes the built-in writer's moments of a season again in another language: for each line
/// it wrote, a line of the same move (an accusation, a denial, a plea) between the same people
/// in the same place, from the edition language's phrasebook, the one closest in spoken length
/// to the source line. It does not translate words; lines it did not write it cannot redo.
struct Transcreator {
    let source: Series
    let target: Series
    let untranslated: BibleLocalizer.Untranslated
    /// Nil for a language the built-in writer does not write: nothing is transcreated.
    let targetKit: GenreKit?
    /// The source season as the built-in writer composes it: each episode's lines with what the
    /// writer meant by them.
    private(set) var drafts: [Int: SeasonComposer.Draft] = [:]
    /// Every phrasebook action line the writer wrote, by text.
    private(set) var actions: [String: SeasonComposer.ActionOrigin] = [:]
    /// Lines of the edition already said: no line twice in a season.
    private var used: Set<String> = []
    let plan: SeasonPlan
    let targetPlanner: SeasonPlanner
    /// Fixed action lines (continuity, introductions) in the source language → the edition's.
    private(set) var fixedLines: [String: String] = [:]
    /// The episode titles of the same season planned in the edition's language.
    let targetTitles: [Int: String]

    init(source: Series, target: Series, untranslated: BibleLocalizer.Untranslated, sourceKit: GenreKit, targetKit: GenreKit?) {
        self.source = source
        self.target = target
        self.untranslated = untranslated
        self.targetKit = targetKit
        plan = SeasonPlanner(series: source).plan()
        targetPlanner = SeasonPlanner(series: target)
        targetTitles = Dictionary(targetPlanner.plan().episodes.map { ($0.number, $0.title) }, uniquingKeysWith: { a, _ in a })
        var composer = SeasonComposer(series: source, kit: sourceKit)
        for episode in plan.episodes {
            let draft = composer.draft(episode)
            _ = composer.finish(draft)
            drafts[episode.number] = draft
        }
        actions = composer.actions
        fixedLines = Self.fixedLines(source: source, target: target, untranslated: untranslated)
    }

    // MARK: Lines

    /// The writer's line `said` as `target` says it, fitted to the source line's spoken length;
    /// nil when no line of that move can be said in the edition's language here.
    mutating func dialogue(_ said: SeasonComposer.Said, id: LineID, scene: ScenePlan?) -> String? {
        guard let targetKit else { return nil }
        if said.isFixed {
            guard let secret = said.secret, !untranslated.secrets.contains(secret) else { return nil }
            return target.secrets.first { $0.id == secret }?.reveal
        }
        var filler = filler(speaker: said.speaker, listener: said.listener, other: said.other, location: scene?.location, dialogue: true)
        if let secret = said.secret, !untranslated.secrets.contains(secret) {
            filler.secretHint = target.secrets.first { $0.id == secret }?.hint
        }
        let budget = SpokenLength.seconds(said.text, language: source.language)
        // The move itself first; a neighbouring move (what the writer falls back on when a
        // move's lines run out) only when it fits the time clearly better.
        var best: (score: Double, tie: UInt64, line: String)?
        for (rank, move) in ([said.move] + (SeasonComposer.siblings[said.move] ?? [])).enumerated() {
            for template in targetKit.templates(move) {
                guard let line = filler.fill(template), !used.contains(line) else { continue }
                let score = abs(SpokenLength.seconds(line, language: target.language) - budget) + (rank == 0 ? 0 : Self.siblingPenalty)
                let tie = StableHash.of(id.description, template.key)
                if best == nil || (score, tie) < (best!.score, best!.tie) { best = (score, tie, line) }
            }
        }
        if let best {
            used.insert(best.line)
            return best.line
        }
        return nil
    }

    /// Seconds of misfit a neighbouring move's line must save to be said instead of the move's own.
    static let siblingPenalty = 1.0

    /// A parenthetical of the same delivery in the edition's language.
    func parenthetical(_ text: String, id: LineID) -> String? {
        guard let emotion = DeliveryReader.emotion(of: text, language: source.language) else { return nil }
        let filler = SlotFiller(characters: target.characters, props: [], dialogue: false)
        let options = targetKit?.templates("paren.\(emotion.rawValue)").compactMap(filler.fill) ?? []
        guard !options.isEmpty else { return DeliveryReader.parenthetical(emotion, language: target.language) }
        return options[StableHash.pick(options.count, id.description, text)]
    }

    /// An action line in the edition's language: one the writer drew from its phrasebook is
    /// drawn again from the same section; a fixed one is said the edition's way.
    func action(_ text: String, episode: Int) -> String? {
        if let fixed = fixedLines[text] { return fixed }
        if let origin = actions[text], let targetKit {
            let filler = filler(speaker: origin.me, listener: origin.to, other: origin.other, location: origin.location, dialogue: false)
            let options = targetKit.templates(origin.section).compactMap(filler.fill)
            guard !options.isEmpty else { return nil }
            return options[StableHash.pick(options.count, String(episode), text)]
        }
        if let plan = plan.episodes.first(where: { $0.number == episode }), !source.props.isEmpty,
           text == SeasonComposer.closeUp(on: source.props.map(\.name), language: source.language) {
            let props = target.props.filter { !untranslated.props.contains($0.id) }
            return props.isEmpty || plan.number != 1 ? nil : SeasonComposer.closeUp(on: props.map(\.name), language: target.language)
        }
        return nil
    }

    /// The episode's title and synopsis in the edition's language, when the script still has
    /// the plan's.
    func title(episode: Int) -> String? { targetTitles[episode] }

    func synopsis(_ text: String, episode: Int) -> String? {
        guard let plan = plan.episodes.first(where: { $0.number == episode }), plan.summary == text else { return nil }
        let main = plan.beats.first(where: { $0.kind == .reveal }) ?? (plan.beats.count > 2 ? plan.beats[1] : plan.beats[0])
        return targetPlanner.summary(main, text: StoryText(language: target.language))
    }


    func filler(speaker: String, listener: String, other: String?, location: String?, dialogue: Bool) -> SlotFiller {
        let props = target.props.filter { !untranslated.props.contains($0.id) }
        var filler = SlotFiller(characters: target.characters, props: props, dialogue: dialogue)
        if untranslated.props.contains(source.props.first?.id ?? "") { filler.prop = nil }
        filler.speaker = target.character(id: speaker)
        filler.listener = speaker == listener ? nil : target.character(id: listener)
        filler.other = other.flatMap { target.character(id: $0) }
        if let location, !untranslated.locations.contains(location), let place = target.locations.first(where: { $0.id == location }) {
            filler.place = place.spoken ?? place.name
        }
        return filler
    }

    /// The writer's fixed action lines for every character in both languages.
    static func fixedLines(source: Series, target: Series, untranslated: BibleLocalizer.Untranslated) -> [String: String] {
        let from = StoryText(language: source.language), to = StoryText(language: target.language)
        var out: [String: String] = [:]
        for member in source.characters {
            guard let other = target.character(id: member.id) else { continue }
            let a = member.actionName, b = other.actionName
            out[from.returnLine(a)] = to.returnLine(b)
            out[from.healLine(a)] = to.healLine(b)
            out[from.plainExitLine(a)] = to.plainExitLine(b)
            out[from.finaleExitLine(a)] = to.finaleExitLine(b)
            for (injury, translated) in zip(from.injuries, to.injuries) {
                out[from.injuryLine(a, injury)] = to.injuryLine(b, translated)
                out[from.stillInjuredLine(a, injury)] = to.stillInjuredLine(b, translated)
            }
            var introduced = other
            if untranslated.characters.contains(member.id) { introduced.archetype = "" }
            out[SeasonComposer.introduction(of: member, language: source.language)] = SeasonComposer.introduction(of: introduced, language: target.language)
        }
        return out
    }

    /// The scene heading of `location` in the edition's language, or nil for a place the
    /// edition has no name for.
    func heading(location id: String, interior: Bool, night: Bool) -> String? {
        guard !untranslated.locations.contains(id), let location = target.locations.first(where: { $0.id == id }) else { return nil }
        let text = StoryText(language: target.language)
        return "\(interior ? text.interior : text.exterior) \(location.name) - \(text.timeOfDay(night: night))"
    }

    /// The writer's lines of `episode`, by speaker and words.
    func writerLines(episode: Int) -> [String: [(said: SeasonComposer.Said, scene: ScenePlan)]] {
        guard let draft = drafts[episode] else { return [:] }
        var out: [String: [(SeasonComposer.Said, ScenePlan)]] = [:]
        var beatIndex = 0
        for scene in draft.plan.scenes {
            for _ in scene.beats {
                if beatIndex < draft.lines.count {
                    for line in draft.lines[beatIndex] {
                        if let said = line.said { out[Self.key(said.speaker, said.text), default: []].append((said, scene)) }
                    }
                }
                beatIndex += 1
            }
        }
        return out
    }

    static func key(_ speaker: String, _ text: String) -> String { speaker + "\u{1F}" + text }
}
