import DramaModel
import Foundation
import Screenplay
import Testing
@testable import StoryEngine

@Suite struct PhrasebookTests {
    @Test(arguments: Genre.allCases, Language.written)
    func everyBuiltInPhrasebookLoads(genre: Genre, language: Language) throws {
        let kit = try GenreKit(genre: genre, language: language)
        for section in Phrasebook.dialogueMoves {
            #expect(kit.templates(section).count >= 30, "\(genre) \(language) [\(section)] has only \(kit.templates(section).count)")
        }
        #expect(kit.secrets.filter(\.major).count >= 4)
        #expect(kit.places.count >= 8)
    }

    @Test func unknownSlotIsRejected() {
        #expect(throws: PhrasebookProblem.self) { try Template(key: "t", text: "Hello {nobody}") }
        #expect(throws: PhrasebookProblem.self) { try Template(key: "t", text: "Unclosed {to") }
    }

    @Test func unknownSectionIsRejected() {
        #expect(throws: PhrasebookProblem.self) { try Phrasebook(source: "[acuse]\nYou did it.", name: "test") }
    }
}

@Suite struct BibleTests {
    @Test func premiseNamesTheProtagonistAndCounterpart() {
        let reading = PremiseReading("A broke intern signs a contract marriage with a cold CEO", language: .en)
        #expect(reading.people.map(\.label) == ["the broke intern", "the cold CEO"])
        #expect(PremiseReading("A betrayed wife returns to destroy her husband", language: .en).protagonistGender == .female)
    }

    @Test(arguments: [
        ("A broke intern signs a contract marriage with a cold CEO", Genre.romance),
        ("A humiliated son-in-law takes his revenge", .revenge),
        ("A detective hunts the killer of her sister", .suspense),
        ("A maid in the emperor's palace outwits the noble consort", .palace),
        ("冷宫弃妃凭医术翻身", .palace),
    ])
    func genreIsGuessedFromThePremise(premise: String, genre: Genre) {
        #expect(GenreGuess.guess(premise) == genre)
    }

    @Test func builtBibleValidatesAndUsesThePremise() throws {
        let series = Seasons.romanceEN80.series
        let loaded = try SeriesLoader.load(yaml: SeriesYAMLWriter.yaml(for: series))
        #expect(loaded.series == series)
        #expect(series.character(role: .protagonist)?.archetype == "the broke intern")
        #expect(series.character(role: .lead)?.archetype == "the cold CEO")
        #expect(series.format.paywallEpisode == 10)
        #expect(Set(series.characters.map(\.cue)).count == series.characters.count)
    }

    @Test func twoPremisesInOneGenreMakeDifferentShows() throws {
        let a = try Seasons.write(PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 20))
        let b = try Seasons.write(PremiseRequest(premise: "A runaway bride hides as the maid of the billionaire she jilted", episodes: 20))
        #expect(a.series.genre == b.series.genre)
        #expect(a.series.title != b.series.title)
        #expect(Set(a.series.characters.map(\.name)).isDisjoint(with: b.series.characters.map(\.name)))
        #expect(a.series.secrets.map(\.id) != b.series.secrets.map(\.id))
        let linesA = Set(a.scripts.flatMap { Seasons.dialogue($0.document).map(\.line) })
        let linesB = Set(b.scripts.flatMap { Seasons.dialogue($0.document).map(\.line) })
        let shared = Double(linesA.intersection(linesB).count) / Double(linesA.count)
        #expect(shared < 0.25, "the two shows share \(Int(shared * 100)) % of their lines")
    }

    @Test func outOfRangeRequestsAreRejected() {
        let writer = BeatSheetWriter()
        #expect(throws: StoryEngineError.self) { try writer.makeBible(PremiseRequest(premise: "x", episodes: 0)) }
        #expect(throws: StoryEngineError.self) { try writer.makeBible(PremiseRequest(premise: "x", targetSeconds: 10)) }
        #expect(throws: StoryEngineError.self) { try writer.makeBible(PremiseRequest(premise: "  ")) }
    }
}

@Suite struct SeasonStructureTests {
    @Test func sameSeedWritesByteIdenticalScripts() throws {
        let again = try Seasons.write(Seasons.request(.romance, .en))
        #expect(again.series == Seasons.romanceEN80.series)
        #expect(again.scripts.map(\.text) == Seasons.romanceEN80.scripts.map(\.text))
        let other = try Seasons.write(Seasons.request(.romance, .en, seed: 12))
        #expect(other.scripts.map(\.text) != Seasons.romanceEN80.scripts.map(\.text))
    }

