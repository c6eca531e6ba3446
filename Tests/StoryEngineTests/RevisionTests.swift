import DramaModel
import Foundation
import Screenplay
import Testing
@testable import StoryEngine

/// A beat of a written script, as read back from its Fountain.
struct ReadBeat: Equatable {
    var scene: Int
    var heading: String
    var kind: String
    /// `CUE: line` per dialogue line.
    var lines: [String]
    var actions: [String]
}

enum RevisionFixture {
    /// The unreleased part of the season the tests revise.
    static let unreleased = 41...80

    static func season(_ language: Language) -> Seasons.Season { language == .en ? Seasons.romanceEN80 : Seasons.romanceZH80 }

    static func revise(_ season: Seasons.Season, _ notes: [RevisionNote]) throws -> [ScriptRevision] {
        let reviser = try ScriptReviser(series: season.series, plan: season.plan)
        return try reviser.revise(season.scripts.filter { unreleased.contains($0.number) }, notes: notes)
    }

    static func beats(_ document: FountainDocument) -> [ReadBeat] {
        var out: [ReadBeat] = []
        var scene = -1
        var heading = ""
        var cue = ""
        for element in document.elements {
            switch element {
            case .sceneHeading(let h):
                scene += 1
                heading = h.text
            case .note(let note) where note.hasPrefix("beat: "):
                out.append(ReadBeat(scene: scene, heading: heading, kind: String(note.dropFirst(6)), lines: [], actions: []))
            case .character(let c): cue = c.name
            case .dialogue(let line) where !out.isEmpty: out[out.count - 1].lines.append("\(cue): \(line)")
            case .action(let text, _) where !out.isEmpty: out[out.count - 1].actions.append(text)
            default: continue
            }
        }
        return out
    }

    /// Checks what every revised season must keep: the bible's checker passes, no line is said
    /// twice, secrets are teased only by those who know them and only before they come out.
    static func expectSound(_ season: Seasons.Season, _ revisions: [ScriptRevision], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var texts = Dictionary(uniqueKeysWithValues: season.scripts.map { ($0.number, $0) })
        for revision in revisions { texts[revision.episode] = revision.script }
        let scripts = texts.keys.sorted().map { texts[$0]! }
        let files = scripts.map { ($0.number, "episodes/\(EpisodeScript.fileName($0.number))", $0.text) }
        let problems = ScriptChecker(series: season.series).check(files)
        #expect(problems.isEmpty, "\(problems.prefix(3))", sourceLocation: sourceLocation)
        var seen: [String: Int] = [:]
        var ledger = ContinuityLedger(series: season.series)
        for script in scripts {
            #expect(FountainParser.parse(script.text).elements == script.document.elements, sourceLocation: sourceLocation)
            var cue = ""
            for element in script.document.elements {
                if case .character(let c) = element { cue = c.name }
                if case .dialogue(let line) = element {
                    if let first = seen[line] {
                        Issue.record("“\(line)” is said in episode \(first) and again in \(script.number)", sourceLocation: sourceLocation)
                    }
                    seen[line] = seen[line] ?? script.number
                    let speaker = season.series.characters.first { $0.cue == cue }
                    for secret in season.series.secrets where line.contains(secret.hint) && line != secret.reveal {
                        #expect(speaker.map { ledger.knows($0.id, secret.id) } == true, "episode \(script.number): \(cue) teases \(secret.id) without knowing it", sourceLocation: sourceLocation)
                        #expect(ledger.revealed[secret.id] == nil, "episode \(script.number): \(secret.id) teased after it came out", sourceLocation: sourceLocation)
                    }
                }
                if case .note(let note) = element, let event = ContinuityEvent(note: note) { ledger.apply(event, episode: script.number) }
            }
        }
    }

