import Basics
import DramaModel
import Foundation
import Production
import StoryEngine

/// A series' localised editions in the studio: each `editions/<lang>/` of a series (made by
/// `cliff localize`) belongs to its series — it is never a series of its own here. Reviewers
/// read an edition's lines beside the source lines and correct them; a correction is a
/// person's translation, saved in `lines.json` and written into the edition's scripts by
/// `EditionMaker`, as `cliff localize --import-xliff` does with a translator's file.
extension Studio {
    /// The editions of series `id` that exist (a `lines.json` in `editions/<lang>/`), in the
    /// order of `Language.allCases`. An edition whose `lines.json` does not read is listed with
    /// its problem.
    /// - Throws: `StudioError` `notFound` for an unknown series, `invalidInput` when its
    ///   files do not load.
    package func editions(_ id: String) throws(StudioError) -> [EditionSummary] {
        let project = try catalog.project(id)
        let numbers = project.files.scriptsOnDisk().map(\.number)
        return Self.editionLanguages(of: project).map { language in
            let root = EditionMaker.root(of: project.root, language: language)
            let title = (try? SeriesProject(root: root).loadBible().series.title) ?? project.series.title
            var summary = EditionSummary(
                language: language.rawValue, languageName: ViewerLanguage.name(of: language.rawValue), title: title, lines: 0, origins: [:],
                needsTranslator: 0, stale: 0,
                finishedEpisodes: numbers.filter { FileManager.default.fileExists(atPath: Self.editionOutput(root, $0, "episode.mp4").path) })
            do {
                let record = try Self.editionRecord(project, language)
                summary.lines = record.lines.count
                for (origin, count) in record.counts { summary.origins[origin.rawValue] = count }
                summary.needsTranslator = record.counts[.untranslated] ?? 0
                summary.stale = record.lines.filter { $0.stale == true }.count
            } catch {
                summary.problem = (error as? StudioError)?.message ?? "\(error)"
            }
            return summary
        }
    }

    /// The edition `language` of series `id`: its lines beside the source lines, episode by
    /// episode, as `filter` and `episode` choose, with the counts of the whole edition. A line
    /// the series' script no longer says (the edition is behind: `cliff localize` brings it
    /// up to date) carries what the script says now.
    /// - Throws: `StudioError` `notFound` (no such series, edition or episode),
    ///   `invalidInput` (its `lines.json` does not read).
    package func editionReview(_ id: String, language code: String, filter: EditionFilter = .all, episode: Int? = nil) throws(StudioError) -> EditionReview {
        let project = try catalog.project(id)
        let language = try editionLanguage(project, id: id, code)
        let root = EditionMaker.root(of: project.root, language: language)
        let record = try Self.editionRecord(project, language)
        let edition = EditionContext(project: project, language: language, record: record)
        let numbers = Array(Set(record.lines.map(\.id.episode))).sorted()
        if let episode, !numbers.contains(episode) {
            throw StudioError(
                code: .notFound, message: "the \(language.rawValue) edition of '\(id)' has no lines in episode \(episode) (it has episodes \(Self.ranges(numbers)))",
                field: "episode")
        }
        var counts = EditionCounts()
        var views: [EditionLineView] = []
        for line in record.lines {
            let view = edition.view(line)
            counts.all += 1
            switch line.origin {
            case .human: counts.human += 1
            case .machine: counts.machine += 1
            case .transcreated: counts.transcreated += 1
            case .untranslated: counts.untranslated += 1
            }
            if view.stale { counts.stale += 1 }
            if view.sourceNow != nil { counts.behind += 1 }
            views.append(view)
        }
        counts.behind += edition.unrecordedSourceLines
        let sourceTitles = Dictionary(
            project.files.scriptsOnDisk().map {
                ($0.number, EpisodeBreakdown(episode: $0.number, script: $0.text, checker: edition.sourceChecker, language: project.series.language).title)
            }, uniquingKeysWith: { a, _ in a })
        let editionTitles = Dictionary(
            SeriesProject(root: root).scriptsOnDisk().map { script in
                (script.number, EpisodeBreakdown(episode: script.number, script: script.text, checker: edition.sourceChecker, language: language).title)
            }, uniquingKeysWith: { a, _ in a })
        let shown = views.filter { view in
            (episode == nil || view.episode == episode) && {
                switch filter {
                case .all: true
                case .needsTranslator: view.origin == EditionRecord.Origin.untranslated.rawValue
                case .stale: view.stale
                }
            }()
        }
        let episodes = Dictionary(grouping: shown, by: \.episode).keys.sorted().map { number in
            EditionEpisode(
                number: number, title: (sourceTitles[number] ?? nil) ?? "Episode \(number)", editionTitle: editionTitles[number] ?? nil,
                lines: shown.filter { $0.episode == number })
        }
        return EditionReview(
            series: id, seriesTitle: project.series.title, sourceLanguage: record.sourceLanguage.rawValue,
            sourceLanguageName: ViewerLanguage.name(of: record.sourceLanguage.rawValue), language: language.rawValue,
            languageName: ViewerLanguage.name(of: language.rawValue), title: edition.series?.title ?? project.series.title, counts: counts,
            filter: filter, episode: episode, episodeNumbers: numbers, episodes: episodes, command: localizeCommand(project, language))
    }

