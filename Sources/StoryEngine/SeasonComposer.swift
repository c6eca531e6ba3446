import Basics
import DramaModel
import Foundation
import Screenplay

/// Writes the episodes of a planned season, in order, as Fountain. It keeps one continuity
/// ledger and one record of used lines for the whole season, so no line is said twice and
/// nothing contradicts what came before; it fills each episode to its target spoken length.
struct SeasonComposer {
    let series: Series
    let kit: GenreKit
    let text: StoryText
    private var random: SeededGenerator
    private(set) var ledger: ContinuityLedger
    private(set) var usedLines: Set<String> = []
    private var useCounts: [String: Int] = [:]
    /// Characters introduced so far (their first appearance has its introduction line).
    private var introduced: Set<String> = []

    init(series: Series, kit: GenreKit) {
        self.series = series
        self.kit = kit
        text = StoryText(language: series.language)
        random = SeededGenerator(seed: series.writer.seed, label: "lines")
        ledger = ContinuityLedger(series: series)
    }

    /// A line of dialogue, with what the writer meant by it, so a revision can replace it by
    /// another of the same kind.
    struct Said: Sendable, Hashable {
        var speaker: String
        var listener: String
        var text: String
        var parenthetical: String?
        /// The phrasebook section it was written from (`accuse`), or `secret` for a bible's
        /// reveal line, which is never replaced.
        var move: String
        /// The exchange of its beat it belongs to (0 for the first).
        var exchange: Int
        /// Who `{other}` named when it was written (a cast id), if anyone.
        var other: String? = nil
        /// The secret whose hint `{secret}` could name (its id), or the secret revealed.
        var secret: String? = nil

        /// The bible's own words (a secret's reveal line): kept as written.
        var isFixed: Bool { move == Self.secretMove }
        static let secretMove = "secret"
    }

    /// A line of a beat, before it becomes Fountain.
    enum Line: Sendable, Hashable {
        case dialogue(Said)
        case action(String)
        case note(String)

        var said: Said? { if case .dialogue(let said) = self { said } else { nil } }
    }

    /// An episode's lines, beat by beat, before the episode's closing events are applied and
    /// it is assembled into Fountain.
    struct Draft: Sendable, Hashable {
        var plan: EpisodePlan
        /// One list per beat of `plan.beats`.
        var lines: [[Line]]
        /// Estimated spoken seconds of `lines`.
        var spoken: Double
    }

    // MARK: Episode

    mutating func compose(_ plan: EpisodePlan) -> EpisodeScript {
        finish(draft(plan))
    }