    @Test func everyEpisodeOpensOnAHookAndEndsOnACliffhanger() {
        for script in Seasons.romanceEN80.scripts {
            let elements = script.document.elements
            let beats = elements.compactMap { if case .note(let n) = $0, n.hasPrefix("beat: ") { String(n.dropFirst(6)) } else { nil } }
            #expect(beats.first == "hook", "episode \(script.number) opens on \(beats.first ?? "nothing")")
            #expect(beats.last == "cliffhanger", "episode \(script.number) ends on \(beats.last ?? "nothing")")
            // The hook is spoken within the first lines after the scene heading.
            let firstDialogue = elements.firstIndex { if case .dialogue = $0 { true } else { false } }
            #expect((firstDialogue ?? 99) <= 9, "episode \(script.number): first line at element \(firstDialogue ?? -1)")
            // Nothing is spoken after the cliffhanger line but the final image.
            let lastDialogue = elements.lastIndex { if case .dialogue = $0 { true } else { false } }!
            let cliffNote = elements.lastIndex { $0 == .note("beat: cliffhanger") }!
            #expect(lastDialogue > cliffNote)
        }
    }

    @Test func aMajorReversalLandsRightBeforeThePaywall() throws {
        let season = Seasons.romanceEN80
        let paywall = try #require(season.series.format.paywallEpisode)
        let reversal = try #require(season.plan.episode(paywall - 1))
        #expect(reversal.isReversal)
        let secrets = reversal.reveals.compactMap { id in season.series.secrets.first { $0.id == id } }
        #expect(secrets.contains { $0.major }, "episode \(paywall - 1) reveals \(reversal.reveals)")
        #expect(season.plan.episode(paywall)?.isPaywall == true)
    }

    @Test func theFinalePaysTheArcsOff() throws {
        let season = Seasons.romanceEN80
        let finale = try #require(season.plan.episodes.last)
        #expect(finale.isFinale)
        #expect(finale.beats.contains { $0.kind == .triumph })
        #expect(finale.reveals.contains { id in season.series.secrets.first { $0.id == id }?.major == true })
        let antagonist = try #require(season.series.character(role: .antagonist))
        #expect(finale.closingEvents.contains(.exit(character: antagonist.id)))
        #expect(season.series.arcs.allSatisfy { $0.episodes.upperBound <= finale.number })
        // Every scheduled secret comes out by the end, once.
        let revealed = season.plan.episodes.flatMap(\.reveals)
        #expect(Set(revealed) == Set(season.series.secrets.map(\.id)))
        #expect(revealed.count == Set(revealed).count)
    }

    @Test(arguments: Genre.allCases, Language.written)
    func eightyEpisodesNeverRepeatALine(genre: Genre, language: Language) throws {
        let season = try Seasons.write(Seasons.request(genre, language))
        var seen: [String: Int] = [:]
        for script in season.scripts {
            for (_, line) in Seasons.dialogue(script.document) {
                if let first = seen[line] {
                    Issue.record("“\(line)” is said in episode \(first) and again in episode \(script.number)")
                } else {
                    seen[line] = script.number
                }
            }
        }
        #expect(seen.count > 80 * 15)
    }

    @Test(arguments: [(Language.en, 90), (.en, 60), (.en, 15), (.en, 180), (.zh, 90), (.zh, 30)])
    func everyEpisodeLandsWithin15PercentOfItsTarget(language: Language, target: Int) throws {
        let season = try Seasons.write(Seasons.request(.romance, language, episodes: 80, target: target))
        for script in season.scripts {
            let estimate = script.estimatedSeconds
            #expect(abs(estimate - Double(target)) <= Double(target) * 0.15, "episode \(script.number): \(Int(estimate)) s for a \(target) s target")
            // The estimate is the script's lines, the cut's share of the episode, and a whole
            // number of reaction close-ups.
            let lines = Seasons.dialogue(script.document).reduce(SpokenLength.episodeSeconds) { $0 + SpokenLength.seconds($1.line, language: language) }
            let reactions = (estimate - lines) / SpokenLength.reactionSeconds
            #expect(reactions > -0.01 && abs(reactions - reactions.rounded()) < 0.01, "episode \(script.number): \(estimate) s is not its lines (\(lines) s) and whole reactions")
        }
    }