    /// Corrects line `line` (`ep001-L0007`) of edition `language` of series `id` to `text`: it
    /// becomes a person's translation (origin `human`, no longer stale) in `lines.json`,
    /// written atomically, and the edition's scripts are made again from the series and the
    /// record (`EditionMaker.make()`), so the next render of the edition speaks it. Recorded in
    /// the series' audit log with who and what the line said before.
    ///
    /// `sourceDigest` and `previous`, when given, are what the corrector saw (the source line's
    /// digest, the edition's words): a line changed since is refused rather than overwritten.
    /// Every refusal names the line and changes nothing.
    /// - Throws: `StudioError` — `forbidden` (a role below reviewer); `notFound` (series,
    ///   edition or line); `invalidInput` at `line` (not a line id) or `text` (empty, too long,
    ///   control characters, or words the script would not read back as this one line of
    ///   dialogue); `conflict` at `sourceDigest` or `previous` (changed since it was seen), or
    ///   when the series' script no longer says the line's source (the edition is behind);
    ///   `storeFailed` when the edition cannot be written or made (nothing is kept then).
    package func correctEditionLine(
        _ id: String, language code: String, line lineText: String, text: String, sourceDigest: String? = nil, previous: String? = nil,
        by user: StudioUser
    ) async throws(StudioError) -> EditionCorrection {
        guard user.role >= .reviewer else {
            throw StudioError(code: .forbidden, message: "\(user.name) is a \(user.role.rawValue); correcting an edition's lines needs the reviewer role")
        }
        let project = try catalog.project(id)
        let language = try editionLanguage(project, id: id, code)
        guard let lineID = LineID(lineText) else {
            throw StudioError(
                code: .invalidInput, message: "'\(TextInput.excerpt(lineText))' is not a line id: lines are named like ep001-L0007 (episode 1, line 7)",
                field: "line")
        }
        return try await editionWrites.run { () throws(StudioError) -> EditionCorrection in
            let correction = try self.correct(project, id: id, language: language, lineID, text: text, sourceDigest: sourceDigest, previous: previous)
            try self.audit(
                project, kind: "edition.line", actor: user.name, episode: lineID.episode,
                details: ["language": language.rawValue, "line": lineID.description, "text": correction.corrected.line.text, "was": correction.was])
            return correction.corrected
        }
    }