    /// Writes the lines of an episode: its opening events are applied, its closing ones not yet.
    mutating func draft(_ plan: EpisodePlan) -> Draft {
        for event in plan.openingEvents { ledger.apply(event, episode: plan.number) }
        let beats = plan.beats
        var lines = [[Line]](repeating: [], count: beats.count)
        let revealedHere = Set(plan.reveals)
        let short = series.format.targetSeconds <= 30

        // Fixed beats first — reveals (their lines are the bible's), the hook, the
        // cliffhanger — then the middle beats fill the rest. Short episodes budget the hook
        // and the cliffhanger so the fixed part alone never overshoots.
        let budget = Double(series.format.targetSeconds)
        for (index, beat) in beats.enumerated() where beat.kind == .reveal {
            lines[index] = reveal(beat, short: short, scene: scene(of: index, in: plan))
        }
        let revealSeconds = seconds(lines, beats: beats)
        for (index, beat) in beats.enumerated() where beat.kind == .hook {
            let limit = short ? max(1.5, (budget - revealSeconds) * 0.45) : .infinity
            lines[index] = hook(beat, short: short, scene: scene(of: index, in: plan), maxSeconds: limit)
        }
        let fixedSeconds = seconds(lines, beats: beats)
        for (index, beat) in beats.enumerated() where beat.kind == .cliffhanger {
            let limit = short ? max(1.5, budget * 1.1 - fixedSeconds - SpokenLength.reactionSeconds) : .infinity
            lines[index] = cliffhanger(beat, excludingSecrets: revealedHere, scene: scene(of: index, in: plan), maxSeconds: limit)
        }
        let target = Double(series.format.targetSeconds)
        var spoken = seconds(lines, beats: beats)
        let middle = beats.indices.filter { ![.hook, .reveal, .cliffhanger].contains(beats[$0].kind) }
        var exchange = [Int](repeating: 0, count: beats.count)
        // Lines the season has not said come first, from every beat and move; only an episode
        // still short of its target by more than 10 % after that takes a line said before.
        var repeats = false
        fill: while !middle.isEmpty {
            var progress = false
            for index in middle {
                let pair = moves(for: beats[index], exchange: exchange[index])
                exchange[index] += 1
                // An exchange is added only if it brings the episode closer to its target, and
                // never past 12 % over it.
                let room = min(2 * (target - spoken), target * 1.12 - spoken) - 0.05
                if room < 1.0 { break fill }
                let scene = scene(of: index, in: plan)
                let closeEnough = abs(target - spoken) <= target * 0.1
                // A call and its answer (an accusation and a denial, a question and an answer or
                // a deflection), the answer from the one spoken to: the call leaves room for it.
                // Where no answer fits, only a call that can stand alone (a threat, a taunt, an
                // order) is said alone; a question or an accusation never hangs.
                var said: [Line] = []
                var used = 0.0
                for (offset, (move, by)) in pair.enumerated() {
                    let speaker = beats[index].cast[by % beats[index].cast.count]
                    let listener = beats[index].cast[(by + 1) % beats[index].cast.count]
                    let reserve = offset + 1 < pair.count ? Self.shortestAnswer : 0
                    let limit = room - used - reserve
                    let alone = offset == 0 && Self.standsAlone.contains(move)
                    guard limit >= 1.0 || alone,
                          let line = say(
                            move, speaker: speaker, listener: listener, scene: scene, excludingSecrets: revealedHere,
                            maxSeconds: limit >= 1.0 ? limit : room - used, allowRepeat: repeats && !closeEnough)
                    else { break }
                    said.append(line.numbered(exchange[index] - 1))
                    used += seconds(line, in: beats[index].kind)
                }
                let answered = said.count == pair.count
                let alone = said.count == 1 && Self.standsAlone.contains(said[0].said?.move ?? "")
                guard answered || alone else { continue }
                if exchange[index] == 1, let action = beatAction(beats[index], scene: scene) { lines[index].append(.action(action)) }
                lines[index].append(contentsOf: said)
                spoken += used
                progress = true
            }
            if progress { continue }
            if repeats || abs(target - spoken) <= target * 0.1 { break }
            repeats = true
        }
        introduceNewcomers(&lines)
        // The season's first shot shows what the story turns on: the bible's props (the
        // premise's objects first).
        if plan.number == 1, !series.props.isEmpty, !lines.isEmpty {
            lines[0].insert(.action(Self.closeUp(on: series.props.map(\.name), language: series.language)), at: 0)
        }
        // Episode 1 opens on its inciting event: the premise, told with the names of the
        // people it names (from the bible's reading of it, which people can correct).
        if plan.number == 1, !lines.isEmpty, let opening = Self.premiseTold(series) {
            lines[0].insert(.action(opening), at: 0)
        }
        // A day the premise counts toward (an exam, a wedding, a trial) draws close at the
        // paywall and comes in the finale.
        if !lines.isEmpty, let line = Self.deadline(of: series, episode: plan.number) { lines[0].insert(.action(line), at: 0) }
        return Draft(plan: plan, lines: lines, spoken: spoken)
    }