    @Test func everyScriptIsFountainThatRoundTrips() {
        for script in Seasons.romanceEN80.scripts + Seasons.romanceZH80.scripts {
            let parsed = FountainParser.parse(script.text)
            #expect(parsed.elements == script.document.elements, "episode \(script.number)")
            #expect(parsed.titlePage == script.document.titlePage)
        }
    }
}

@Suite struct ChineseOutputTests {
    @Test func chineseScriptsAreChineseThroughout() throws {
        let season = Seasons.romanceZH80
        #expect(season.series.characters.allSatisfy { $0.name.unicodeScalars.allSatisfy { $0.properties.isIdeographic } })
        #expect(season.series.title.unicodeScalars.contains { $0.properties.isIdeographic })
        for script in season.scripts {
            for (cue, line) in Seasons.dialogue(script.document) {
                // Loanword acronyms (DNA, U盘, B超, WiFi) are Chinese usage; English words are not.
                let latinWords = line.split { !($0.isASCII && $0.isLetter) }
                #expect(latinWords.allSatisfy { $0.count <= 4 }, "episode \(script.number), \(cue): \(line)")
                #expect(line.unicodeScalars.filter { $0.properties.isIdeographic }.count >= 3)
            }
            for element in script.document.elements {
                if case .sceneHeading(let heading) = element { #expect(heading.text.hasPrefix("内景") || heading.text.hasPrefix("外景")) }
                if case .character(let cue) = element { #expect(cue.forced) }
            }
        }
        let all = season.scripts.flatMap { Seasons.dialogue($0.document).map(\.line) }.joined()
        #expect(all.contains("，") && all.contains("。") && all.contains("？"))
    }

    @Test func chineseScriptsValidateAgainstTheirBible() {
        let season = Seasons.romanceZH80
        let scripts = season.scripts.map { ($0.number, EpisodeScript.fileName($0.number), $0.text) }
        #expect(ScriptChecker(series: season.series).check(scripts).isEmpty)
    }
}

/// The dialogue planner: in the middle of an episode, lines come in exchanges of a call and its
/// answer — an accusation and a denial or a counter, a question and an answer or a deflection —
/// the answer said by the one spoken to. Only a call that can stand alone (a threat, a taunt, an
/// order) ever ends an exchange unanswered.
@Suite struct DialogueExchangeTests {
    @Test(arguments: [(Genre.romance, Language.en), (.revenge, .zh), (.palace, .en), (.suspense, .zh)])
    func everyCallInTheMiddleOfAnEpisodeIsAnswered(genre: Genre, language: Language) throws {
        var answered = 0
        try Seasons.eachDraft(Seasons.request(genre, language, episodes: 30)) { _, episode, draft in
            for (beat, lines) in zip(episode.beats, draft.lines) where ![.hook, .reveal, .cliffhanger].contains(beat.kind) {
                let said = lines.compactMap(\.said).filter { !$0.isFixed }
                for (number, group) in Dictionary(grouping: said, by: \.exchange) {
                    if group.count == 2 {
                        answered += 1
                        #expect(group[0].speaker != group[1].speaker, "episode \(episode.number): one speaker answers themself")
                        #expect(group[0].listener == group[1].speaker, "episode \(episode.number): the answer comes from someone not spoken to")
                    } else {
                        #expect(group.count == 1 && SeasonComposer.standsAlone.contains(group[0].move),
                                "episode \(episode.number), \(beat.kind) exchange \(number) is left hanging: \(group.map { "\($0.move): \($0.text)" })")
                    }
                }
            }
        }
        #expect(answered > 30 * 4)
    }

    /// Defiance, swallowing an insult and the payoff are the underdog's: in every genre and
    /// language, none of them is said by the antagonist, the rival or the elder.
    @Test(arguments: Genre.allCases, Language.written)
    func theUnderdogsMovesAreSaidOnlyByTheUnderdogsSide(genre: Genre, language: Language) throws {
        var checked = 0
        try Seasons.eachDraft(Seasons.request(genre, language, episodes: 30)) { series, episode, draft in
            for said in draft.lines.joined().compactMap(\.said) {
                guard let side = SeasonComposer.sides[said.move] else { continue }
                let role = try #require(series.character(id: said.speaker)?.role)
                #expect(Side(role) != side.opposite, "episode \(episode.number): the \(role.rawValue) says a \(said.move) line: \(said.text)")
                checked += 1
            }
        }
        #expect(checked > 20, "the season has underdog moves to check")
    }
}