    /// The correction itself, under the edition's write lock.
    private func correct(
        _ project: ProductionProject, id: String, language: Language, _ lineID: LineID, text: String, sourceDigest: String?, previous: String?
    ) throws(StudioError) -> (corrected: EditionCorrection, was: String) {
        let old = try Self.editionRecord(project, language)
        guard let index = old.lines.firstIndex(where: { $0.id == lineID }) else {
            let episodes = Set(old.lines.map(\.id.episode))
            let count = old.lines.filter { $0.id.episode == lineID.episode }.count
            throw StudioError(
                code: .notFound,
                message: episodes.contains(lineID.episode)
                    ? "the \(language.rawValue) edition has no line \(lineID): episode \(lineID.episode) has lines 1–\(count)"
                    : "the \(language.rawValue) edition has no episode \(lineID.episode), so no line \(lineID)",
                field: "line")
        }
        let edition = EditionContext(project: project, language: language, record: old)
        let line = old.lines[index]
        let current = edition.view(line)
        if let sourceDigest, sourceDigest != current.sourceDigest {
            throw StudioError(
                code: .conflict,
                message: "\(lineID): its source line changed since you read it (it now says “\(TextInput.excerpt(line.source, limit: 120))”); reload the page and translate it again",
                field: "sourceDigest")
        }
        if let previous, Self.normalised(previous) != line.text {
            throw StudioError(
                code: .conflict,
                message: "\(lineID) was changed since you read it (it now says “\(TextInput.excerpt(line.text, limit: 120))”, \(Self.originWords(line.origin))); reload the page to see it before correcting it",
                field: "previous")
        }
        if let now = current.sourceNow {
            throw StudioError(
                code: .conflict,
                message: "\(lineID): the series' script changed this line since the \(language.rawValue) edition was made "
                    + (now.isEmpty ? "(it is no longer there)" : "(it now says “\(TextInput.excerpt(now, limit: 120))”)")
                    + "; bring the edition up to date first (\(localizeCommand(project, language))), then correct the line",
                field: "line")
        }
        let words = try edition.checkedWords(text, for: line)
        var record = old
        record.lines[index].text = words
        record.lines[index].origin = .human
        record.lines[index].stale = nil
        record.lines[index].sourceDigest = current.sourceDigest
        let maker = EditionMaker(project: project.files, language: language)
        var report: EditionMaker.Report
        do {
            try record.write(to: maker.recordURL)
            report = try maker.make()
            // The other people's translations marked stale stay marked until someone reviews
            // them: a remake keeps a person's words but not always the mark (it compares
            // with the digest it wrote itself the run before).
            let wasStale = Set(old.lines.filter { $0.stale == true && $0.id != lineID }.map(\.id))
            let oldLines = old.byID
            var restored = false
            for index in report.record.lines.indices where wasStale.contains(report.record.lines[index].id) {
                let made = report.record.lines[index]
                guard made.stale != true, made.origin == .human, let before = oldLines[made.id], before.text == made.text, before.source == made.source
                else { continue }
                report.record.lines[index].stale = true
                restored = true
            }
            if restored { try report.record.write(to: maker.recordURL) }
        } catch {
            // Nothing half done: the record goes back to what it was.
            try? old.write(to: maker.recordURL)
            throw StudioError(
                code: .storeFailed,
                message: "\(lineID) was not saved: the \(language.rawValue) edition could not be made again (\(Self.describe(error))); nothing changed")
        }
        guard let saved = report.record.byID[lineID], saved.text == words, saved.origin == .human else {
            try? old.write(to: maker.recordURL)
            _ = try? maker.make()
            throw StudioError(
                code: .storeFailed,
                message: "\(lineID) was not saved: making the \(language.rawValue) edition again did not keep it (its script may have changed meanwhile); reload and try again")
        }
        let kept = report.keptEdited.contains(lineID.episode)
        let view = EditionContext(project: project, language: language, record: report.record).view(saved)
        var message = "Saved \(lineID) as a person's translation; the \(language.rawValue) edition's scripts were made again."
        if kept {
            message = "Saved \(lineID) as a person's translation in lines.json, but episode \(lineID.episode)'s \(language.rawValue) script was edited by hand and is kept as it is: change the line there too, or remove the edit so that cliff localize writes it."
        }
        return (EditionCorrection(line: view, scriptKept: kept, message: message), line.text)
    }

    // MARK: Helpers

    /// The languages with an edition of `project`: `editions/<lang>/lines.json` inside the project.
    static func editionLanguages(of project: ProductionProject) -> [Language] {
        Language.allCases.filter { language in
            guard language != project.series.language else { return false }
            let record = ProjectLayout(root: EditionMaker.root(of: project.root, language: language)).editionRecord
            return FileManager.default.fileExists(atPath: record.path)
                && ProjectBoundary.check(record, inside: project.root, file: record.lastPathComponent) == nil
        }
    }