    /// The action line that marks the premise's deadline in `episode`: the paywall episode
    /// (or the middle of a season without one) says the day is close, the last episode that
    /// it has come; nil in other episodes or when the premise names no such day.
    static func deadline(of series: Series, episode: Int) -> String? {
        let lexicon = PremiseLexicon.shared(series.language)
        guard let deadline = series.reading?.events.lazy.compactMap({ lexicon.deadlines[$0.lowercased()] }).first else { return nil }
        let episodes = series.format.episodes
        let near = series.format.paywallEpisode ?? max(1, episodes / 2)
        if episode == episodes { return deadline.day }
        if episode == near, near > 1 { return deadline.near }
        return nil
    }

    /// The premise as episode 1's opening action, each person it names followed by the name of
    /// the character they became: "A retired hitwoman (ZOE) opens a kindergarten and her old
    /// boss (VICTOR) enrolls his son (LEO)." / "重生回到高考前一天，她（许书瑶）决定不再替继妹（萧语嫣）顶罪。"
    /// Nil without a premise or a reading.
    static func premiseTold(_ series: Series) -> String? {
        let premise = series.premise.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !premise.isEmpty, let reading = series.reading else { return nil }
        var text = premise
        var searchFrom = text.startIndex
        var namedAfter: [String] = []
        let chinese = series.language == .zh
        for person in reading.people {
            guard let role = person.role, let member = series.character(role: role) else { continue }
            // The person's words without their article or possessive ("old boss", "继妹").
            var words = person.label.split(separator: " ").map(String.init)
            if !chinese, words.count > 1, ["the", "a", "an", "her", "his", "their", "my", "your", "its", "our"].contains(words[0].lowercased()) {
                words.removeFirst()
            }
            let phrase = words.joined(separator: chinese ? "" : " ")
            guard !phrase.isEmpty,
                  let found = text.range(of: phrase, options: [.caseInsensitive], range: searchFrom..<text.endIndex)
                    ?? text.range(of: phrase, options: [.caseInsensitive])
            else { continue }
            // A name inside a possessive ("her ex-husband's new wife") would break it: those
            // people are named after the sentence instead.
            let after = text[found.upperBound...]
            if !chinese, after.hasPrefix("'s") || after.hasPrefix("’s") || after.hasPrefix("'") || after.hasPrefix("’") {
                namedAfter.append("\(person.label.prefix(1).uppercased() + person.label.dropFirst()): \(member.actionName.uppercased()).")
                searchFrom = found.upperBound
                continue
            }
            let name = chinese ? "（\(member.name)）" : " (\(member.actionName.uppercased()))"
            text.insert(contentsOf: name, at: found.upperBound)
            searchFrom = text.index(found.upperBound, offsetBy: name.count, limitedBy: text.endIndex) ?? text.endIndex
        }
        if let last = text.last, !".!?。！？…”\"".contains(last) { text += chinese ? "。" : "." }
        let told = text.prefix(1).uppercased() + text.dropFirst()
        return ([told] + namedAfter).joined(separator: " ")
    }

    /// Seconds a short answer takes (a line of about twelve letters or four characters): what
    /// a call leaves for it.
    static let shortestAnswer = 1.9

    /// Calls that can end an exchange unanswered: a threat, a taunt, an order, a warning hang
    /// in the air; a question, an accusation or a plea wants its answer.
    static let standsAlone: Set<String> = ["threaten", "mock", "command", "warn", "triumph", "comfort", "tender", "tease", "scheme"]

    /// "Close on the will, the letter and the jade pendant." / "特写：那份遗嘱、那封信。"
    static func closeUp(on names: [String], language: Language) -> String {
        if language == .zh { return "特写：" + names.joined(separator: "、") + "。" }
        let and = language == .es ? " y " : " and "
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + and + names.last! : names.joined()
        return language == .es ? "Primer plano: \(list)." : "Close on \(list)."
    }