    /// Every recorded change is real: a removed line is gone, an added one is there.
    static func expectChangesAreReal(_ season: Seasons.Season, _ revisions: [ScriptRevision], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for revision in revisions {
            let before = Set(Seasons.dialogue(season.scripts[revision.episode - 1].document).map(\.line))
            let after = Set(Seasons.dialogue(revision.script.document).map(\.line))
            // A later note may change a line an earlier one wrote: then the chain must hold.
            let changes = revision.changes.filter { $0.speaker != nil }
            for (index, change) in changes.enumerated() {
                let earlier = Set(changes[..<index].compactMap(\.after))
                let later = Set(changes[(index + 1)...].compactMap(\.before))
                if let old = change.before {
                    #expect(before.contains(old) || earlier.contains(old), "\(change)", sourceLocation: sourceLocation)
                    #expect(!after.contains(old), "\(change)", sourceLocation: sourceLocation)
                }
                if let new = change.after {
                    #expect(after.contains(new) || later.contains(new), "\(change)", sourceLocation: sourceLocation)
                    #expect(!before.contains(new), "\(change)", sourceLocation: sourceLocation)
                }
                #expect(change.episode == revision.episode, sourceLocation: sourceLocation)
            }
        }
    }

    static func note(_ action: RevisionNote.Action, beat: BeatKind? = nil, character: String? = nil, location: String? = nil, max: Int? = nil, strength: Double = 0.8) -> RevisionNote {
        RevisionNote(insight: "test:\(action.rawValue)", action: action, beat: beat, character: character, location: location,
                     maxLineCharacters: max, strength: strength, evidence: "a test finding")
    }
}

@Suite struct RevisionTests {
    @Test(arguments: Language.written)
    func anEmptyNoteListChangesNothing(language: Language) throws {
        let season = RevisionFixture.season(language)
        let revisions = try RevisionFixture.revise(season, [])
        #expect(revisions.count == RevisionFixture.unreleased.count)
        for revision in revisions {
            #expect(revision.changes.isEmpty)
            #expect(revision.script == season.scripts[revision.episode - 1])
        }
    }

    @Test func revisionsAreDeterministic() throws {
        let season = Seasons.romanceEN80
        let notes = [
            RevisionFixture.note(.shortenBeat, beat: .exposition), RevisionFixture.note(.revealEarlier),
            RevisionFixture.note(.featureCharacter, character: season.series.character(role: .rival)!.id),
            RevisionFixture.note(.shortenLines, max: 40), RevisionFixture.note(.strongerHook), RevisionFixture.note(.strongerCliffhanger),
        ]
        let first = try RevisionFixture.revise(season, notes)
        let second = try RevisionFixture.revise(season, notes)
        #expect(first == second)
        #expect(first.contains { !$0.changes.isEmpty })
        RevisionFixture.expectSound(season, first)
        RevisionFixture.expectChangesAreReal(season, first)
    }

    @Test(arguments: Language.written)
    func shortenBeatCutsThatBeatKindAndNothingElse(language: Language) throws {
        let season = RevisionFixture.season(language)
        let revisions = try RevisionFixture.revise(season, [RevisionFixture.note(.shortenBeat, beat: .exposition, strength: 0.7)])
        var cut = 0
        for revision in revisions {
            let before = RevisionFixture.beats(season.scripts[revision.episode - 1].document)
            let after = RevisionFixture.beats(revision.script.document)
            try #require(before.map(\.kind) == after.map(\.kind))
            for (old, new) in zip(before, after) {
                if old.kind == "exposition" {
                    #expect(new.lines.count <= old.lines.count)
                    #expect(new.lines.count >= 1)
                    cut += old.lines.count - new.lines.count
                } else {
                    #expect(old == new, "episode \(revision.episode): a \(old.kind) beat changed")
                }
            }
            #expect(revision.changes.allSatisfy { $0.beat == .exposition && $0.note.action == .shortenBeat })
            #expect(revision.script.estimatedSeconds <= season.scripts[revision.episode - 1].estimatedSeconds + 0.001)
        }
        #expect(cut >= 20, "only \(cut) exposition lines cut")
        RevisionFixture.expectSound(season, revisions)
        RevisionFixture.expectChangesAreReal(season, revisions)
    }