    /// The edition language `code` names, when series `id` has that edition.
    func editionLanguage(_ project: ProductionProject, id: String, _ code: String) throws(StudioError) -> Language {
        let have = Self.editionLanguages(of: project)
        if let language = Language(rawValue: code), have.contains(language) { return language }
        let made = have.isEmpty
            ? "it has none yet: make one with \(localizeCommand(project, Language.allCases.first { $0 != project.series.language } ?? .zh))"
            : "it has \(have.map(\.rawValue).joined(separator: ", "))"
        let own = code == project.series.language.rawValue ? " (\(code) is the series' own language)" : ""
        throw StudioError(code: .notFound, message: "series '\(id)' has no '\(TextInput.excerpt(code))' edition\(own); \(made)", field: "language")
    }

    /// The edition's `lines.json`.
    static func editionRecord(_ project: ProductionProject, _ language: Language) throws(StudioError) -> EditionRecord {
        let maker = EditionMaker(project: project.files, language: language)
        do {
            if let record = try EditionRecord.read(maker.recordURL, shown: "editions/\(language.rawValue)/lines.json") { return record }
        } catch {
            throw StudioError(code: .invalidInput, message: error.message)
        }
        throw StudioError(code: .notFound, message: "the \(language.rawValue) edition has no lines.json; make it with cliff localize")
    }

    /// `editions/<lang>/out/epNNN/<name>` of the edition at `root`.
    static func editionOutput(_ root: URL, _ number: Int, _ name: String) -> URL {
        ProjectLayout(root: root).episodeOutput(number).appendingPathComponent(name)
    }

    /// The command that makes (or brings up to date) `project`'s edition in `language`, with
    /// the series' folder as the studio's folder names it.
    func localizeCommand(_ project: ProductionProject, _ language: Language) -> String {
        let folder = project.root.standardizedFileURL == root.standardizedFileURL
            ? root.lastPathComponent : root.lastPathComponent + "/" + project.root.lastPathComponent
        return "cliff localize \(folder) --to \(language.rawValue)"
    }

    /// `text` as the studio keeps it: line breaks as `\n`, no surrounding white space.
    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Where a line's words came from, in words.
    static func originWords(_ origin: EditionRecord.Origin) -> String {
        switch origin {
        case .human: "a person's translation"
        case .machine: "a model's translation"
        case .transcreated: "the writer's transcreation"
        case .untranslated: "untranslated"
        }
    }

    /// An error's message with its located problems.
    static func describe(_ error: any Error) -> String {
        if let error = error as? any ExplainedError { return error.report.replacingOccurrences(of: "\n", with: "; ") }
        return "\(error)"
    }

    /// `1–3, 5` for `[1, 2, 3, 5]`.
    package static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var start: Int?, last: Int?
        for number in numbers.sorted() {
            if let l = last, number == l + 1 { last = number; continue }
            if let s = start, let l = last { parts.append(s == l ? "\(s)" : "\(s)–\(l)") }
            start = number
            last = number
        }
        if let s = start, let l = last { parts.append(s == l ? "\(s)" : "\(s)–\(l)") }
        return parts.joined(separator: ", ")
    }
}

/// What reading an edition's lines needs: the series and the edition's bibles, and the lines
/// the series' scripts say now.
private struct EditionContext {
    let project: ProductionProject
    let language: Language
    let record: EditionRecord
    /// The edition's bible, when it loads.
    let series: Series?
    let sourceChecker: ScriptChecker
    /// Each episode's lines of dialogue as the series' script says them now.
    let sourceLines: [Int: [EpisodeBreakdown.Line]]

    init(project: ProductionProject, language: Language, record: EditionRecord) {
        self.project = project
        self.language = language
        self.record = record
        series = try? SeriesProject(root: EditionMaker.root(of: project.root, language: language)).loadBible().series
        sourceChecker = ScriptChecker(series: project.series)
        var lines: [Int: [EpisodeBreakdown.Line]] = [:]
        for script in project.files.scriptsOnDisk() where lines[script.number] == nil {
            lines[script.number] = EpisodeBreakdown(episode: script.number, script: script.text, checker: sourceChecker, language: project.series.language).lines
        }
        sourceLines = lines
    }

    /// Lines of the series' scripts that the edition has no line for yet.
    var unrecordedSourceLines: Int {
        let recorded = Dictionary(grouping: record.lines, by: \.id.episode).mapValues(\.count)
        return sourceLines.reduce(0) { $0 + max(0, $1.value.count - (recorded[$1.key] ?? 0)) }
    }