    /// Introduces each character the season has not shown yet as screenplays do, in an action
    /// line before their first line: "ZOE (27), the retired hitwoman." — the premise's words
    /// for who they are reach the page where they first appear.
    mutating func introduceNewcomers(_ lines: inout [[Line]]) {
        for beat in lines.indices {
            var out: [Line] = []
            for line in lines[beat] {
                if let said = line.said, !introduced.contains(said.speaker), let member = series.character(id: said.speaker) {
                    introduced.insert(said.speaker)
                    out.append(.action(Self.introduction(of: member, language: series.language)))
                }
                out.append(line)
            }
            lines[beat] = out
        }
    }

    /// "ZOE (27), the retired hitwoman." / "林晚（24岁），女杀手。"
    static func introduction(of member: CastMember, language: Language) -> String {
        let who = member.archetype.trimmingCharacters(in: .whitespaces)
        if language == .zh {
            let age = member.look.age.map { "（\($0)岁）" } ?? ""
            return who.isEmpty ? "\(member.name)\(age)。" : "\(member.name)\(age)，\(who)。"
        }
        let age = member.look.age.map { " (\($0))" } ?? ""
        return who.isEmpty ? "\(member.actionName.uppercased())\(age)." : "\(member.actionName.uppercased())\(age), \(who)."
    }

    /// Applies an episode's reveals and closing events and assembles its script.
    mutating func finish(_ draft: Draft) -> EpisodeScript {
        let plan = draft.plan
        let lines = draft.lines
        for beat in plan.beats where beat.kind == .reveal {
            if let secret = beat.secret { ledger.apply(.reveal(secret: secret, to: beat.cast[1]), episode: plan.number, present: beat.cast) }
        }
        for event in plan.closingEvents { ledger.apply(event, episode: plan.number) }
        let document = assemble(plan, lines: lines)
        return EpisodeScript(plan: plan, document: document, text: FountainWriter.write(document), estimatedSeconds: draft.spoken)
    }

    /// Switches to the random stream `label` and counts `lines` as said, so a revision writes
    /// new lines from its own stream and never repeats one the season already has.
    mutating func prepareForRevision(label: String, saying lines: Set<String>) {
        random = SeededGenerator(seed: series.writer.seed, label: label)
        usedLines.formUnion(lines)
    }

    /// Counts `line` as said; false (and nothing changes) if the season already says it.
    mutating func claim(_ line: String) -> Bool { usedLines.insert(line).inserted }

    func scene(of beatIndex: Int, in plan: EpisodePlan) -> ScenePlan {
        var count = 0
        for scene in plan.scenes {
            count += scene.beats.count
            if beatIndex < count { return scene }
        }
        return plan.scenes[plan.scenes.count - 1]
    }

    /// What `line` of a `beat` beat adds to the episode: its speech, its share of the cut, and
    /// the reaction close-up the cut holds after a line that reveals or shocks.
    func seconds(_ line: Line, in beat: BeatKind) -> Double {
        guard case .dialogue(let said) = line else { return 0 }
        return SpokenLength.seconds(said.text, language: series.language) + (Self.reacts(said, in: beat) ? SpokenLength.reactionSeconds : 0)
    }

    /// Whether the cut holds a reaction after `said` (delivered as its parenthetical says).
    static func reacts(_ said: Said, in beat: BeatKind) -> Bool {
        SpokenLength.reacts(beat: beat, emotion: said.parenthetical == nil ? nil : emotions[said.move])
    }

    /// Estimated seconds of an episode whose lines are `lines`, beat by beat.
    func seconds(_ lines: [[Line]], beats: [BeatPlan]) -> Double {
        let said = zip(lines, beats).flatMap { lines, beat in lines.compactMap(\.said).map { ($0.text, Self.reacts($0, in: beat.kind)) } }
        return SpokenLength.episodeSeconds(said, language: series.language)
    }

    // MARK: Beats

