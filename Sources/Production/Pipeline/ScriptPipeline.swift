public import DramaModel
public import Editing
import Basics
import Foundation
import StoryEngine
import Voice

/// What a production run delivers.
public enum Deliverable: String, Sendable, Hashable, CaseIterable {
    /// Voices, the cut and subtitles (`episode.srt`, `episode.vtt`, `episode.otio`): no video.
    case subtitles
    /// Finished 540×960 previews (`preview.mp4`) for review.
    case preview
    /// Finished 1080×1920 episodes (`episode.mp4`, subtitles, edit, `cover.jpg`).
    case final

    /// The render preset, for video deliverables.
    public var preset: RenderPreset? {
        switch self {
        case .subtitles: nil
        case .preview: .preview
        case .final: .final
        }
    }
}

/// Builds the production graph of a series from its scripts.
///
/// For every dialogue line a voice; for every episode a timeline (the shot list cut to the
/// measured audio, subtitles, an OpenTimelineIO edit); for video deliverables a background
/// per place, a rendered segment per shot, a mix, a cover and the assembled episode; and
/// exports to `out/epNNN/`.
///
/// Keys depend only on what each node reads, so editing one line changes its voice, its
/// shot, and its episode's timeline, mix and join — nothing else. Identical lines spoken the
/// same way share one node; a place is painted once for the whole series.
public struct ScriptPipeline: Sendable {
    /// Every step this pipeline's nodes need.
    package static var steps: [any Step] {
        [VoiceStep(), TimelineStep(), EditStep(), BackgroundStep(), ShotStep(), MixStep(), CoverStep(), AssembleStep(), ExportStep()]
    }

    private(set) var series: Series
    private(set) var checker: ScriptChecker
    let deliverable: Deliverable
    let retakes: Retakes
    let aigc: ProductionSettings.AIGCSettings
    let models: ModelPlan
    let planner = ShotPlanner.Settings()
    /// For an edition, each episode's source lines' measured lengths, in line order: its lines
    /// are spoken to fill them (`VoiceStep.Parameters.slot`). Used only for an episode whose
    /// line count matches.
    package var lineSlots: [Int: [MediaTime]] = [:]

    /// A pipeline for `series` delivering `deliverable`, rendering the takes in `retakes`, with
    /// pictures from `models` (built-in by default).
    package init(
        series: Series, deliverable: Deliverable = .final, retakes: Retakes = Retakes(),
        aigc: ProductionSettings.AIGCSettings = ProductionSettings.AIGCSettings(), models: ModelGenerators = .builtIn
    ) {
        self.aigc = aigc
        self.models = models.plan
        self.series = series
        self.checker = ScriptChecker(series: series)
        self.deliverable = deliverable
        self.retakes = retakes
    }

    /// The camera move of take `take` of a shot planned with `move`: each new take the next in
    /// a fixed cycle, so a retake visibly differs and take 0 is the planner's choice.
    public static func camera(_ move: CameraMove, take: Int) -> CameraMove {
        let cycle: [CameraMove] = [.still, .pushIn, .drift, .pullOut, .snapZoom, .shake]
        guard take > 0, let start = cycle.firstIndex(of: move) else { return move }
        return cycle[(start + take) % cycle.count]
    }

    /// Stage order inside an episode, for priorities. The mix and the cover come before the
    /// shots so that they run alongside them rather than after them.
    enum Stage: Int { case voice, timeline, edit, background, mix, cover, shot, assemble, export }

    static func priority(episode: Int, _ stage: Stage) -> Int { episode * 10 + stage.rawValue }

    /// The visible AI label, in the series' language.
    package static func label(_ language: Language) -> String { language.aiLabel }