    func view(_ line: EditionRecord.Line) -> EditionLineView {
        let spokenLanguage = line.origin == .untranslated ? record.sourceLanguage : language
        let spoken = (SpokenLength.seconds(line.text, language: spokenLanguage) * 100).rounded() / 100
        let pace = line.budgetSeconds > 0 ? spoken / line.budgetSeconds : 1
        let fit = pace > VoiceStep.tempoLimits.faster ? "long" : pace < VoiceStep.tempoLimits.slower ? "short" : "fits"
        var sourceNow: String?
        if let now = sourceLines[line.id.episode] {
            let index = line.id.ordinal - 1
            if !now.indices.contains(index) {
                sourceNow = ""
            } else if now[index].text != line.source || now[index].speaker != line.speaker {
                sourceNow = now[index].text
            }
        } else {
            sourceNow = ""
        }
        return EditionLineView(
            id: line.id.description, episode: line.id.episode, speaker: line.speaker,
            speakerName: project.series.character(id: line.speaker)?.cue ?? line.speaker,
            editionSpeakerName: series?.character(id: line.speaker)?.cue ?? line.speaker, source: line.source,
            sourceDigest: EditionRecord.sourceDigest(speaker: line.speaker, text: line.source), text: line.text, origin: line.origin.rawValue,
            stale: line.stale == true, budgetSeconds: line.budgetSeconds, spokenSeconds: spoken, fit: fit, sourceNow: sourceNow)
    }

    /// `text` as a line of dialogue of the edition: normalised, and refused — at `text`, naming
    /// the line — when it is empty, too long, holds control characters, or would not read back
    /// from the script as this one line (Fountain reads a line in parentheses as a
    /// parenthetical, `[[…]]` as a note, `/* … */` as a comment, `@NAME` as a cue).
    func checkedWords(_ text: String, for line: EditionRecord.Line) throws(StudioError) -> String {
        let words = Studio.normalised(text)
        let id = line.id.description
        guard !words.isEmpty else {
            throw StudioError(
                code: .invalidInput,
                message: "\(id): the words are empty; write the line as the \(ViewerLanguage.name(of: language.rawValue)) edition says it", field: "text")
        }
        guard words.count <= 1000 else {
            throw StudioError(code: .invalidInput, message: "\(id): the words run to \(words.count) characters; a line of dialogue has at most 1,000", field: "text")
        }
        if let bad = words.unicodeScalars.first(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }) {
            throw StudioError(
                code: .invalidInput, message: "\(id): the words hold a control character (U+\(String(format: "%04X", bad.value))); remove it", field: "text")
        }
        if words.contains("[[") || words.contains("]]") || words.contains("/*") || words.contains("*/") {
            throw StudioError(
                code: .invalidInput,
                message: "\(id): Fountain reads [[…]] as a note and /* … */ as a comment, which are never spoken; write the line's words only",
                field: "text")
        }
        // Written into a scene as the writer writes dialogue, the words must come back as
        // exactly this one line.
        let cue = project.series.character(id: line.speaker)?.cue ?? "SPEAKER"
        let paragraph = words.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? "  " : String($0) }.joined(separator: "\n")
        let scene = "INT. ROOM - DAY\n\n@\(cue)\n\(paragraph)\n"
        let read = EpisodeBreakdown(episode: line.id.episode, script: scene, checker: sourceChecker, language: language).lines
        guard read.count == 1, read[0].text == words else {
            let found = read.map { "“\(TextInput.excerpt($0.text, limit: 80))”" }.joined(separator: ", ")
            throw StudioError(
                code: .invalidInput,
                message: "\(id): the script would not read these words back as one line of dialogue (it reads \(found.isEmpty ? "no line" : found)): "
                    + "a line in parentheses reads as a direction, [[…]] as a note, /* … */ as a comment and @NAME as a speaker; write them as words",
                field: "text")
        }
        return words
    }
}

/// Serialises the writes of editions (a correction reads, writes and makes the edition again:
/// two at once would lose one).
actor EditionWrites {
    func run<T: Sendable>(_ body: @Sendable () throws(StudioError) -> T) throws(StudioError) -> T { try body() }
}
