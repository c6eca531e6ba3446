import Basics
import DramaModel
import Foundation
import Screenplay
import TestSupport
import Testing
@testable import StoryEngine

/// Localised editions: `cliff localize`'s work, on whole seasons of every genre both ways.
@Suite struct EditionTests {
    func project(_ season: Seasons.Season, edit: (inout Series) -> Void = { _ in }) throws -> SeriesProject {
        var series = season.series
        edit(&series)
        let root = try temporaryDirectory("cliff-editions").appendingPathComponent("show")
        return try SeriesProject.create(at: root, series: series, scripts: season.scripts)
    }

    /// The dialogue of a script with each line's speaker id, as production counts it: a line
    /// under a cue the bible knows.
    func spoken(_ text: String, _ series: Series) -> [(speaker: String, text: String)] {
        let checker = ScriptChecker(series: series)
        var speaker: String?
        var out: [(String, String)] = []
        for element in FountainParser.parse(text).elements {
            switch element {
            case .character(let cue): speaker = checker.characterID(forCue: cue.name)
            case .dialogue(let line): if let speaker { out.append((speaker, line)) }
            case .parenthetical, .note, .boneyard: continue
            default: speaker = nil
            }
        }
        return out
    }

    static func isChinese(_ text: String) -> Bool { text.unicodeScalars.contains { $0.properties.isIdeographic } }