    mutating func hook(_ beat: BeatPlan, short: Bool, scene: ScenePlan, maxSeconds limit: Double) -> [Line] {
        let (a, b) = (beat.cast[0], beat.cast.count > 1 ? beat.cast[1] : beat.cast[0])
        var out = [say("hook", speaker: a, listener: b, scene: scene, maxSeconds: limit)].compactMap { $0 }
        let reply = random.pick(["defy", "shock", "deny", "question", "refuse", "threaten"])!
        if !short, a != b, let line = say(reply, speaker: b, listener: a, scene: scene, allowRepeat: false) { out.append(line) }
        return out
    }

    mutating func reveal(_ beat: BeatPlan, short: Bool, scene: ScenePlan) -> [Line] {
        guard let id = beat.secret, let secret = series.secrets.first(where: { $0.id == id }) else { return [] }
        let (teller, learner) = (beat.cast[0], beat.cast[1])
        var out: [Line] = []
        if !short, let lead = say("reveal", speaker: teller, listener: learner, scene: scene, allowRepeat: false) { out.append(lead) }
        out.append(.dialogue(Said(speaker: teller, listener: learner, text: secret.reveal, parenthetical: parenthetical(.cold, chance: 0.5),
                                  move: Said.secretMove, exchange: 0, secret: secret.id)))
        usedLines.insert(secret.reveal)
        out.append(.note(ContinuityEvent.reveal(secret: id, to: learner).description))
        if !short, let shock = say("shock", speaker: learner, listener: teller, scene: scene, allowRepeat: false) { out.append(shock) }
        if let action = act("action.shock", me: learner, to: teller, scene: scene) { out.append(.action(action)) }
        return out
    }

    mutating func cliffhanger(_ beat: BeatPlan, excludingSecrets: Set<String>, scene: ScenePlan, maxSeconds limit: Double) -> [Line] {
        let (a, b) = (beat.cast[0], beat.cast.count > 1 ? beat.cast[1] : beat.cast[0])
        var out: [Line] = []
        if let line = say("cliff", speaker: a, listener: b, scene: scene, excludingSecrets: excludingSecrets, maxSeconds: limit) { out.append(line) }
        if let action = act("action.cliff", me: a, to: b, scene: scene) { out.append(.action(action)) }
        return out
    }

    /// The dialogue moves of a beat's `exchange`-th exchange: (section, 0 for the beat's first
    /// character or 1 for the second).
    func moves(for beat: BeatPlan, exchange: Int) -> [(String, Int)] {
        let patterns: [[(String, Int)]]
        switch beat.kind {
        case .confrontation: patterns = [[("accuse", 0), ("deny", 1)], [("threaten", 0), ("defy", 1)], [("accuse", 1), ("evade", 0)], [("command", 0), ("refuse", 1)], [("question", 1), ("evade", 0)], [("mock", 0), ("defy", 1)]]
        case .humiliation: patterns = [[("mock", 0), ("endure", 1)], [("command", 0), ("defy", 1)], [("mock", 0), ("endure", 1)], [("threaten", 0), ("endure", 1)]]
        case .scheme: patterns = [[("scheme", 0), ("agree", 1)], [("question", 1), ("explain", 0)], [("scheme", 1), ("agree", 0)], [("warn", 1), ("command", 0)]]
        case .romance:
            let state = beat.cast.count > 1 ? ledger.relationship(beat.cast[0], beat.cast[1]) : .strangers
            switch state {
            case .close: patterns = [[("tender", 0), ("tender", 1)], [("tease", 0), ("fluster", 1)], [("comfort", 0), ("thank", 1)]]
            case .estranged, .enemies: patterns = [[("plead", 0), ("refuse", 1)], [("accuse", 1), ("deny", 0)], [("question", 0), ("evade", 1)]]
            default: patterns = [[("tease", 0), ("fluster", 1)], [("question", 1), ("evade", 0)], [("comfort", 0), ("thank", 1)]]
            }
        case .exposition: patterns = [[("question", 0), ("explain", 1)], [("question", 0), ("evade", 1)], [("warn", 1), ("thank", 0)], [("accuse", 0), ("explain", 1)], [("command", 0), ("agree", 1)]]
        case .warning: patterns = [[("warn", 0), ("question", 1)], [("explain", 0), ("thank", 1)], [("comfort", 0), ("thank", 1)], [("warn", 0), ("defy", 1)]]
        case .plea: patterns = [[("plead", 0), ("refuse", 1)], [("plead", 0), ("mock", 1)], [("plead", 0), ("command", 1)]]
        case .triumph: patterns = [[("triumph", 0), ("shock", 1)], [("plead", 1), ("refuse", 0)], [("triumph", 0), ("deny", 1)], [("accuse", 0), ("evade", 1)], [("command", 0), ("refuse", 1)], [("mock", 0), ("plead", 1)]]
        case .hook, .reveal, .cliffhanger: patterns = [[("accuse", 0), ("deny", 1)]]
        }
        return oriented(patterns[exchange % patterns.count], cast: beat.cast)
    }

