package import DramaModel

/// Revises episodes that are not yet released from audience notes (`RevisionNote`): shorter
/// beats of a kind, an earlier reveal, more or fewer lines for a character, shorter lines, a
/// harder hook, a stronger cliffhanger, shorter scenes at a place.
///
/// The reviser works on the built-in writer's own draft of each episode: it replays the
/// season from the bible and its seed, checks that the script it is given is still that draft
/// (a script edited by hand is refused, never overwritten), edits the draft's lines beat by
/// beat — cutting whole exchanges, replacing a line with another of the same dramatic move,
/// adding exchanges, moving a beat — and assembles the script again. Everything the notes do
/// not touch stays word for word; new lines never repeat a line the season already says;
/// reveals stay in their episode, so the continuity ledger holds. Revisions are deterministic:
/// the same bible, plan, scripts and notes give the same revised scripts.
///
/// Notes apply in the order given, each to what the previous ones left. Pass every note that
/// should hold: a revision always starts from the writer's draft, so applying the same notes
/// twice does not compound.
///
/// ```swift
/// let reviser = try ScriptReviser(series: series, plan: plan)
/// let note = RevisionNote(insight: "beat:exposition", action: .shortenBeat, beat: .exposition,
///                         strength: 0.6, evidence: "exposition beats lose 2.3× more viewers than confrontations")
/// for revision in try reviser.revise(unreleased, notes: [note]) {
///     for change in revision.changes { print(change) }
/// }
/// ```
public struct ScriptReviser: Sendable {
    let series: Series
    let plan: SeasonPlan
    let kit: GenreKit

    /// A reviser for the scripts the built-in writer wrote from `series` and `plan` (with the
    /// project's `phrasebooks`, if it has any).
    /// - Throws: `StoryEngineError` `.unsupportedEngine` when the bible asks for another writer,
    ///   `.phrasebookBroken` if a built-in phrasebook fails to load.
    package init(series: Series, plan: SeasonPlan, phrasebooks: ProjectPhrasebooks = .builtIn) throws(StoryEngineError) {
        guard series.writer.engine == WriterSettings.beatSheet else {
            throw StoryEngineError(
                code: .unsupportedEngine,
                message: "series.yaml asks for writer engine '\(series.writer.engine)'; only the \(WriterSettings.beatSheet) writer can revise its scripts from notes")
        }
        do {
            kit = try phrasebooks.kit(series.genre, series.language)
        } catch {
            throw StoryEngineError(code: .phrasebookBroken, message: "the built-in \(series.genre.rawValue) phrasebook is broken: \(error)")
        }
        self.series = series
        self.plan = plan
    }

    /// Revises one episode.
    /// - Throws: `StoryEngineError` `.editedScripts` when the script is not the writer's draft,
    ///   `.invalidRequest` for a note that lacks what its action needs or an unknown episode.
    package func revise(_ script: EpisodeScript, notes: [RevisionNote]) throws(StoryEngineError) -> ScriptRevision {
        try revise([script], notes: notes)[0]
    }

    /// Revises several episodes (in episode order, replaying the season once).
    /// - Throws: `StoryEngineError` `.editedScripts` when a script is not the writer's draft,
    ///   `.invalidRequest` for a note that lacks what its action needs or an unknown episode.
    package func revise(_ scripts: [EpisodeScript], notes: [RevisionNote]) throws(StoryEngineError) -> [ScriptRevision] {
        try validate(notes)
        for script in scripts where plan.episode(script.number) == nil {
            throw StoryEngineError(
                code: .invalidRequest,
                message: "episode \(script.number) is not in the season plan (episodes 1-\(plan.episodes.count)); revise only planned episodes")
        }
        guard !notes.isEmpty else { return scripts.map { ScriptRevision(script: $0, changes: []) } }

        // Replay the season: each wanted episode's draft, the writer's state just before the
        // episode is assembled, and every line the season says (new lines must not repeat one).
        let wanted = Set(scripts.map(\.number))
        var composer = SeasonComposer(series: series, kit: kit)
        var captured: [Int: (draft: SeasonComposer.Draft, writer: SeasonComposer, text: String)] = [:]
        var seasonLines: Set<String> = []
        for episode in plan.episodes {
            let draft = composer.draft(episode)
            let writer = composer
            let text = composer.finish(draft).text
            for line in draft.lines.joined() { if let said = line.said { seasonLines.insert(said.text) } }
            if wanted.contains(episode.number) { captured[episode.number] = (draft, writer, text) }
        }

        var added: Set<String> = []
        var out: [ScriptRevision] = []
        for script in scripts.sorted(by: { $0.number < $1.number }) {
            let (draft, writer, text) = captured[script.number]!
            guard script.text == text else {
                throw StoryEngineError(
                    code: .editedScripts,
                    message: "episode \(script.number)'s script is not the \(WriterSettings.beatSheet) writer's draft for this bible and seed (edited by hand, or written by another writer); revise it by hand, or rewrite it with `cliff write --episodes \(script.number) --force` first")
            }
            var pen = writer
            pen.prepareForRevision(label: "revise:\(script.number)", saying: seasonLines.union(added))
            var editor = DraftEditor(series: series, draft: draft, pen: pen)
            for note in notes { editor.apply(note) }
            guard editor.hasChanges else {
                out.append(ScriptRevision(script: script, changes: []))
                continue
            }
            let (revised, changes) = editor.result()
            var assembler = writer
            let revisedScript = assembler.finish(revised)
            for line in revised.lines.joined() { if let said = line.said, !seasonLines.contains(said.text) { added.insert(said.text) } }
            out.append(ScriptRevision(script: revisedScript, changes: changes))
        }
        return out
    }

    /// Refuses notes that lack what their action needs, or name what the bible does not have.
    private func validate(_ notes: [RevisionNote]) throws(StoryEngineError) {
        let characters = series.characters.map(\.id)
        let locations = series.locations.map(\.id)
        for (index, note) in notes.enumerated() {
            let which = "note \(index + 1) (\(note.action.rawValue), insight '\(note.insight)')"
            switch note.action {
            case .shortenBeat where note.beat == nil:
                throw StoryEngineError(code: .invalidRequest, message: "\(which) has no beat kind; set beat to one of \(BeatKind.allCases.map(\.rawValue).joined(separator: ", "))")
            case .featureCharacter, .reduceCharacter:
                guard let id = note.character, characters.contains(id) else {
                    throw StoryEngineError(
                        code: .invalidRequest,
                        message: "\(which) names character '\(note.character ?? "")', which is not in series.yaml.\(Suggestion.didYouMean(note.character ?? "", in: characters)) Characters: \(characters.joined(separator: ", "))")
                }
            case .shortenLocation:
                guard let id = note.location, locations.contains(id) else {
                    throw StoryEngineError(
                        code: .invalidRequest,
                        message: "\(which) names location '\(note.location ?? "")', which is not in series.yaml.\(Suggestion.didYouMean(note.location ?? "", in: locations)) Locations: \(locations.joined(separator: ", "))")
                }
            case .shortenLines where (note.maxLineCharacters ?? 1) < 1:
                throw StoryEngineError(code: .invalidRequest, message: "\(which) asks for lines of at most \(note.maxLineCharacters!) characters; use a positive display width such as 36")
            default:
                continue
            }
        }
    }
}
