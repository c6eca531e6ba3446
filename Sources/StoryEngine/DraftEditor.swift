import DramaModel
import Foundation

/// Applies revision notes to one episode's draft, beat by beat, and remembers what each note
/// changed. New lines come from `pen`: the season's writer as it stood when the episode was
/// drafted, on its own random stream and knowing every line the season says.
struct DraftEditor {
    typealias Line = SeasonComposer.Line
    typealias Said = SeasonComposer.Said

    /// A beat being edited: `id` is its index in the original draft, `scene` its scene now.
    struct Beat {
        var id: Int
        var plan: BeatPlan
        var scene: Int
        var lines: [Line]
    }

    /// A change, before line numbers are known.
    struct Pending {
        var note: RevisionNote
        var kind: RevisionChange.Kind
        var beat: Int
        var speaker: String?
        var before: String?
        var after: String?
    }

    let series: Series
    let original: SeasonComposer.Draft
    var pen: SeasonComposer
    var scenes: [ScenePlan]
    var beats: [Beat]
    private(set) var pending: [Pending] = []

    init(series: Series, draft: SeasonComposer.Draft, pen: SeasonComposer) {
        self.series = series
        original = draft
        self.pen = pen
        scenes = draft.plan.scenes
        var beats: [Beat] = []
        for (sceneIndex, scene) in draft.plan.scenes.enumerated() {
            for plan in scene.beats {
                beats.append(Beat(id: beats.count, plan: plan, scene: sceneIndex, lines: draft.lines[beats.count]))
            }
        }
        self.beats = beats
    }

    var hasChanges: Bool { !pending.isEmpty }

    static let middleKinds: Set<BeatKind> = Set(BeatKind.allCases).subtracting([.hook, .reveal, .cliffhanger])

    // MARK: Notes

    mutating func apply(_ note: RevisionNote) {
        guard note.strength > 0 else { return }
        switch note.action {
        case .shortenBeat:
            for index in beats.indices where beats[index].plan.kind == note.beat { shorten(beat: index, note: note) }
        case .shortenLocation:
            for index in beats.indices where scenes[beats[index].scene].location == note.location { shorten(beat: index, note: note) }
        case .revealEarlier:
            for id in beats.filter({ $0.plan.kind == .reveal }).map(\.id) { moveEarlier(reveal: id, note: note) }
        case .featureCharacter:
            feature(note.character ?? "", note: note)
        case .reduceCharacter:
            reduce(note.character ?? "", note: note)
        case .shortenLines:
            shortenLines(maxWidth: note.maxLineCharacters ?? (series.language == .zh ? 32 : 42), note: note)
        case .strongerHook:
            strengthenHook(note: note)
        case .strongerCliffhanger:
            strengthenCliffhanger(note: note)
        }
    }

    /// Fewer and shorter lines: whole exchanges cut from the end of a middle beat (its first
    /// exchange stays), the reply of a hook, the lead-in and reaction around a reveal; at
    /// strength 0.5 and above the lines left are swapped for shorter ones of the same move.
    mutating func shorten(beat index: Int, note: RevisionNote) {
        let strength = note.strength
        let kind = beats[index].plan.kind
        let dialogue = beats[index].lines.compactMap(\.said)
        switch kind {
        case .hook, .cliffhanger:
            if kind == .hook, dialogue.count > 1, strength >= 0.3 { cut(beat: index, from: position(of: dialogue[1], in: index), note: note) }
        case .reveal:
            for said in dialogue where !said.isFixed {
                let isLeadIn = position(of: said, in: index) < (beats[index].lines.firstIndex { $0.said?.isFixed == true } ?? 0)
                if isLeadIn || strength >= 0.5 { remove(said, from: index, note: note) }
            }
        default:
            let exchanges = Array(Set(dialogue.map(\.exchange))).sorted()
            if exchanges.count > 1 {
                let drop = max(1, Int((Double(exchanges.count - 1) * strength).rounded()))
                let keep = exchanges.count - drop
                if let from = beats[index].lines.firstIndex(where: { ($0.said?.exchange ?? -1) >= exchanges[keep] }) {
                    cut(beat: index, from: from, note: note)
                }
            }
        }
        guard strength >= 0.5 else { return }
        for said in beats[index].lines.compactMap(\.said) where !said.isFixed {
            let seconds = self.seconds(said.text)
            guard seconds > 2 else { continue }
            replace(said, in: index, note: note, maxSeconds: seconds * (1 - 0.35 * strength))
        }
    }