    /// The title shown over an episode's opening: the episode number on one line and its
    /// title on the next, so a card never breaks inside the title's phrase ("第1集・被 /
    /// 遗忘的名字"); a long title wraps at its own word boundaries.
    package static func openingTitle(episode: Int, title: String?, language: Language) -> String {
        switch language {
        case .zh: "第\(episode)集" + (title.map { "\n\($0)" } ?? "")
        case .en: "Episode \(episode)" + (title.map { "\n\($0)" } ?? "")
        case .es: "Episodio \(episode)" + (title.map { "\n\($0)" } ?? "")
        }
    }

    /// The graph for `scripts` (episode number and text) and the experiments' `variants` of them.
    ///
    /// A variant is made exactly like its episode (nodes it shares with the episode are the same
    /// nodes, made once) and exported to its own folder, without the editable hand-off.
    public func graph(for scripts: [(number: Int, text: String)], variants: [VariantScript] = []) -> ProductionGraph {
        var graph = ProductionGraph()
        for script in scripts { addEpisode(script.number, script.text, output: .episode(script.number), to: &graph) }
        for variant in variants {
            if let change = variant.cover {
                addCover(variant.episode, variant.text, change: change, output: .variant(variant), to: &graph)
            } else if let look = variant.look {
                // The episode drawn with the character's other look: the nodes that do not show
                // them (voices, timeline, backgrounds, mix) are the episode's own.
                var drawn = self
                drawn.series = look.applied(to: series)
                drawn.addEpisode(variant.episode, variant.text, output: .variant(variant), to: &graph)
            } else {
                addEpisode(variant.episode, variant.text, output: .variant(variant), to: &graph)
            }
        }
        return graph
    }

    /// A cover variant: only its cover, drawn as the episode's with `change`, exported to its folder.
    private func addCover(_ number: Int, _ text: String, change: CoverChange, output destination: Output, to graph: inout ProductionGraph) {
        let breakdown = EpisodeBreakdown(episode: number, script: text, checker: checker, language: series.language)
        let cover = graph.add(coverNode(number, breakdown: breakdown, change: change, tag: destination.tag))
        export(number, [ExportedFile(key: cover, name: "cover.jpg")], to: destination, graph: &graph)
    }

    /// The cover of episode `number`: its first scene's two leads at its place and light, or
    /// what `change` puts there instead, with the episode's title and the AI badge.
    private func coverNode(_ number: Int, breakdown: EpisodeBreakdown, change: CoverChange? = nil, tag: String) -> Node {
        let firstScene = breakdown.scenes.first
        let leads = change?.characters ?? Array((firstScene?.cast ?? []).prefix(2))
        let location = change?.location ?? firstScene?.location ?? series.locations.first?.id ?? "place"
        return Node(
            step: CoverStep.kind, generator: CoverStep.generatorID, episode: number, priority: Self.priority(episode: number, .cover), inputs: [],
            parameters: CanonicalJSON.encode(CoverStep.Parameters(
                look: SeriesLook(series: series, characters: leads, locations: [location]),
                episode: number, episodeTitle: breakdown.title ?? "", characters: leads,
                location: location, lighting: change?.lighting ?? firstScene?.lighting ?? .day,
                width: RenderPreset.final.width, height: RenderPreset.final.height)),
            label: "\(tag) cover")
    }

    /// Where an episode's deliverables go: `out/epNNN/`, or a variant's folder.
    struct Output {
        /// The folder, relative to the project.
        var folder: String
        /// The jobs' label prefix (`ep001`, `ep001 ep001-hook/B`).
        var tag: String
        /// The part after the series in the content id of the AIGC label (`ep001`, `ep001-ep001-hook-B`).
        var contentID: String
        /// Whether the editable hand-off (shots, lines, music) and the episode's retakes belong here.
        var isEpisode: Bool

        static func episode(_ number: Int) -> Output {
            let tag = ProjectLayout.episodeTag(number)
            return Output(folder: "out/\(tag)", tag: tag, contentID: tag, isEpisode: true)
        }