    /// `pattern` with its two parts swapped when that gives a move of one side to a character
    /// of that side rather than to one of the other: in a confrontation between the
    /// protagonist and the antagonist, whoever spoke first, the protagonist defies and the
    /// antagonist threatens.
    func oriented(_ pattern: [(String, Int)], cast: [String]) -> [(String, Int)] {
        guard cast.count > 1 else { return pattern }
        let sides = cast.prefix(2).map { series.character(id: $0).flatMap { Side($0.role) } }
        func misplaced(_ pattern: [(String, Int)]) -> Int {
            pattern.filter { move, by in Self.sides[move].map { $0 != sides[by % 2] && sides[by % 2] != nil } ?? false }.count
        }
        let swapped = pattern.map { ($0.0, 1 - $0.1 % 2) }
        return misplaced(swapped) < misplaced(pattern) ? swapped : pattern
    }

    /// Moves only one side says: defiance, swallowing an insult and the payoff are the
    /// underdog's.
    static let sides: [String: Side] = ["defy": .hero, "endure": .hero, "triumph": .hero]

    static let emotions: [String: Emotion] = [
        "hook": .angry, "accuse": .angry, "deny": .afraid, "threaten": .cold, "defy": .angry, "mock": .smug, "endure": .sad,
        "question": .neutral, "explain": .neutral, "evade": .cold, "tease": .smug, "fluster": .shocked, "tender": .tender,
        "scheme": .cold, "agree": .smug, "plead": .afraid, "refuse": .cold, "command": .cold, "warn": .afraid,
        "reveal": .cold, "shock": .shocked, "comfort": .tender, "thank": .tender, "triumph": .smug, "cliff": .cold,
    ]

    /// Moves that can stand in for a move whose lines are used up.
    static let siblings: [String: [String]] = [
        "hook": ["accuse", "threaten"], "accuse": ["threaten", "question"], "deny": ["evade", "defy"],
        "threaten": ["accuse", "command"], "defy": ["refuse", "deny"], "mock": ["threaten", "command"],
        "endure": ["defy", "deny"], "question": ["accuse", "warn"], "explain": ["evade", "warn", "deny"], "evade": ["deny", "refuse"],
        "tease": ["tender", "comfort"], "fluster": ["evade", "deny"], "tender": ["comfort", "thank"],
        "scheme": ["command", "agree"], "agree": ["scheme", "thank"], "plead": ["question", "refuse"],
        "refuse": ["defy", "deny"], "command": ["threaten", "scheme"], "warn": ["question", "explain"],
        "reveal": ["warn"], "shock": ["question", "deny", "plead"], "comfort": ["tender", "thank"], "thank": ["tender", "comfort"],
        "triumph": ["mock", "threaten"], "cliff": ["threaten", "hook"],
    ]