    @Test(arguments: Language.written)
    func revealEarlierMovesTheRevealWithinItsEpisode(language: Language) throws {
        let season = RevisionFixture.season(language)
        let revisions = try RevisionFixture.revise(season, [RevisionFixture.note(.revealEarlier, strength: 1)])
        var moved = 0
        var movable = 0
        for revision in revisions {
            let original = season.scripts[revision.episode - 1]
            let before = RevisionFixture.beats(original.document)
            let after = RevisionFixture.beats(revision.script.document)
            #expect(before.count == after.count)
            #expect(revision.script.plan.reveals == original.plan.reveals, "the reveal left episode \(revision.episode)")
            guard let old = before.firstIndex(where: { $0.kind == "reveal" }) else {
                #expect(revision.changes.isEmpty)
                continue
            }
            let new = try #require(after.firstIndex { $0.kind == "reveal" })
            #expect(new == min(old, 1), "episode \(revision.episode): reveal at beat \(new), was \(old)")
            if new < old { moved += 1 }
            if old > 1 { movable += 1 }
            // The same beats, in another order; a line changes only when the change says so.
            let replaced = Set(revision.changes.filter { $0.kind == .replaced }.compactMap(\.after))
            let keptLines = after.flatMap(\.lines).filter { line in !replaced.contains { line.hasSuffix(": " + $0) } }
            #expect(Set(keptLines).isSubset(of: Set(before.flatMap(\.lines))))
            #expect(after.map(\.kind).sorted() == before.map(\.kind).sorted())
        }
        #expect(moved == movable && moved >= 3, "\(moved) of \(movable) reveals moved")
        RevisionFixture.expectSound(season, revisions)
        RevisionFixture.expectChangesAreReal(season, revisions)
    }

    @Test(arguments: Language.written)
    func featureAndReduceCharacterChangeOnlyTheirBeats(language: Language) throws {
        let season = RevisionFixture.season(language)
        let rival = try #require(season.series.character(role: .rival))
        for action in [RevisionNote.Action.featureCharacter, .reduceCharacter] {
            let revisions = try RevisionFixture.revise(season, [RevisionFixture.note(action, character: rival.id, strength: 0.7)])
            var linesBefore = 0
            var linesAfter = 0
            for revision in revisions {
                let before = RevisionFixture.beats(season.scripts[revision.episode - 1].document)
                let after = RevisionFixture.beats(revision.script.document)
                try #require(before.map(\.kind) == after.map(\.kind))
                for (old, new) in zip(before, after) where !old.lines.contains(where: { $0.hasPrefix(rival.cue + ":") }) {
                    #expect(old == new, "episode \(revision.episode): a beat without \(rival.cue) changed")
                }
                linesBefore += before.flatMap(\.lines).filter { $0.hasPrefix(rival.cue + ":") }.count
                linesAfter += after.flatMap(\.lines).filter { $0.hasPrefix(rival.cue + ":") }.count
            }
            if action == .featureCharacter {
                #expect(linesAfter >= linesBefore + 20, "\(rival.cue): \(linesBefore) → \(linesAfter) lines")
            } else {
                #expect(linesAfter <= linesBefore - 20, "\(rival.cue): \(linesBefore) → \(linesAfter) lines")
            }
            RevisionFixture.expectSound(season, revisions)
            RevisionFixture.expectChangesAreReal(season, revisions)
        }
    }

    @Test(arguments: [(Language.en, 40), (.zh, 30)])
    func shortenLinesBringsLongLinesUnderTheWidth(language: Language, width: Int) throws {
        let season = RevisionFixture.season(language)
        let revisions = try RevisionFixture.revise(season, [RevisionFixture.note(.shortenLines, max: width, strength: 1)])
        let reveals = Set(season.series.secrets.map(\.reveal))
        var longBefore = 0
        var longAfter = 0
        for revision in revisions {
            let before = Seasons.dialogue(season.scripts[revision.episode - 1].document).map(\.line).filter { !reveals.contains($0) }
            let after = Seasons.dialogue(revision.script.document).map(\.line).filter { !reveals.contains($0) }
            #expect(before.count == after.count)
            longBefore += before.filter { DisplayWidth.of($0) > width }.count
            longAfter += after.filter { DisplayWidth.of($0) > width }.count
            for change in revision.changes {
                #expect(change.kind == .replaced)
                #expect(DisplayWidth.of(change.after!) <= width)
                #expect(DisplayWidth.of(change.before!) > width)
            }
        }
        #expect(longBefore >= 50)
        // Chinese lines are often one long sentence with no shorter line of the same move.
        #expect(longAfter * (language == .en ? 5 : 3) <= longBefore, "\(longBefore) long lines before, \(longAfter) after")
        RevisionFixture.expectSound(season, revisions)
        RevisionFixture.expectChangesAreReal(season, revisions)
    }