    /// Moves a reveal toward the start of the episode (right after the hook at strength 1),
    /// into the scene it lands in. Lines that named the old place are rewritten for the new one,
    /// and lines now after the reveal stop hinting at the secret it tells.
    mutating func moveEarlier(reveal id: Int, note: RevisionNote) {
        guard let from = beats.firstIndex(where: { $0.id == id }) else { return }
        let first = beats.first?.plan.kind == .hook ? 1 : 0
        guard from > first else { return }
        let to = first + Int((Double(from - first) * (1 - note.strength)).rounded(.down))
        guard to < from else { return }
        var beat = beats.remove(at: from)
        let oldScene = beat.scene
        beat.scene = beats[to].scene
        beats.insert(beat, at: to)
        let where_ = { (scene: Int, position: Int) in "scene \(scene + 1), beat \(position + 1)" }
        pending.append(Pending(note: note, kind: .moved, beat: id, before: where_(oldScene, from), after: where_(beat.scene, to)))

        if beat.scene != oldScene, let oldPlace = spokenPlace(scenes[oldScene].location) {
            for said in beat.lines.compactMap(\.said) where !said.isFixed && said.text.contains(oldPlace) {
                replace(said, in: to, note: note)
            }
        }
        guard let secret = beat.plan.secret, let hint = series.secrets.first(where: { $0.id == secret })?.hint, !hint.isEmpty else { return }
        for index in (to + 1)...from {
            for said in beats[index].lines.compactMap(\.said) where !said.isFixed && said.text.contains(hint) {
                replace(said, in: index, note: note, excludingSecrets: [secret])
            }
        }
    }

    /// More lines for a character: one exchange (two at strength 0.67 and above) added to the
    /// middle beats they play, led by them where the beat's moves allow, in the first
    /// `strength` share of those beats (at least one).
    mutating func feature(_ character: String, note: RevisionNote) {
        let playing = beats.indices.filter { Self.middleKinds.contains(beats[$0].plan.kind) && beats[$0].plan.cast.contains(character) }
        guard !playing.isEmpty else { return }
        let count = max(1, Int((Double(playing.count) * note.strength).rounded(.up)))
        let exchangesEach = note.strength >= 0.67 ? 2 : 1
        for index in playing.prefix(count) {
            for _ in 0..<exchangesEach { addExchange(to: index, ledBy: character, note: note) }
        }
    }

    /// Fewer lines for a character: whole exchanges they speak in cut from the end of the
    /// episode backwards, until the `strength` share of their lines in middle beats is gone;
    /// every beat keeps its first exchange.
    mutating func reduce(_ character: String, note: RevisionNote) {
        let middle = beats.indices.filter { Self.middleKinds.contains(beats[$0].plan.kind) }
        let theirs = middle.reduce(0) { total, index in total + beats[index].lines.filter { $0.said?.speaker == character }.count }
        guard theirs > 0 else { return }
        var toCut = max(1, Int((Double(theirs) * note.strength).rounded()))
        for index in middle.reversed() where toCut > 0 {
            let exchanges = Array(Set(beats[index].lines.compactMap(\.said).map(\.exchange))).sorted()
            for exchange in exchanges.dropFirst().reversed() where toCut > 0 {
                let lines = beats[index].lines.compactMap(\.said).filter { $0.exchange == exchange }
                let spoken = lines.filter { $0.speaker == character }.count
                guard spoken > 0 else { continue }
                for said in lines { remove(said, from: index, note: note) }
                toCut -= spoken
            }
        }
    }