    mutating func beatAction(_ beat: BeatPlan, scene: ScenePlan) -> String? {
        guard beat.cast.count > 1, random.chance(0.35) else { return nil }
        switch beat.kind {
        case .confrontation, .humiliation, .plea, .triumph: return act("action.tension", me: beat.cast[0], to: beat.cast[1], scene: scene)
        case .romance where ledger.relationship(beat.cast[0], beat.cast[1]) == .close: return act("action.tender", me: beat.cast[0], to: beat.cast[1], scene: scene)
        default: return nil
        }
    }

    // MARK: Lines

    func filler(speaker: String, listener: String, scene: ScenePlan, dialogue: Bool) -> SlotFiller {
        var filler = SlotFiller(series: series)
        filler.dialogue = dialogue
        filler.speaker = series.character(id: speaker)
        filler.listener = speaker == listener ? nil : series.character(id: listener)
        let location = series.locations.first { $0.id == scene.location }
        filler.place = location.map { $0.spoken ?? $0.name }
        let inScene = Set(scene.beats.flatMap(\.cast))
        let others = series.characters.filter { $0.id != speaker && $0.id != listener && ledger.isPresent($0.id) }
        filler.other = others.first { inScene.contains($0.id) } ?? others.first
        return filler
    }

    /// A line of dialogue from section `move`, said by `speaker` to `listener`; never one the
    /// series has said before.
    mutating func say(
        _ move: String, speaker: String, listener: String, scene: ScenePlan, excludingSecrets: Set<String> = [],
        maxSeconds: Double = .infinity, allowRepeat: Bool = true, accept: (String) -> Bool = { _ in true }
    ) -> Line? {
        guard ledger.isPresent(speaker) else { return nil }
        var filler = filler(speaker: speaker, listener: listener, scene: scene, dialogue: true)
        // Only a secret the speaker knows and that is still hidden can be teased.
        let teasable = series.secrets.filter {
            ledger.knows(speaker, $0.id) && ledger.revealed[$0.id] == nil && !excludingSecrets.contains($0.id)
        }.sorted { ($0.revealIn ?? .max) < ($1.revealIn ?? .max) }
        filler.secretHint = teasable.first?.hint
        let secretID = teasable.first?.id
        // A phrasebook line may carry a secret's words by itself ("the recording from the
        // gala night"): it is said only by someone who may tease that secret now.
        let untellable = series.secrets.filter { secret in !secret.hint.isEmpty && !teasable.contains { $0.id == secret.id } }.map(\.hint)
        let fits: (String) -> Bool = { line in accept(line) && !untellable.contains { line.contains($0) } }
        // When a move's lines are used up, a neighbouring move keeps the scene going.
        var found: (String, String)?
        let side = series.character(id: speaker).flatMap { Side($0.role) }
        for candidate in [move] + (Self.siblings[move] ?? []) where side == nil || (Self.sides[candidate] ?? side) == side {
            if let line = choose(candidate, filler: filler, unique: true, maxSeconds: maxSeconds, accept: fits) {
                found = (line, candidate)
                break
            }
        }
        // A very long season can outrun the phrasebook: then the least-used line comes back
        // rather than the episode falling short of its length.
        if found == nil, allowRepeat, side == nil || (Self.sides[move] ?? side) == side, let line = choose(move, filler: filler, unique: false, maxSeconds: maxSeconds, accept: fits) { found = (line, move) }
        guard let (text, used) = found else { return nil }
        let emotion = Self.emotions[used] ?? .neutral
        // A shocked delivery brings a reaction close-up: it is marked only where it fits.
        let reactionFits = emotion != .shocked || SpokenLength.seconds(text, language: series.language) + SpokenLength.reactionSeconds <= maxSeconds
        let parenthetical = parenthetical(emotion, chance: 0.18)
        return .dialogue(Said(
            speaker: speaker, listener: listener, text: text, parenthetical: reactionFits ? parenthetical : nil, move: used, exchange: 0,
            other: filler.other?.id, secret: secretID))
    }

