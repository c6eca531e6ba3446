package import DramaModel
package import Screenplay

/// The one path from an episode plan and its lines to a Fountain script, shared by the
/// built-in writer and the model writer: a synopsis, scene headings naming the bible's places,
/// `[[beat: kind]]` notes, cues of the bible's characters, the plan's continuity notes where
/// they belong (returns and healing where the character first appears, exits after their last
/// beat, the rest before the cliffhanger), `CUT TO:` between scenes, and the closing line.
package struct FountainAssembler: Sendable {
    /// A line of a beat, as it goes into the script.
    package enum Line: Sendable, Hashable {
        /// A character speaks: `speaker` is a character id.
        case dialogue(speaker: String, parenthetical: String?, text: String)
        /// An action line.
        case action(String)
        /// A `[[…]]` note for the checker and later stages.
        case note(String)
    }

    /// An exit of a character after the last beat they are in.
    package struct Exit: Sendable, Hashable {
        /// The character leaving.
        package var character: String
        /// The beat after which they leave (an index into `plan.beats`).
        package var beatIndex: Int
        /// True for the antagonist's exit in the finale (led away, a fixed line).
        package var isFinalDefeat: Bool
    }

    let series: Series
    let text: StoryText

    /// An assembler for episodes of `series`.
    package init(series: Series) {
        self.series = series
        text = StoryText(language: series.language)
    }

    /// The exits of `plan` in the order they appear in the script (writers that draw exit
    /// lines from a random stream draw them in this order).
    package func exits(of plan: EpisodePlan) -> [Exit] {
        let beats = plan.beats
        let antagonist = series.character(role: .antagonist)?.id
        return plan.closingEvents.compactMap { event -> Exit? in
            guard case .exit(let id) = event,
                let last = beats.indices.last(where: { beats[$0].kind != .cliffhanger && beats[$0].cast.contains(id) })
            else { return nil }
            return Exit(character: id, beatIndex: last, isFinalDefeat: plan.isFinale && id == antagonist)
        }
        .enumerated().sorted { ($0.element.beatIndex, $0.offset) < ($1.element.beatIndex, $1.offset) }.map(\.element)
    }

    /// The script of `plan`.
    /// - Parameters:
    ///   - lines: one list per beat of `plan.beats` (a beat without lines is left out; missing
    ///     trailing beats are treated as empty).
    ///   - injuryAtStart: a character's injury still showing when the episode starts, if any.
    ///   - exitLine: the action line for an exit that is not the finale's defeat.
    ///   - author: who wrote it, for the title page.
    package func assemble(
        _ plan: EpisodePlan, lines: [[Line]], injuryAtStart: (String) -> String?, exitLine: (Exit) -> String, author: String
    ) -> FountainDocument {
        var elements: [FountainElement] = [.synopsis(plan.summary)]
        let zh = series.language == .zh
        let exits = exits(of: plan)
        var exitsAfter: [Int: [Exit]] = [:]
        for exit in exits { exitsAfter[exit.beatIndex, default: []].append(exit) }
        let exiting = Set(exits.map(\.character))
        let closingBeforeCliff = plan.closingEvents.filter { event in
            if case .exit(let id) = event { return !exiting.contains(id) }
            return true
        }
        var openingPending = plan.openingEvents
        var mentionedInjury = Set<String>()
        var beatIndex = 0
        for (sceneIndex, scene) in plan.scenes.enumerated() {
            // Beat indices count every beat of the plan, so a scene that cannot be placed
            // (its location is not in the bible) skips its own beats and no one else's.
            defer { beatIndex += scene.beats.count }
            guard let location = series.locations.first(where: { $0.id == scene.location }) else { continue }
            let setting = location.setting == .interior ? text.interior : text.exterior
            let heading = "\(setting) \(location.name) - \(text.timeOfDay(night: scene.night))"
            elements.append(.sceneHeading(SceneHeading(text: heading, forced: zh)))
            let inScene = scene.beats.flatMap(\.cast)
            // Returns and healing are shown where the character first appears.
            for event in openingPending {
                switch event {
                case .return(let id) where inScene.contains(id):
                    elements.append(.note(event.description))
                    elements.append(.action(text.returnLine(name(id)), forced: false))
                case .heal(let id) where inScene.contains(id):
                    elements.append(.note(event.description))
                    elements.append(.action(text.healLine(name(id)), forced: false))
                    mentionedInjury.insert(id)
                default: continue
                }
                openingPending.removeAll { $0 == event }
            }
            for id in Set(inScene).sorted() where !mentionedInjury.contains(id) {
                if let injury = injuryAtStart(id) {
                    elements.append(.action(text.stillInjuredLine(name(id), injury), forced: false))
                    mentionedInjury.insert(id)
                }
            }
            for (offset, beat) in scene.beats.enumerated() {
                let index = beatIndex + offset
                if beat.kind == .cliffhanger {
                    for event in closingBeforeCliff {
                        if case .injury(let id, let injury) = event { elements.append(.action(text.injuryLine(name(id), injury), forced: false)) }
                        elements.append(.note(event.description))
                    }
                }
                let beatLines = lines.indices.contains(index) ? lines[index] : []
                if !beatLines.isEmpty {
                    elements.append(.note("beat: \(beat.kind.rawValue)"))
                    for line in beatLines {
                        switch line {
                        case .dialogue(let speaker, let parenthetical, let said):
                            let cue = series.character(id: speaker)?.cue ?? speaker.uppercased()
                            elements.append(.character(CharacterCue(name: cue, forced: zh)))
                            if let parenthetical { elements.append(.parenthetical(parenthetical)) }
                            elements.append(.dialogue(said))
                        case .action(let said): elements.append(.action(said, forced: false))
                        case .note(let said): elements.append(.note(said))
                        }
                    }
                }
                for exit in exitsAfter[index] ?? [] {
                    let line = exit.isFinalDefeat ? text.finaleExitLine(name(exit.character)) : exitLine(exit)
                    elements.append(.action(line, forced: false))
                    elements.append(.note(ContinuityEvent.exit(character: exit.character).description))
                }
            }
            if sceneIndex < plan.scenes.count - 1 { elements.append(.transition(text.transition, forced: zh)) }
        }
        elements.append(.centered(plan.isFinale ? text.endOfSeason : text.toBeContinued))
        let titlePage = [
            TitlePageField(key: "Title", values: [series.title]),
            TitlePageField(key: "Episode", values: ["\(plan.number)"]),
            TitlePageField(key: "Episode Title", values: [plan.title]),
            TitlePageField(key: "Credit", values: [text.writerCredit]),
            TitlePageField(key: "Author", values: [author]),
            TitlePageField(key: "Source", values: ["series.yaml, seed \(series.writer.seed)"]),
        ]
        return FountainDocument(titlePage: titlePage, elements: elements)
    }

    /// How action lines name a character: a Chinese name whole, an English one by its first word.
    package func name(_ id: String) -> String { series.character(id: id)?.actionName ?? id }

    /// The built-in writer's credit on the title page.
    package var builtInAuthor: String { text.writerName }

    /// A plain exit line, for writers that draw none of their own.
    package func plainExitLine(_ exit: Exit) -> String { text.plainExitLine(name(exit.character)) }
}