    /// Lines wider than `maxWidth` (display width, a CJK character counting 2), longest first,
    /// the `strength` share of them: replaced by a line of the same move that fits, else cut to
    /// their leading sentences that fit. The bible's own reveal lines are kept.
    mutating func shortenLines(maxWidth: Int, note: RevisionNote) {
        var long: [(beat: Int, said: Said, width: Int)] = []
        for index in beats.indices {
            for said in beats[index].lines.compactMap(\.said) where !said.isFixed {
                let width = DisplayWidth.of(said.text)
                if width > maxWidth { long.append((index, said, width)) }
            }
        }
        let count = Int((Double(long.count) * note.strength).rounded(.up))
        let order = long.enumerated().sorted { ($0.element.width, -$0.offset) > ($1.element.width, -$1.offset) }.prefix(count)
        for (_, item) in order {
            if replace(item.said, in: item.beat, note: note, accept: { DisplayWidth.of($0) <= maxWidth }) { continue }
            if let trimmed = Self.leadingSentences(of: item.said.text, maxWidth: maxWidth), pen.claim(trimmed) {
                var after = item.said
                after.text = trimmed
                swap(item.said, for: after, in: item.beat, note: note)
            }
        }
    }

    /// A hook that starts the conflict at once: a hook line no longer than 3.6 s (2.0 s at
    /// strength 1), a reply no longer than that either, and at strength 0.5 and above a
    /// physical beat of tension before the first word.
    mutating func strengthenHook(note: RevisionNote) {
        guard let index = beats.firstIndex(where: { $0.plan.kind == .hook }) else { return }
        let changesBefore = pending.count
        let limit = 3.6 - 1.6 * note.strength
        for said in beats[index].lines.compactMap(\.said) where seconds(said.text) > limit {
            replace(said, in: index, note: note, maxSeconds: limit)
        }
        if note.strength >= 0.5, !beats[index].lines.contains(where: { if case .action = $0 { true } else { false } }),
           let said = beats[index].lines.compactMap(\.said).first, said.speaker != said.listener,
           let action = pen.act("action.tension", me: said.speaker, to: said.listener, scene: scenes[beats[index].scene]) {
            beats[index].lines.insert(.action(action), at: 0)
            pending.append(Pending(note: note, kind: .added, beat: beats[index].id, after: action))
        }
        // At full strength (an experiment's explicit instruction) the hook always changes: when
        // its lines are already short and it already opens on an image, its first line is
        // swapped for a shorter one of the same dramatic move (failing that, another one).
        guard note.strength >= 1, pending.count == changesBefore, let first = beats[index].lines.compactMap(\.said).first else { return }
        if !replace(first, in: index, note: note, maxSeconds: seconds(first.text) * 0.9) {
            replace(first, in: index, note: note)
        }
    }

    /// A cliffhanger that leaves a question open: the last line teases a secret its speaker
    /// knows and nobody has told yet; failing that, at strength 0.5 and above, a shorter
    /// cliffhanger line; and an image to end on when the beat has none.
    mutating func strengthenCliffhanger(note: RevisionNote) {
        guard let index = beats.lastIndex(where: { $0.plan.kind == .cliffhanger }) else { return }
        let changesBefore = pending.count
        defer {
            // At full strength (an experiment's explicit instruction) the ending always changes:
            // when it already teases a secret over an image, its last line is swapped for a
            // shorter one of the same move (failing that, another one).
            if note.strength >= 1, pending.count == changesBefore, let last = beats[index].lines.compactMap(\.said).last {
                if !replace(last, in: index, note: note, maxSeconds: seconds(last.text) * 0.9) {
                    replace(last, in: index, note: note)
                }
            }
        }
        if let said = beats[index].lines.compactMap(\.said).last {
            let revealedHere = Set(beats.compactMap(\.plan.secret))
            let hidden = series.secrets.filter {
                pen.ledger.knows(said.speaker, $0.id) && pen.ledger.revealed[$0.id] == nil && !revealedHere.contains($0.id) && !$0.hint.isEmpty
            }.sorted { ($0.revealIn ?? .max) < ($1.revealIn ?? .max) }
            let teases = hidden.contains { said.text.contains($0.hint) }
            var done = teases
            if !teases, let hint = hidden.first?.hint {
                done = replace(said, in: index, note: note, excludingSecrets: revealedHere, accept: { $0.contains(hint) })
            }
            if !done, note.strength >= 0.5 {
                replace(said, in: index, note: note, excludingSecrets: revealedHere, maxSeconds: seconds(said.text) * 0.75)
            }
        }
        let hasImage = beats[index].lines.contains { if case .action = $0 { true } else { false } }
        if !hasImage, let said = beats[index].lines.compactMap(\.said).last,
           let action = pen.act("action.cliff", me: said.speaker, to: said.listener, scene: scenes[beats[index].scene]) {
            beats[index].lines.append(.action(action))
            pending.append(Pending(note: note, kind: .added, beat: beats[index].id, after: action))
        }
    }