    mutating func act(_ section: String, me: String, to: String, scene: ScenePlan) -> String? {
        let filler = filler(speaker: me, listener: to, scene: scene, dialogue: false)
        let line = choose(section, filler: filler, unique: true)
        if let line { actions[line] = ActionOrigin(section: section, me: me, to: to, other: filler.other?.id, location: scene.location) }
        return line
    }

    /// How the writer made an action line from its phrasebook: what an edition in another
    /// language writes the same moment from.
    struct ActionOrigin: Sendable, Hashable {
        var section: String
        var me: String
        var to: String
        var other: String?
        var location: String
    }

    /// Every phrasebook action line written so far, by its text.
    private(set) var actions: [String: ActionOrigin] = [:]

    mutating func parenthetical(_ emotion: Emotion, chance: Double) -> String? {
        guard random.chance(chance) else { return nil }
        var filler = SlotFiller(series: series)
        filler.dialogue = false
        return choose("paren.\(emotion.rawValue)", filler: filler, unique: false)
    }

    /// The least-used template of a section that can be filled here (ties broken by the seed).
    mutating func choose(
        _ section: String, filler: SlotFiller, unique: Bool, maxSeconds: Double = .infinity, accept: (String) -> Bool = { _ in true }
    ) -> String? {
        let templates = kit.templates(section)
        var ranked: [(Template, Int, UInt64)] = []
        ranked.reserveCapacity(templates.count)
        for template in templates { ranked.append((template, useCounts[template.key] ?? 0, random.next())) }
        ranked.sort { ($0.1, $0.2) < ($1.1, $1.2) }
        for (template, _, _) in ranked {
            guard let line = filler.fill(template) else { continue }
            if unique, usedLines.contains(line) { continue }
            if maxSeconds < .infinity, SpokenLength.seconds(line, language: series.language) > maxSeconds { continue }
            if !accept(line) { continue }
            useCounts[template.key, default: 0] += 1
            if unique { usedLines.insert(line) }
            return line
        }
        return nil
    }

    // MARK: Fountain

    func name(_ id: String) -> String { series.character(id: id)?.actionName ?? id }

    mutating func assemble(_ plan: EpisodePlan, lines: [[Line]]) -> FountainDocument {
        let assembler = FountainAssembler(series: series)
        // Exit lines come from the phrasebook's random stream, drawn in script order.
        var exitLines: [FountainAssembler.Exit: String] = [:]
        for exit in assembler.exits(of: plan) where !exit.isFinalDefeat {
            let scene = scene(of: exit.beatIndex, in: plan)
            exitLines[exit] = act("action.exit", me: exit.character, to: exit.character, scene: scene)
                ?? text.finaleExitLine(name(exit.character))
        }
        let assembled = lines.map { beat in
            beat.map { line -> FountainAssembler.Line in
                switch line {
                case .dialogue(let said): .dialogue(speaker: said.speaker, parenthetical: said.parenthetical, text: said.text)
                case .action(let said): .action(said)
                case .note(let said): .note(said)
                }
            }
        }
        return assembler.assemble(
            plan, lines: assembled, injuryAtStart: { ledgerInjuryAtStart(of: plan, $0) },
            exitLine: { exitLines[$0] ?? assembler.plainExitLine($0) }, author: text.writerName)
    }

    func ledgerInjuryAtStart(of plan: EpisodePlan, _ id: String) -> String? {
        // The ledger now stands at the episode's end; an injury from this episode's closing
        // events is not yet on screen, and one healed at its opening is gone.
        if plan.closingEvents.contains(where: { if case .injury(let who, _) = $0 { who == id } else { false } }) { return nil }
        return ledger.injuries[id]
    }
}

extension SeasonComposer.Line {
    /// The line, as part of exchange `exchange` of its beat.
    func numbered(_ exchange: Int) -> Self {
        guard case .dialogue(var said) = self else { return self }
        said.exchange = exchange
        return .dialogue(said)
    }
}
