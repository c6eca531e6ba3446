import DramaModel
import Screenplay
import StoryEngine

/// Turns a checked `EpisodeDraft` into Fountain with the built-in writer's structure: a
/// synopsis, scene headings naming the bible's places, `[[beat: kind]]` notes, cues of the
/// bible's characters with parentheticals `DeliveryReader` understands, the plan's continuity
/// notes where the built-in writer puts them, `CUT TO:` between scenes and the closing line.
struct ScriptAssembler {
    let series: Series
    /// Who wrote it, for the title page: `gpt-4o-mini via openai-chat`.
    let credit: String

    var zh: Bool { series.language == .zh }

    func assemble(_ plan: EpisodePlan, draft: EpisodeDraft, injuriesAtStart: [String: String]) -> FountainDocument {
        var elements: [FountainElement] = [.synopsis(plan.summary)]
        let beats = plan.beats
        var exitAfter: [Int: [ContinuityEvent]] = [:]
        var closingBeforeCliff: [ContinuityEvent] = []
        for event in plan.closingEvents {
            if case .exit(let id) = event,
                let last = beats.indices.last(where: { beats[$0].kind != .cliffhanger && beats[$0].cast.contains(id) })
            {
                exitAfter[last, default: []].append(event)
            } else {
                closingBeforeCliff.append(event)
            }
        }
        var openingPending = plan.openingEvents
        var mentionedInjury = Set<String>()
        var beatIndex = 0
        for (sceneIndex, scene) in plan.scenes.enumerated() {
            guard let location = series.locations.first(where: { $0.id == scene.location }) else {
                beatIndex += scene.beats.count
                continue
            }
            let setting = location.setting == .interior ? (zh ? "内景" : "INT.") : (zh ? "外景" : "EXT.")
            let time = zh ? (scene.night ? "夜" : "日") : (scene.night ? "NIGHT" : "DAY")
            elements.append(.sceneHeading(SceneHeading(text: "\(setting) \(location.name) - \(time)", forced: zh)))
            let inScene = scene.beats.flatMap(\.cast)
            for event in openingPending {
                switch event {
                case .return(let id) where inScene.contains(id):
                    elements.append(.note(event.description))
                    elements.append(.action(zh ? "\(name(id))回来了，仿佛从未离开。" : "\(name(id)) is back, as if \(name(id)) never left.", forced: false))
                case .heal(let id) where inScene.contains(id):
                    elements.append(.note(event.description))
                    elements.append(.action(zh ? "\(name(id))的伤已经好了，行动如常。" : "\(name(id)) moves freely again; the wound has healed.", forced: false))
                    mentionedInjury.insert(id)
                default: continue
                }
                openingPending.removeAll { $0 == event }
            }
            for id in Set(inScene).sorted() where !mentionedInjury.contains(id) {
                if let injury = injuriesAtStart[id] {
                    elements.append(.action(zh ? "\(name(id))的\(injury)还没好，动作小心。" : "\(name(id)) moves carefully, still marked by the \(injury).", forced: false))
                    mentionedInjury.insert(id)
                }
            }
            for beat in scene.beats {
                let index = beatIndex
                beatIndex += 1
                if beat.kind == .cliffhanger {
                    for event in closingBeforeCliff {
                        if case .injury(let id, let injury) = event {
                            elements.append(.action(zh ? "\(name(id))强忍着伤痛：\(injury)。" : "\(name(id)) winces: \(injury).", forced: false))
                        }
                        elements.append(.note(event.description))
                    }
                }
                guard draft.beats.indices.contains(index) else { continue }
                elements.append(.note("beat: \(beat.kind.rawValue)"))
                var revealNoted = false
                for line in draft.beats[index].lines {
                    switch line {
                    case .dialogue(let speaker, let text, let emotion):
                        elements.append(.character(CharacterCue(name: series.character(id: speaker)?.cue ?? speaker.uppercased(), forced: zh)))
                        if let emotion, let parenthetical = Self.parenthetical(emotion, language: series.language) {
                            elements.append(.parenthetical(parenthetical))
                        }
                        elements.append(.dialogue(text))
                        // The secret is out once its teller has spoken in the reveal beat.
                        if beat.kind == .reveal, !revealNoted, speaker == beat.cast.first, let secret = beat.secret, beat.cast.count > 1 {
                            elements.append(.note(ContinuityEvent.reveal(secret: secret, to: beat.cast[1]).description))
                            revealNoted = true
                        }
                    case .action(let text):
                        elements.append(.action(text, forced: false))
                    }
                }
                for event in exitAfter[index] ?? [] {
                    if case .exit(let id) = event {
                        let antagonist = plan.isFinale && id == series.character(role: .antagonist)?.id
                        let line = antagonist
                            ? (zh ? "\(name(id))被带走了，没有人回头。" : "\(name(id)) is led away. Nobody follows.")
                            : (zh ? "\(name(id))转身离开，没有回头。" : "\(name(id)) walks out without looking back.")
                        elements.append(.action(line, forced: false))
                    }
                    elements.append(.note(event.description))
                }
            }
            if sceneIndex < plan.scenes.count - 1 { elements.append(.transition(zh ? "切至：" : "CUT TO:", forced: zh)) }
        }
        let ending = plan.isFinale ? (zh ? "第一季 完" : "END OF SEASON ONE") : (zh ? "未完待续" : "TO BE CONTINUED")
        elements.append(.centered(ending))
        let titlePage = [
            TitlePageField(key: "Title", values: [series.title]),
            TitlePageField(key: "Episode", values: ["\(plan.number)"]),
            TitlePageField(key: "Episode Title", values: [plan.title]),
            TitlePageField(key: "Credit", values: [zh ? "编剧" : "Written by"]),
            TitlePageField(key: "Author", values: [credit]),
            TitlePageField(key: "Source", values: ["series.yaml, seed \(series.writer.seed)"]),
        ]
        return FountainDocument(titlePage: titlePage, elements: elements)
    }

    /// How action lines name a character: a Chinese name whole, an English one by its first word.
    func name(_ id: String) -> String {
        guard let name = series.character(id: id)?.name else { return id }
        if name.unicodeScalars.contains(where: { $0.properties.isIdeographic }) { return name }
        return name.split(separator: " ").first.map(String.init) ?? name
    }

    /// A parenthetical `DeliveryReader` reads back as `emotion`; none for neutral.
    static func parenthetical(_ emotion: Emotion, language: Language) -> String? {
        switch (language, emotion) {
        case (_, .neutral): nil
        case (.en, .angry): "angrily"
        case (.en, .sad): "sadly"
        case (.en, .shocked): "stunned"
        case (.en, .smug): "smugly"
        case (.en, .tender): "tenderly"
        case (.en, .afraid): "fearfully"
        case (.en, .cold): "coldly"
        case (.zh, .angry): "怒道"
        case (.zh, .sad): "哽咽"
        case (.zh, .shocked): "震惊"
        case (.zh, .smug): "得意"
        case (.zh, .tender): "温柔地"
        case (.zh, .afraid): "害怕"
        case (.zh, .cold): "冷冷地"
        }
    }
}