    @Test(arguments: [Language.en, .zh], Genre.allCases)
    func everyLineOfAnEditionKeepsItsSourceLinesIDAndSpeaker(_ source: Language, _ genre: Genre) throws {
        let season = try Seasons.write(Seasons.request(genre, source, episodes: 30))
        let project = try project(season)
        let target: Language = source == .en ? .zh : .en
        let report = try EditionMaker(project: project, language: target).make()
        let edition = SeriesProject(root: EditionMaker.root(of: project.root, language: target))
        let editionSeries = try edition.loadBible().series
        #expect(editionSeries.language == target)
        #expect(editionSeries.characters.map(\.id) == season.series.characters.map(\.id))
        let scripts = edition.scriptsOnDisk()
        #expect(scripts.map(\.number) == Array(1...30))
        var recorded = report.record.lines[...]
        for (script, sourceScript) in zip(scripts, season.scripts) {
            let sourceLines = spoken(sourceScript.text, season.series)
            let editionLines = spoken(script.text, editionSeries)
            // Same count, same speakers, in the same order: line N is line N in both.
            #expect(editionLines.map(\.speaker) == sourceLines.map(\.speaker), "episode \(script.number)")
            for (index, (line, sourceLine)) in zip(editionLines, sourceLines).enumerated() {
                let record = try #require(recorded.first)
                recorded = recorded.dropFirst()
                #expect(record.id == LineID(episode: script.number, ordinal: index + 1))
                #expect(record.source == sourceLine.text && record.speaker == sourceLine.speaker)
                #expect(record.text == line.text)
                if record.origin == .transcreated {
                    #expect(Self.isChinese(line.text) == (target == .zh), "\(record.id): \(line.text)")
                    #expect(line.text != sourceLine.text)
                }
            }
        }
        #expect(recorded.isEmpty)
        // Every line the built-in writer wrote is transcreated, except a reveal whose secret
        // the other language's phrasebook does not have: those are reported.
        let untranslated = report.record.lines.filter { $0.origin == .untranslated }
        #expect(Double(untranslated.count) <= Double(report.record.lines.count) * 0.02, "\(untranslated.map(\.source))")
        let reveals = Set(season.series.secrets.map(\.reveal))
        for line in untranslated { #expect(reveals.contains(line.source), "\(line.id) \(line.source)") }
        if !untranslated.isEmpty {
            #expect(report.warnings.contains { $0.fieldPath?.hasPrefix("secrets[") == true })
        }
        // No transcreated line is said twice in the season.
        let said = report.record.lines.filter { $0.origin == .transcreated }.map(\.text)
        #expect(Set(said).count == said.count)
    }

    @Test func transcreatedLinesFitTheirSourceLinesTime() throws {
        let project = try project(Seasons.romanceEN80)
        let report = try EditionMaker(project: project, language: .zh).make()
        let lines = report.record.lines.filter { $0.origin == .transcreated }
        let within = lines.filter { line in
            let seconds = SpokenLength.seconds(line.text, language: .zh)
            return abs(seconds - line.budgetSeconds) <= max(0.8, line.budgetSeconds * 0.35)
        }
        // The writer picks the line of the same move closest in length (Chinese lines of the
        // phrasebook run longer than English ones; re-voicing fits the rest by tempo or re-timed
        // shots): most lines fit their slot, and the typical one is close.
        #expect(Double(within.count) >= Double(lines.count) * 0.55, "\(within.count) of \(lines.count)")
        let ratios = lines.map { SpokenLength.seconds($0.text, language: .zh) / max(0.3, $0.budgetSeconds) }.sorted()
        #expect((0.8...1.3).contains(ratios[ratios.count / 2]))
        print("edition fit: \(within.count) of \(lines.count) within 0.8 s or 35 %; median ratio \(ratios[ratios.count / 2]), p10 \(ratios[ratios.count / 10]), p90 \(ratios[ratios.count * 9 / 10])")
    }

    @Test func namesFollowEachCharactersRuleEverywhere() throws {
        let season = Seasons.romanceEN80
        let project = try project(season) { series in
            let ids = series.characters.map(\.id)
            series.localization.characterNames[ids[0]] = [.zh: "林晚"]
            series.localization.nameRules[ids[1]] = .keep
            series.localization.nameRules[ids[2]] = .localize
            series.localization.titles[.zh] = "契约娇妻"
            series.localization.propNames[series.props[0].id] = [.zh: "那份合同"]
        }
        let source = try project.loadBible().series
        let report = try EditionMaker(project: project, language: .zh).make()
        let edition = SeriesProject(root: EditionMaker.root(of: project.root, language: .zh))
        let series = try edition.loadBible().series
        let members = series.characters
        #expect(members[0].name == "林晚")
        #expect(members[1].name == source.characters[1].name)
        #expect(Self.isChinese(members[2].name) && !members[2].name.contains("·"))
        // The rest are transliterated: a foreign name in characters, given name first.
        #expect(members[3].name.contains("·"))
        #expect(series.title == "契约娇妻")
        #expect(series.props[0].name == "那份合同")
        let episode1 = try #require(edition.scriptsOnDisk().first).text
        #expect(episode1.contains("Title: 契约娇妻"))
        #expect(episode1.contains("@林晚"))
        #expect(!episode1.contains(source.characters[0].cue + "\n"))
        #expect(report.warnings.allSatisfy { $0.fieldPath != "title" })
        // The names survive a round trip through series.yaml.
        #expect(try project.loadBible().series.localization == source.localization)
    }

    @Test func aNameNoRuleCanGiveStopsTheEditionAtItsField() throws {
        let project = try project(Seasons.romanceEN80) { series in
            series.characters[1].name = "Zorblax Quux"
        }
        let error = try #require(throws: StoryEngineError.self) { try EditionMaker(project: project, language: .zh).make() }
        #expect(error.code == .invalidEdition)
        let problem = try #require(error.diagnostics.first)
        #expect(problem.fieldPath == "characters[1].name")
        #expect(problem.message.contains("Zorblax Quux"))
        #expect(problem.hint?.contains("names: {zh:") == true)
        #expect(!FileManager.default.fileExists(atPath: EditionMaker.root(of: project.root, language: .zh).path))
    }

    @Test func aPersonsTranslationSurvivesRerunsAndIsFlaggedWhenItsSourceChanges() throws {
        let project = try project(Seasons.romanceEN80)
        let maker = EditionMaker(project: project, language: .zh)
        var record = try maker.make().record
        let first = record.lines[0]
        record.lines[0].text = "人工翻译的台词。"
        record.lines[0].origin = .human
        try record.write(to: maker.recordURL)
        let again = try maker.make().record
        #expect(again.lines[0].text == "人工翻译的台词。" && again.lines[0].origin == .human && again.lines[0].stale == nil)
        #expect(try #require(SeriesProject(root: maker.root).scriptsOnDisk().first).text.contains("人工翻译的台词。"))
        // The source line changes: the person's words stay, marked for review.
        let url = project.episodeURL(1)
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: first.source, with: "A new line nobody has translated.")
        try AtomicFile.write(text, to: url)
        let third = try maker.make().record
        #expect(third.lines[0].text == "人工翻译的台词。" && third.lines[0].stale == true)
        #expect(third.lines[0].source == "A new line nobody has translated.")
        // It stays marked on every later run until a person confirms it.
        let fourth = try maker.make().record
        #expect(fourth.lines[0].stale == true)
        let series = try SeriesProject(root: maker.root).loadBible().series
        let confirmed = maker.exportXLIFF(fourth, series: series).replacingOccurrences(
            of: "state=\"needs-review-translation\"", with: "state=\"final\"")
        let (imported, changed) = try maker.importXLIFF(confirmed, shown: "zh.xlf", into: fourth)
        #expect(changed >= 1)
        try imported.write(to: maker.recordURL)
        let fifth = try maker.make().record
        #expect(fifth.lines[0].stale == nil && fifth.lines[0].origin == .human && fifth.lines[0].text == "人工翻译的台词。")
    }