    // MARK: Edits

    /// Adds one exchange at the end of a beat, preferring a pattern `character` leads.
    private mutating func addExchange(to index: Int, ledBy character: String, note: RevisionNote) {
        let plan = beats[index].plan
        guard plan.cast.count > 1 else { return }
        let next = (beats[index].lines.compactMap(\.said).map(\.exchange).max() ?? -1) + 1
        let candidates = (next..<(next + 6)).map { pen.moves(for: plan, exchange: $0) }
        let pattern = candidates.first { pair in pair.first.map { plan.cast[$0.1 % plan.cast.count] == character } ?? false } ?? candidates[0]
        let scene = scenes[beats[index].scene]
        for (move, by) in pattern {
            let speaker = plan.cast[by % plan.cast.count]
            let listener = plan.cast[(by + 1) % plan.cast.count]
            let toldBefore = Set(beats[..<index].compactMap(\.plan.secret))
            guard case .dialogue(var said)? = pen.say(move, speaker: speaker, listener: listener, scene: scene, excludingSecrets: toldBefore, allowRepeat: false)
            else { continue }
            said.exchange = next
            beats[index].lines.append(.dialogue(said))
            pending.append(Pending(note: note, kind: .added, beat: beats[index].id, speaker: speaker, after: said.text))
        }
    }

    /// Replaces a line by another of the same move (or a neighbouring one) said by the same
    /// person to the same person, keeping its delivery. False when no line fits.
    @discardableResult
    private mutating func replace(
        _ said: Said, in index: Int, note: RevisionNote, excludingSecrets: Set<String> = [], maxSeconds: Double = .infinity,
        accept: (String) -> Bool = { _ in true }
    ) -> Bool {
        // A secret told earlier in the episode, or in this very beat (the lines after a
        // reveal), is no longer a hint.
        let toldBefore = Set(beats[...index].compactMap(\.plan.secret))
        guard case .dialogue(var new)? = pen.say(
            said.move, speaker: said.speaker, listener: said.listener, scene: scenes[beats[index].scene],
            excludingSecrets: excludingSecrets.union(toldBefore), maxSeconds: maxSeconds, allowRepeat: false, accept: accept)
        else { return false }
        new.parenthetical = said.parenthetical
        new.exchange = said.exchange
        swap(said, for: new, in: index, note: note)
        return true
    }

    private mutating func swap(_ said: Said, for new: Said, in index: Int, note: RevisionNote) {
        guard let at = beats[index].lines.firstIndex(of: .dialogue(said)) else { return }
        beats[index].lines[at] = .dialogue(new)
        pending.append(Pending(note: note, kind: .replaced, beat: beats[index].id, speaker: said.speaker, before: said.text, after: new.text))
    }

    private mutating func remove(_ said: Said, from index: Int, note: RevisionNote) {
        guard let at = beats[index].lines.firstIndex(of: .dialogue(said)) else { return }
        beats[index].lines.remove(at: at)
        pending.append(Pending(note: note, kind: .removed, beat: beats[index].id, speaker: said.speaker, before: said.text))
    }