        static func variant(_ variant: VariantScript) -> Output {
            let tag = ProjectLayout.episodeTag(variant.episode)
            return Output(
                folder: variant.folder, tag: "\(tag) \(variant.tag)", contentID: "\(tag)-\(variant.experiment)-\(variant.variant)", isEpisode: false)
        }
    }

    private func addEpisode(_ number: Int, _ text: String, output destination: Output, to graph: inout ProductionGraph) {
        let language = series.language
        let cast = Dictionary(series.characters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let breakdown = EpisodeBreakdown(episode: number, script: text, checker: checker, language: language)
        let tag = destination.tag
        func priority(_ stage: Stage) -> Int { Self.priority(episode: number, stage) }

        // Voices.
        var voiceKeys: [NodeKey] = []
        var lines: [TimelineStep.Line] = []
        let slots = lineSlots[number].flatMap { $0.count == breakdown.lines.count ? $0 : nil }
        for (index, line) in breakdown.lines.enumerated() {
            let member = cast[line.speaker] ?? CastMember(id: line.speaker, name: line.cue, role: .supporting)
            let parameters = VoiceStep.Parameters(
                language: language, text: VoiceStep.spoken(line.text), voice: VoiceCaster.cast(member, language: language),
                emotion: line.emotion, slot: slots?[index])
            voiceKeys.append(graph.add(Node(
                step: VoiceStep.kind, generator: models.voice ?? VoiceStep.generatorID(engine: parameters.voice.engine), episode: number,
                priority: priority(.voice), inputs: [], parameters: CanonicalJSON.encode(parameters),
                label: "\(tag) voice \(index + 1) \(line.cue)", estimate: VoiceStep.estimate(parameters))))
            lines.append(TimelineStep.Line(
                scene: line.scene, speaker: line.speaker, speakerName: member.name, emotion: line.emotion, beat: line.beat,
                action: line.action, text: parameters.text))
        }

        // The cut.
        let fallbackLocation = series.locations.first?.id ?? "place"
        let scenes = breakdown.scenes.map {
            TimelineStep.Scene(location: $0.location ?? fallbackLocation, lighting: $0.lighting, cast: $0.cast)
        }
        let video = deliverable.preset
        let timelineParameters = TimelineStep.Parameters(
            episode: number, language: language, planner: planner, scenes: scenes, lines: lines)
        let timeline = graph.add(Node(
            step: TimelineStep.kind, generator: TimelineStep.generatorID, episode: number, priority: priority(.timeline),
            inputs: voiceKeys, parameters: CanonicalJSON.encode(timelineParameters), label: "\(tag) timeline"))

        // The editable cut, for a subtitles-only run (lines only) or a final one (everything).
        func edit(rendered: Bool) -> NodeKey {
            graph.add(Node(
                step: EditStep.kind, generator: EditStep.generatorID, episode: number, priority: priority(.edit), inputs: [timeline] + voiceKeys,
                parameters: CanonicalJSON.encode(EditStep.Parameters(
                    episode: number, seriesTitle: series.title, lineNames: lines.map(\.speakerName), rendered: rendered)),
                label: "\(tag) edit"))
        }
        let lineFiles = voiceKeys.enumerated().map { ExportedFile(key: $1, name: "line.wav", path: EditHandoff.line($0)) }
        guard let preset = video else {
            let edit = edit(rendered: false)
            if destination.isEpisode {
                export(
                    number, [(timeline, "episode.srt"), (timeline, "episode.vtt"), (edit, "episode.otio")].map(ExportedFile.init) + lineFiles,
                    to: destination, owns: EditHandoff.folder, graph: &graph)
            } else {
                export(number, [(timeline, "episode.srt"), (timeline, "episode.vtt")].map(ExportedFile.init), to: destination, graph: &graph)
            }
            return
        }

        // Shots: the planner's structure does not depend on the audio's length, so each shot
        // node is keyed by what it shows and by its own line's voice only.
        let structure = TimelineStep.shots(timelineParameters, durations: Array(repeating: .zero, count: lines.count))
        let title = Self.openingTitle(episode: number, title: breakdown.title, language: language)
        var shotKeys: [NodeKey] = []
        var shotNodes: [(node: Node, cost: Double)] = []
        for (index, shot) in structure.enumerated() {
            let look = SeriesLook(series: series, characters: shot.subjects.map(\.character), locations: [shot.location])
            let take = destination.isEpisode ? retakes.take(episode: number, shot: index + 1) : 0
            let picture: NodeKey
            var source: ShotStep.Source?
            if let images = models.images {
                (picture, source) = modelPicture(
                    shot, index: index, take: take, tag: tag, images: images, preset: preset, cast: cast,
                    line: shot.line.map { lines[$0].text }, priority: priority(.background), episode: number, to: &graph)
            } else {
                picture = graph.add(Node(
                    step: BackgroundStep.kind, generator: BackgroundStep.generatorID, episode: number, priority: priority(.background),
                    inputs: [], parameters: CanonicalJSON.encode(BackgroundStep.Parameters(
                        look: SeriesLook(series: series, characters: [], locations: [shot.location]), location: shot.location,
                        lighting: shot.lighting, width: preset.stillWidth, height: preset.stillHeight)),
                    label: "background \(shot.location) \(shot.lighting.rawValue) \(preset.name)"))
            }
            var inputs = [picture]
            var subtitle: ShotStep.Subtitle?
            if let line = shot.line {
                inputs.append(voiceKeys[line])
                subtitle = ShotStep.Subtitle(text: lines[line].text, speaker: lines[line].speakerName, language: language)
            }
            var overlays: [ShotStep.Overlay] = []
            if index == 0 {
                overlays = [
                    .init(kind: "label", text: Self.label(language), start: .zero, end: shot.duration),
                    .init(kind: "title", text: title, start: .milliseconds(250), end: shot.duration),
                ]
            }
            var keyed = shot
            if shot.kind == .dialogue { keyed.duration = .zero }  // comes from the voice
            keyed.camera = Self.camera(shot.camera, take: take)
            let parameters = ShotStep.Parameters(
                shot: keyed, preset: preset, planner: planner, look: look, subtitle: subtitle, overlays: overlays,
                take: take > 0 ? take : nil, source: source)
            let speaker = shot.subjects.first(where: \.speaking).map { cast[$0.character]?.cue ?? $0.character } ?? ""
            let node = Node(
                step: ShotStep.kind, generator: ShotStep.generatorID, episode: number, priority: priority(.shot), inputs: inputs,
                parameters: CanonicalJSON.encode(parameters),
                label: "\(tag) shot \(index + 1) \(shot.framing.rawValue) \(speaker)".trimmingCharacters(in: .whitespaces))
            shotKeys.append(node.key)
            shotNodes.append((node, Self.encodingCost(shot, line: shot.line.map { lines[$0].text }, language: language)))
        }
        // Shots are queued longest first (their order in the queue, not in the episode), so the
        // last shot to finish is a short one and no core waits on a long straggler at the end.
        for entry in shotNodes.sorted(by: { $0.cost > $1.cost }) { _ = graph.add(entry.node) }

        let mix = graph.add(Node(
            step: MixStep.kind, generator: MixStep.generatorID, episode: number, priority: priority(.mix),
            inputs: [timeline] + voiceKeys,
            parameters: CanonicalJSON.encode(MixStep.Parameters(genre: series.genre, musicSeed: series.writer.seed, preset: preset)),
            label: "\(tag) mix"))
        let output = preset == .preview ? "preview.mp4" : "episode.mp4"
        let assemble = graph.add(Node(
            step: AssembleStep.kind, generator: AssembleStep.generatorID, episode: number, priority: priority(.assemble),
            inputs: [timeline, mix] + shotKeys,
            parameters: CanonicalJSON.encode(AssembleStep.Parameters(
                preset: preset, title: "\(series.title) · \(title)",
                aigc: .init(ContentProducer: aigc.producer, ProduceID: "\(aigc.contentIDPrefix ?? Self.slug(series.title))-\(destination.contentID)"), output: output)),
            label: "\(tag) assemble \(preset.name)"))
        if preset == .preview {
            export(number, [ExportedFile(key: assemble, name: output)], to: destination, graph: &graph)
            return
        }
        let edit = edit(rendered: true)
        let cover = graph.add(coverNode(number, breakdown: breakdown, tag: tag))
        // The editable hand-off: every shot, line, the music and the stingers beside the
        // timeline, the pictures and the music tagged as AI-generated like the episode.
        let main = [(assemble, output), (timeline, "episode.srt"), (timeline, "episode.vtt"), (edit, "episode.otio"), (cover, "cover.jpg")]
            .map(ExportedFile.init)
        guard destination.isEpisode else {
            export(number, main, to: destination, graph: &graph)
            return
        }
        let produceID = "\(aigc.contentIDPrefix ?? Self.slug(series.title))-\(destination.contentID)"
        func tags(_ part: String) -> [String: String] {
            let label = AssembleStep.AIGCLabel(ContentProducer: aigc.producer, ProduceID: "\(produceID)-\(part)")
            return ["AIGC": String(decoding: CanonicalJSON.encode(label), as: UTF8.self), "comment": "AI-generated with Cliffhanger"]
        }
        var handoff = lineFiles
        for (index, key) in shotKeys.enumerated() {
            handoff.append(ExportedFile(key: key, name: "segment.mp4", path: EditHandoff.shot(index), tags: tags(String(format: "shot%03d", index + 1))))
        }
        handoff.append(ExportedFile(key: mix, name: "music.m4a", path: EditHandoff.music, tags: tags("music")))
        for stinger in Stinger.allCases {
            handoff.append(ExportedFile(key: mix, name: EditHandoff.stingerOutput(stinger), path: EditHandoff.stinger(stinger), optional: true))
        }
        export(number, main + handoff, to: destination, owns: EditHandoff.folder, graph: &graph)
    }

    /// A file for an export node: output `name` of node `key`, to `path` under `out/epNNN/`
    /// (the output's own name when nil).
    private struct ExportedFile {
        var key: NodeKey
        var name: String
        var path: String?
        var tags: [String: String]?
        var optional = false

        init(key: NodeKey, name: String, path: String? = nil, tags: [String: String]? = nil, optional: Bool = false) {
            self.key = key
            self.name = name
            self.path = path
            self.tags = tags
            self.optional = optional
        }

        init(_ pair: (NodeKey, String)) { self.init(key: pair.0, name: pair.1) }
    }

    /// The model-made picture of a shot: the sheets of its characters (one per character for the
    /// whole series), its keyframe, and with a clip generator its clip. Returns the node the
    /// shot reads and how.
    private func modelPicture(
        _ shot: Shot, index: Int, take: Int, tag: String, images: GeneratorID, preset: RenderPreset, cast: [String: CastMember],
        line: String?, priority: Int, episode: Int, to graph: inout ProductionGraph
    ) -> (NodeKey, ShotStep.Source) {
        let style = "cinematic \(series.genre.rawValue) drama, photorealistic, film lighting"
        var sheets: [NodeKey] = []
        for id in shot.subjects.map(\.character) where cast[id] != nil {
            let member = cast[id]!
            let request = ImageRequest(
                prompt: ModelPrompts.sheet(member, style: style), negativePrompt: ModelPrompts.negative,
                seed: ModelPrompts.seed(series.title, "character", id), width: 768, height: 1024)
            sheets.append(graph.add(Node(
                step: CharacterSheetStep.kind, generator: images, episode: nil, priority: 0, inputs: [],
                parameters: CanonicalJSON.encode(CharacterSheetStep.Parameters(character: id, request: request)),
                label: "character sheet \(member.name)", estimate: Usage([.image: 1]))))
        }
        let location = series.locations.first { $0.id == shot.location }
        let request = ImageRequest(
            prompt: ModelPrompts.keyframe(shot, location: location, cast: cast, style: style), negativePrompt: ModelPrompts.negative,
            seed: ModelPrompts.seed(series.title, tag, String(index), String(take)), width: 768, height: 1344)
        let keyframe = graph.add(Node(
            step: KeyframeStep.kind, generator: images, episode: episode, priority: priority, inputs: sheets,
            parameters: CanonicalJSON.encode(KeyframeStep.Parameters(request: request, width: preset.stillWidth, height: preset.stillHeight)),
            label: "\(tag) keyframe \(index + 1)", estimate: Usage([.image: 1])))
        guard let clips = models.clips else { return (keyframe, .keyframe) }
        var unmoved = shot
        unmoved.camera = .still
        let expected = Self.encodingCost(unmoved, line: line, language: series.language) + 0.6
        let seconds = expected <= 5 ? 5 : 10
        let clip = graph.add(Node(
            step: ClipStep.kind, generator: clips, episode: episode, priority: priority, inputs: [keyframe],
            parameters: CanonicalJSON.encode(ClipStep.Parameters(
                prompt: ModelPrompts.motion(shot, cast: cast), seconds: seconds, seed: ModelPrompts.seed(series.title, tag, String(index), String(take), "clip"))),
            label: "\(tag) clip \(index + 1)", estimate: Usage([.videoSecond: Double(seconds)])))
        return (clip, .clip)
    }

    /// A rough encoding cost of a shot for ordering the queue: its expected length (a dialogue
    /// shot's from its line's text, since the audio does not exist yet) weighted by its camera
    /// (a zoom changes every pixel of every frame, which costs the encoder about twice as much).
    static func encodingCost(_ shot: Shot, line: String?, language: Language) -> Double {
        var seconds = Double(shot.duration.value) / Double(max(shot.duration.rate, 1))
        if let line {
            let charactersPerSecond: Double = language == .zh ? 4.5 : 14
            seconds = max(seconds, 0.8 + Double(line.count) / charactersPerSecond)
        }
        let weight: Double = switch shot.camera {
        case .pushIn, .pullOut, .snapZoom: 2.2
        case .drift, .shake: 1.6
        case .still: 1
        }
        return seconds * weight
    }

    /// One export node copying `files` to the destination's folder (`out/epNNN/`); it owns
    /// `<folder>/<owns>` when given.
    private func export(_ number: Int, _ files: [ExportedFile], to destination: Output, owns: String? = nil, graph: inout ProductionGraph) {
        let tag = destination.tag
        let folder = destination.folder
        var inputs: [NodeKey] = []
        var entries: [ExportStep.File] = []
        for file in files {
            if !inputs.contains(file.key) { inputs.append(file.key) }
            entries.append(.init(
                input: inputs.firstIndex(of: file.key)!, name: file.name, path: "\(folder)/\(file.path ?? file.name)", tags: file.tags,
                optional: file.optional ? true : nil))
        }
        let shown = files.filter { $0.path == nil }.map(\.name) + (owns.map { ["\($0)/"] } ?? [])
        graph.add(Node(
            step: ExportStep.kind, generator: ExportStep.generatorID, episode: number, priority: Self.priority(episode: number, .export),
            inputs: inputs,
            parameters: CanonicalJSON.encode(ExportStep.Parameters(files: entries, owns: owns.map { "\(folder)/\($0)" })),
            label: "\(tag) export \(shown.joined(separator: ", "))"))
    }

    /// `sweet-ring` from `Sweet Ring`; Chinese titles keep their characters.
    static func slug(_ title: String) -> String {
        let lowered = title.lowercased()
        var out = ""
        for scalar in lowered.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) { out.unicodeScalars.append(scalar) } else if out.last != "-" { out.append("-") }
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}
