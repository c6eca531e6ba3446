package import Basics
package import DramaModel
package import Foundation
import Screenplay

/// Makes a series' edition in another language: `editions/<lang>/` beside the series, a project
/// of its own (its bible, its scripts, its `lines.json`) that shares the series' ids, plan and
/// shots. Every line of dialogue keeps its source line's id and its place in the script, so
/// the edition's episodes cut the same shots in the same order.
///
/// A line's words come from, in order: a person (an imported translation), a chat model (kept
/// while the source line stands), the built-in writer's transcreation of a line it wrote;
/// otherwise the source words stay and the line is reported as needing a translator.
package struct EditionMaker {
    package let project: SeriesProject
    package let language: Language

    package init(project: SeriesProject, language: Language) {
        self.project = project
        self.language = language
    }

    /// The edition's folder: `editions/<lang>/`.
    package var root: URL { Self.root(of: project.root, language: language) }

    /// `editions/<lang>/` of the series at `series`.
    package static func root(of series: URL, language: Language) -> URL {
        series.appendingPathComponent("editions", isDirectory: true).appendingPathComponent(language.rawValue, isDirectory: true)
    }

    /// `editions/<lang>/lines.json`.
    package var recordURL: URL { root.appendingPathComponent("lines.json") }

    /// What a run made.
    package struct Report: Sendable {
        /// The edition's record as written.
        package var record: EditionRecord
        /// Episodes written, and those kept because people edited the edition's script.
        package var written: [Int] = []
        package var keptEdited: [Int] = []
        /// Warnings about what stays untranslated, located in the source's files.
        package var warnings: [Diagnostic] = []
        /// Lines still in the source language.
        package var untranslated: [EditionRecord.Line] { record.lines.filter { $0.origin == .untranslated } }
    }

    /// The edition as it would be made now, without writing anything.
    package struct Made: Sendable {
        package var series: Series
        package var scripts: [EpisodeScript]
        package var record: EditionRecord
        package var warnings: [Diagnostic]
    }

    /// Makes (or remakes) the edition and writes it.
    /// - Throws: `StoryEngineError` `.invalidEdition` with every problem located (a name no
    ///   rule gives, a same-language edition), or a file error.
    package func make() throws -> Report {
        let made = try prepare()
        let edition = SeriesProject(root: root)
        try FileManager.default.createDirectory(at: edition.episodesURL, withIntermediateDirectories: true)
        try AtomicFile.write(SeriesYAMLWriter.yaml(for: made.series), to: edition.bibleURL)
        let settings = ProjectLayout(root: project.root).settings
        let editionSettings = ProjectLayout(root: root).settings
        if FileManager.default.fileExists(atPath: settings.path), !FileManager.default.fileExists(atPath: editionSettings.path) {
            try AtomicFile.write(Data(contentsOf: settings), to: editionSettings)
        }
        let writeReport = try edition.writeEpisodes(made.scripts, force: false)
        try made.record.write(to: recordURL)
        var report = Report(record: made.record)
        report.written = writeReport.written + writeReport.unchanged
        report.keptEdited = writeReport.keptEdited
        report.warnings = made.warnings
        return report
    }

    /// Computes the edition from the series' current bible, scripts and the edition's record.
    package func prepare() throws -> Made {
        let loaded = try project.loadBible()
        let series = loaded.series
        let bibleFile = project.displayPath(project.bibleURL)
        guard series.language != language else {
            throw StoryEngineError(
                code: .invalidEdition,
                message: "\(bibleFile) is already written in \(language.rawValue): an edition is in another language (--to \(Language.allCases.first { $0 != series.language }!.rawValue))")
        }
        let phrasebooks = try project.loadPhrasebooks()
        let sourceKit: GenreKit, targetKit: GenreKit?
        do {
            sourceKit = try phrasebooks.kit(series.genre, series.language)
            targetKit = Language.written.contains(language) ? try phrasebooks.kit(series.genre, language) : nil
        } catch {
            throw StoryEngineError(code: .phrasebookBroken, message: "the built-in \(series.genre.rawValue) phrasebook is broken: \(error)")
        }
        let localized = BibleLocalizer(source: series, language: language, sourceKit: sourceKit, targetKit: targetKit, names: .builtIn)
            .localize(bibleFile: bibleFile)
        let errors = localized.problems.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw StoryEngineError(
                code: .invalidEdition,
                message: "the \(language.rawValue) edition cannot name everyone in \(bibleFile) (\(errors.count) problem\(errors.count == 1 ? "" : "s")); nothing was written",
                diagnostics: errors)
        }
        let previous = try EditionRecord.read(recordURL, shown: project.displayPath(recordURL))
        let kept = previous?.byID ?? [:]
        var transcreator = Transcreator(
            source: series, target: localized.series, untranslated: localized.untranslated, sourceKit: sourceKit, targetKit: targetKit)
        let checker = ScriptChecker(series: series)
        var scripts: [EpisodeScript] = []
        var lines: [EditionRecord.Line] = []
        for script in project.scriptsOnDisk() {
            let document = FountainParser.parse(script.text)
            var writer = transcreator.writerLines(episode: script.number)
            var elements: [FountainElement] = []
            var speaker: String?
            var ordinal = 0
            var pendingParenthetical: Int?
            for element in document.elements {
                switch element {
                case .sceneHeading(let heading):
                    speaker = nil
                    let zh = language == .zh
                    if let id = checker.locationID(forHeading: heading.text) {
                        let interior = !heading.text.uppercased().hasPrefix("EXT") && !heading.text.hasPrefix("外景")
                        let night = ScriptChecker.isNight(heading: heading.text)
                        if let text = transcreator.heading(location: id, interior: interior, night: night) {
                            elements.append(.sceneHeading(SceneHeading(text: text, sceneNumber: heading.sceneNumber, forced: zh)))
                            continue
                        }
                    }
                    elements.append(.sceneHeading(SceneHeading(text: heading.text, sceneNumber: heading.sceneNumber, forced: zh || heading.forced)))
                case .character(let cue):
                    speaker = checker.characterID(forCue: cue.name)
                    let name = speaker.flatMap { localized.series.character(id: $0)?.cue } ?? cue.name
                    elements.append(.character(CharacterCue(name: name, extensions: cue.extensions, forced: language == .zh, dualDialogue: cue.dualDialogue)))
                case .parenthetical(let text):
                    pendingParenthetical = elements.count
                    elements.append(.parenthetical(text))
                case .dialogue(let text):
                    guard let who = speaker else {
                        elements.append(element)
                        continue
                    }
                    ordinal += 1
                    let id = LineID(episode: script.number, ordinal: ordinal)
                    let digest = EditionRecord.sourceDigest(speaker: who, text: text)
                    let key = Transcreator.key(who, text)
                    let written = writer[key]?.first
                    if written != nil { writer[key]!.removeFirst() }
                    var line = EditionRecord.Line(
                        id: id, speaker: who, source: text, sourceDigest: digest, text: text, origin: .untranslated,
                        budgetSeconds: (SpokenLength.seconds(text, language: series.language) * 100).rounded() / 100)
                    if let earlier = kept[id], earlier.origin == .human || (earlier.origin == .machine && earlier.sourceDigest == digest) {
                        line.text = earlier.text
                        line.origin = earlier.origin
                        line.stale = earlier.sourceDigest == digest ? nil : true
                        line.flag = earlier.origin == .machine ? earlier.flag : nil
                        // A person's words made for an older source line keep that line's digest
                        // (and so their stale mark) until a person confirms them.
                        if line.stale == true { line.sourceDigest = earlier.sourceDigest }
                    } else if let written, let text = transcreator.dialogue(written.said, id: id, scene: written.scene) {
                        line.text = text
                        line.origin = .transcreated
                    }
                    if let index = pendingParenthetical, case .parenthetical(let paren) = elements[index],
                       let translated = transcreator.parenthetical(paren, id: id) {
                        elements[index] = .parenthetical(translated)
                    }
                    pendingParenthetical = nil
                    lines.append(line)
                    elements.append(.dialogue(line.text))
                case .action(let text, let forced):
                    speaker = nil
                    elements.append(.action(transcreator.action(text, episode: script.number) ?? text, forced: forced))
                case .synopsis(let text):
                    elements.append(.synopsis(transcreator.synopsis(text, episode: script.number) ?? text))
                case .transition(let text, let forced):
                    speaker = nil
                    let from = StoryText(language: series.language), to = StoryText(language: language)
                    elements.append(.transition(text == from.transition ? to.transition : text, forced: text == from.transition ? language == .zh : forced))
                case .centered(let text):
                    speaker = nil
                    let from = StoryText(language: series.language), to = StoryText(language: language)
                    let mapped = text == from.toBeContinued ? to.toBeContinued : text == from.endOfSeason ? to.endOfSeason : text
                    elements.append(.centered(mapped))
                case .note, .boneyard:
                    elements.append(element)
                default:
                    speaker = nil
                    elements.append(element)
                }
            }
            let from = StoryText(language: series.language), to = StoryText(language: language)
            let sourcePlanTitle = transcreator.plan.episodes.first { $0.number == script.number }?.title
            let titlePage = document.titlePage.map { field -> TitlePageField in
                var field = field
                switch field.key.lowercased() {
                case "title": field.values = field.values == [series.title] ? [localized.series.title] : field.values
                case "episode title":
                    if let title = transcreator.title(episode: script.number), field.values == [sourcePlanTitle ?? ""] { field.values = [title] }
                case "credit": field.values = field.values.map { $0 == from.writerCredit ? to.writerCredit : $0 }
                case "author": field.values = field.values.map { $0 == from.writerName ? to.writerName : $0 }
                default: break
                }
                return field
            }
            let edition = FountainDocument(titlePage: titlePage, elements: elements)
            let plan = transcreator.plan.episodes.first { $0.number == script.number }
                ?? EpisodePlan(number: script.number, title: "", summary: "", isPaywall: false, isReversal: false, isFinale: false,
                               scenes: [], openingEvents: [], closingEvents: [], arcs: [])
            let said = lines.filter { $0.id.episode == script.number }.map { ($0.text, false) }
            scripts.append(EpisodeScript(
                plan: plan, document: edition, text: FountainWriter.write(edition),
                estimatedSeconds: SpokenLength.episodeSeconds(said, language: language)))
        }
        let record = EditionRecord(sourceLanguage: series.language, language: language, lines: lines)
        return Made(series: localized.series, scripts: scripts, record: record, warnings: localized.problems)
    }

    /// The names a translator must keep as the edition writes them: each character's name,
    /// given name and form of address, and the places and props the edition names.
    package func glossary(source: Series, edition: Series) -> [(source: String, target: String)] {
        var out: [(String, String)] = []
        func add(_ a: String, _ b: String) {
            let a = a.trimmingCharacters(in: .whitespaces), b = b.trimmingCharacters(in: .whitespaces)
            guard !a.isEmpty, !b.isEmpty, !out.contains(where: { $0.0 == a }) else { return }
            out.append((a, b))
        }
        for member in source.characters {
            guard let other = edition.character(id: member.id) else { continue }
            add(member.name, other.name)
            add(member.actionName, other.actionName)
            if let address = member.address, let translated = other.address, address != member.name { add(address, translated) }
        }
        for location in source.locations {
            guard let other = edition.locations.first(where: { $0.id == location.id }), other.name != location.name else { continue }
            if let spoken = location.spoken, let translated = other.spoken { add(spoken, translated) }
        }
        for prop in source.props {
            guard let other = edition.props.first(where: { $0.id == prop.id }), other.name != prop.name else { continue }
            add(prop.name, other.name)
        }
        return out
    }

}