    @Test func aLineAPersonWroteIsReportedForATranslator() throws {
        let season = Seasons.romanceEN80
        let project = try project(season)
        let url = project.episodeURL(2)
        let sourceLine = try #require(spoken(season.scripts[1].text, season.series).first)
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: sourceLine.text, with: "Nobody in this city owes me anything.")
        try AtomicFile.write(text, to: url)
        let record = try EditionMaker(project: project, language: .zh).make().record
        let line = try #require(record.byID[LineID(episode: 2, ordinal: 1)])
        #expect(line.origin == .untranslated && line.text == "Nobody in this city owes me anything.")
    }

    @Test func anEditionInTheSeriesOwnLanguageIsRefused() throws {
        let project = try project(Seasons.romanceEN80)
        let error = try #require(throws: StoryEngineError.self) { try EditionMaker(project: project, language: .en).make() }
        #expect(error.message.contains("--to zh"))
    }

    @Test func namesAreTransliteratedBothWays() {
        let tables = NameTables.builtIn
        #expect(tables.transliterate("Grace Hart", from: .en, to: .zh, surnameFirst: false) == "格蕾丝·哈特")
        #expect(tables.transliterate("Theo Wells", from: .en, to: .zh, surnameFirst: false) == "西奥·韦尔斯")
        #expect(tables.transliterate("许书瑶", from: .zh, to: .en, surnameFirst: false) == "Shuyao Xu")
        #expect(tables.transliterate("欧阳书瑶", from: .zh, to: .en, surnameFirst: false) == "Shuyao Ouyang")
        #expect(tables.transliterate("单雄信", from: .zh, to: .en, surnameFirst: true) == "Shan Xiongxin")
        #expect(tables.transliterate("许念安", from: .zh, to: .en, surnameFirst: true) == "Xu Nian'an")
        #expect(tables.transliterate("Zorblax", from: .en, to: .zh, surnameFirst: false) == nil)
        #expect(LineID("ep007-L0012") == LineID(episode: 7, ordinal: 12))
        #expect(LineID(episode: 7, ordinal: 12).description == "ep007-L0012")
        #expect(LineID("ep7") == nil && LineID("ep001-L0000") == nil)
    }
}

/// Translators in the loop: an edition's lines out to XLIFF and back.
@Suite struct EditionXLIFFTests {
    func edition() throws -> (EditionMaker, EditionRecord, Series) {
        let season = try Seasons.write(Seasons.request(.romance, .en, episodes: 4))
        let root = try temporaryDirectory("cliff-xliff").appendingPathComponent("show")
        let project = try SeriesProject.create(at: root, series: season.series, scripts: season.scripts)
        let maker = EditionMaker(project: project, language: .zh)
        let record = try maker.make().record
        return (maker, record, try SeriesProject(root: maker.root).loadBible().series)
    }

    @Test func anEditedTargetComesBackAsAPersonsTranslation() throws {
        let (maker, record, series) = try edition()
        let xliff = maker.exportXLIFF(record, series: series)
        let (document, problems) = XLIFFReader.read(xliff, file: "zh.xlf")
        #expect(problems.isEmpty)
        let units = try #require(document).files.flatMap(\.units)
        #expect(units.map(\.id) == record.lines.map(\.id.description))
        #expect(units.allSatisfy { $0.notes.first?.hasPrefix("Speak within") == true && $0.speaker != nil })
        let id = record.lines[2].id.description
        let edited = xliff.replacingOccurrences(of: ">\(TextEscaping.xml(record.lines[2].text))</target>", with: ">我来翻译这一句。</target>")
        #expect(edited != xliff)
        let (updated, changed) = try maker.importXLIFF(edited, shown: "zh.xlf", into: record)
        #expect(changed == 1)
        let line = try #require(updated.byID[LineID(id)!])
        #expect(line.text == "我来翻译这一句。" && line.origin == .human)
        #expect(updated.lines.filter { $0.origin == .human }.count == 1)
    }

    @Test func aMismatchedFileIsRefusedWholeAtItsLines() throws {
        let (maker, record, series) = try edition()
        var xliff = maker.exportXLIFF(record, series: series)
        xliff = xliff.replacingOccurrences(of: ">\(TextEscaping.xml(record.lines[0].text))</target>", with: ">改了。</target>")
        xliff = xliff.replacingOccurrences(of: "id=\"\(record.lines[1].id)\"", with: "id=\"ep099-L0001\"")
        xliff = xliff.replacingOccurrences(of: "cliff:source-digest=\"\(record.lines[3].sourceDigest)\"", with: "cliff:source-digest=\"0000000000000000\"")
        let error = try #require(throws: StoryEngineError.self) { try maker.importXLIFF(xliff, shown: "zh.xlf", into: record) }
        #expect(error.message.contains("nothing was changed"))
        #expect(error.diagnostics.count == 2)
        let lines = xliff.split(separator: "\n", omittingEmptySubsequences: false)
        for problem in error.diagnostics {
            let line = try #require(problem.line)
            #expect(lines[line - 1].contains("ep099-L0001") || lines[line - 1].contains(record.lines[3].id.description), "\(problem)")
            #expect(problem.file == "zh.xlf" && problem.column != nil && problem.hint != nil)
        }
        let broken = String(xliff.prefix(xliff.count / 2))
        let malformed = try #require(throws: StoryEngineError.self) { try maker.importXLIFF(broken, shown: "zh.xlf", into: record) }
        #expect(malformed.diagnostics.first?.line != nil)
    }
}