    @Test(arguments: Language.written)
    func strongerHookAndCliffhangerTouchOnlyTheFirstAndLastBeats(language: Language) throws {
        let season = RevisionFixture.season(language)
        for action in [RevisionNote.Action.strongerHook, .strongerCliffhanger] {
            let revisions = try RevisionFixture.revise(season, [RevisionFixture.note(action, strength: 1)])
            let target = action == .strongerHook ? "hook" : "cliffhanger"
            var changed = 0
            for revision in revisions {
                let before = RevisionFixture.beats(season.scripts[revision.episode - 1].document)
                let after = RevisionFixture.beats(revision.script.document)
                try #require(before.map(\.kind) == after.map(\.kind))
                for (old, new) in zip(before, after) where old.kind != target { #expect(old == new) }
                if before != after { changed += 1 }
                if action == .strongerHook {
                    let first = try #require(Seasons.dialogue(revision.script.document).first?.line)
                    let old = try #require(Seasons.dialogue(season.scripts[revision.episode - 1].document).first?.line)
                    let seconds = SpokenLength.seconds(first, language: language)
                    #expect(seconds <= max(2.0, SpokenLength.seconds(old, language: language)) + 0.001)
                }
            }
            #expect(changed >= RevisionFixture.unreleased.count / 2, "\(action): \(changed) episodes changed")
            RevisionFixture.expectSound(season, revisions)
            RevisionFixture.expectChangesAreReal(season, revisions)
        }
    }

    @Test(arguments: Language.written)
    func shortenLocationCutsScenesThere(language: Language) throws {
        let season = RevisionFixture.season(language)
        // The place with the most scenes in the unreleased episodes.
        let counts = Dictionary(grouping: season.plan.episodes.filter { RevisionFixture.unreleased.contains($0.number) }.flatMap(\.scenes), by: \.location)
        let place = try #require(counts.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key)
        let name = try #require(season.series.locations.first { $0.id == place }?.name)
        let revisions = try RevisionFixture.revise(season, [RevisionFixture.note(.shortenLocation, location: place, strength: 0.7)])
        var cut = 0
        for revision in revisions {
            let before = RevisionFixture.beats(season.scripts[revision.episode - 1].document)
            let after = RevisionFixture.beats(revision.script.document)
            for (old, new) in zip(before, after) {
                if old.heading.contains(name) { cut += old.lines.count - new.lines.count } else { #expect(old == new) }
            }
        }
        #expect(cut >= 10)
        RevisionFixture.expectSound(season, revisions)
    }

    @Test func aScriptEditedByHandIsRefused() throws {
        let season = Seasons.romanceEN80
        var edited = season.scripts[44]
        edited.text += "\nA line added by hand.\n"
        let reviser = try ScriptReviser(series: season.series, plan: season.plan)
        #expect { try reviser.revise(edited, notes: [RevisionFixture.note(.strongerHook)]) } throws: {
            ($0 as? StoryEngineError)?.code == .editedScripts
        }
    }

    @Test func notesMissingWhatTheyNeedAreRefused() throws {
        let season = Seasons.romanceEN80
        let reviser = try ScriptReviser(series: season.series, plan: season.plan)
        for note in [
            RevisionFixture.note(.shortenBeat), RevisionFixture.note(.featureCharacter, character: "nobody"),
            RevisionFixture.note(.shortenLocation, location: "mars"), RevisionFixture.note(.shortenLines, max: 0),
        ] {
            #expect { try reviser.revise(season.scripts[44], notes: [note]) } throws: {
                ($0 as? StoryEngineError)?.code == .invalidRequest && "\($0)".contains(note.action.rawValue)
            }
        }
    }

    @Test func aChangeSaysWhereWhatAndWhy() throws {
        let season = Seasons.romanceEN80
        let note = RevisionFixture.note(.shortenBeat, beat: .exposition)
        let revisions = try RevisionFixture.revise(season, [note])
        let change = try #require(revisions.flatMap(\.changes).first { $0.kind == .removed && $0.speaker != nil })
        let text = change.description
        #expect(text.hasPrefix("ep \(change.episode), scene \(change.scene + 1) (exposition), line "))
        #expect(text.contains(change.before!) && text.contains("shorten-beat") && text.contains("a test finding"))
        let encoded = try JSONEncoder().encode(change)
        #expect(try JSONDecoder().decode(RevisionChange.self, from: encoded) == change)
    }
}