    /// Cuts a beat's lines from `position` on (dialogue and the action between it).
    private mutating func cut(beat index: Int, from position: Int, note: RevisionNote) {
        guard position < beats[index].lines.count else { return }
        let cut = beats[index].lines[position...]
        beats[index].lines.removeSubrange(position...)
        for line in cut {
            switch line {
            case .dialogue(let said): pending.append(Pending(note: note, kind: .removed, beat: beats[index].id, speaker: said.speaker, before: said.text))
            case .action(let text): pending.append(Pending(note: note, kind: .removed, beat: beats[index].id, before: text))
            case .note: continue
            }
        }
    }

    private func position(of said: Said, in index: Int) -> Int {
        beats[index].lines.firstIndex(of: .dialogue(said)) ?? beats[index].lines.count
    }

    private func seconds(_ text: String) -> Double { SpokenLength.seconds(text, language: series.language) }

    private func spokenPlace(_ location: String) -> String? {
        series.locations.first { $0.id == location }.map { $0.spoken ?? $0.name }
    }

    /// The longest run of whole leading sentences of `text` no wider than `maxWidth`, if it is
    /// shorter than the text.
    static func leadingSentences(of text: String, maxWidth: Int) -> String? {
        var sentences: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if ".!?。！？…".contains(character) {
                sentences.append(current)
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current) }
        var kept = ""
        for sentence in sentences {
            let next = kept + sentence
            if DisplayWidth.of(next.trimmingCharacters(in: .whitespaces)) > maxWidth { break }
            kept = next
        }
        let trimmed = kept.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == text ? nil : trimmed
    }

    // MARK: Result

    /// The revised draft and the changes, with scenes and line numbers resolved.
    func result() -> (SeasonComposer.Draft, [RevisionChange]) {
        var plan = original.plan
        var newScenes: [ScenePlan] = []
        var sceneOfBeat: [Int: Int] = [:]
        var lines: [[Line]] = []
        var beatKinds: [BeatKind] = []
        for (sceneIndex, scene) in scenes.enumerated() {
            let here = beats.filter { $0.scene == sceneIndex }
            guard !here.isEmpty else { continue }
            var revised = scene
            revised.beats = here.map(\.plan)
            for beat in here {
                sceneOfBeat[beat.id] = newScenes.count
                lines.append(beat.lines)
                beatKinds.append(beat.plan.kind)
            }
            newScenes.append(revised)
        }
        plan.scenes = newScenes
        let said = zip(lines, beatKinds).flatMap { lines, kind in lines.compactMap(\.said).map { ($0.text, SeasonComposer.reacts($0, in: kind)) } }
        let spoken = SpokenLength.episodeSeconds(said, language: series.language)
        let draft = SeasonComposer.Draft(plan: plan, lines: lines, spoken: spoken)

        // Dialogue line numbers, before and after.
        let before = original.lines.joined().compactMap(\.said).map(\.text)
        let after = lines.joined().compactMap(\.said).map(\.text)
        var originalScene: [Int: Int] = [:]
        var id = 0
        for (sceneIndex, scene) in original.plan.scenes.enumerated() {
            for _ in scene.beats {
                originalScene[id] = sceneIndex
                id += 1
            }
        }
        let kinds = original.plan.beats.map(\.kind)
        let changes = pending.map { change -> RevisionChange in
            let line: Int?
            switch change.kind {
            case .removed: line = change.speaker == nil ? nil : change.before.flatMap { before.firstIndex(of: $0) }
            case .added, .replaced: line = change.speaker == nil ? nil : change.after.flatMap { after.firstIndex(of: $0) }
            case .moved: line = nil
            }
            return RevisionChange(
                episode: plan.number, note: change.note, kind: change.kind, scene: sceneOfBeat[change.beat] ?? originalScene[change.beat] ?? 0,
                beat: kinds[change.beat], line: line, speaker: change.speaker, before: change.before, after: change.after)
        }
        return (draft, changes)
    }
}

/// How wide text shows on screen: an East Asian wide or full-width character counts 2.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in total + (isWide(scalar) ? 2 : 1) }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isIdeographic { return true }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }
}
