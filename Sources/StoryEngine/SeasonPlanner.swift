import Basics
import Foundation
import DramaModel

/// Plans a season from its bible: the beats of every episode and who plays them, scenes and
/// places, reveals on the bible's schedule, exits and returns, injuries, props and the
/// central relationship's turns — consulting a continuity ledger as it goes, so the plan never
/// puts an absent character on screen or reveals a secret twice.
struct SeasonPlanner {
    let series: Series

    private var episodes: Int { series.format.episodes }
    private var target: Int { series.format.targetSeconds }
    private var paywall: Int? { series.format.paywallEpisode }
    private var reversal: Int? { paywall.flatMap { $0 >= 2 ? $0 - 1 : nil } }

    private func member(_ role: Role) -> CastMember? { series.character(role: role) }
    private func share(_ fraction: Double) -> Int { max(1, min(episodes, Int((Double(episodes) * fraction).rounded()))) }

    func plan() -> SeasonPlan {
        let text = StoryText(language: series.language)
        var random = SeededGenerator(seed: series.writer.seed, label: "plan")
        let schedule = eventSchedule()
        var ledger = ContinuityLedger(series: series)
        var plans: [EpisodePlan] = []
        var usedTitles: Set<String> = []
        var titleUses: [Int: Int] = [:]
        var previousLocation: String?

        for number in 1...max(1, episodes) {
            let opening = schedule.opening[number] ?? []
            for event in opening { ledger.apply(event, episode: number) }
            let closing = schedule.closing[number] ?? []
            let exiting = Set(closing.compactMap { if case .exit(let id) = $0 { id } else { nil } })
            let returning = opening.compactMap { if case .return(let id) = $0 { id } else { nil } }

            var beats = middleBeats(number: number, ledger: ledger, exiting: exiting, returning: returning, random: &random)
            // The reveal, told by a knower who is present to a learner who is present.
            let reveals = series.secrets.filter { $0.revealIn == number && ledger.revealed[$0.id] == nil }
            for secret in reveals {
                guard ledger.isPresent(secret.revealTo), !ledger.knows(secret.revealTo, secret.id),
                      let teller = secret.knownBy.first(where: { ledger.isPresent($0) && (!exiting.contains($0) || number == episodes) })
                else { continue }
                beats.append(BeatPlan(kind: .reveal, cast: [teller, secret.revealTo], secret: secret.id))
            }
            let hookCast = beats.first?.cast ?? present(ledger, except: exiting).prefix(2).map { $0 }
            beats.insert(BeatPlan(kind: .hook, cast: hookCast), at: 0)
            beats.append(BeatPlan(kind: .cliffhanger, cast: cliffCast(ledger: ledger, exiting: exiting, after: beats.last!, random: &random)))

            let scenes = makeScenes(beats, previousLocation: &previousLocation, random: &random)
            for beat in beats {
                if beat.kind == .reveal, let secret = beat.secret {
                    ledger.apply(.reveal(secret: secret, to: beat.cast[1]), episode: number, present: beat.cast)
                }
            }
            for event in closing { ledger.apply(event, episode: number) }

            let title = makeTitle(text: text, used: &usedTitles, uses: &titleUses, random: &random)
            let main = beats.first(where: { $0.kind == .reveal }) ?? (beats.count > 2 ? beats[1] : beats[0])
            plans.append(EpisodePlan(
                number: number, title: title, summary: summary(main, text: text),
                isPaywall: number == paywall, isReversal: number == reversal, isFinale: number == episodes && episodes > 1,
                scenes: scenes, openingEvents: opening, closingEvents: closing,
                arcs: series.arcs.filter { $0.episodes.contains(number) }.map(\.id)))
        }
        return SeasonPlan(episodes: plans)
    }

    // MARK: Events

    struct Schedule {
        var opening: [Int: [ContinuityEvent]] = [:]
        var closing: [Int: [ContinuityEvent]] = [:]
    }

    /// When characters leave and return, get hurt and heal, when the signature prop changes
    /// hands and how the central relationship turns.
    func eventSchedule() -> Schedule {
        var schedule = Schedule()
        guard let protagonist = member(.protagonist) else { return schedule }
        let lead = member(.lead)
        let antagonist = member(.antagonist)

        // The rival leaves a third of the way in and comes back before the midpoint, unless
        // a reveal in between needs them.
        if episodes >= 12, let rival = member(.rival) {
            let leave = share(0.3)
            let back = max(leave + 2, share(0.45))
            let needed = series.secrets.contains { secret in
                guard let episode = secret.revealIn, (leave + 1)..<back ~= episode else { return false }
                return secret.revealTo == rival.id || secret.knownBy == [rival.id]
            }
            if !needed, back < episodes {
                schedule.closing[leave, default: []].append(.exit(character: rival.id))
                schedule.opening[back, default: []].append(.return(character: rival.id))
            }
        }
        // An injury at the reversal (or the midpoint) that heals three episodes later.
        if episodes >= 6 {
            let hurt = reversal ?? share(0.5)
            let text = StoryText(language: series.language)
            let injury = text.injuries[Int(series.writer.seed % UInt64(text.injuries.count))]
            schedule.closing[hurt, default: []].append(.injury(character: protagonist.id, description: injury))
            if hurt + 3 <= episodes { schedule.opening[hurt + 3, default: []].append(.heal(character: protagonist.id)) }
        }
        // The signature prop is taken at the midpoint and won back at the dark moment.
        if episodes >= 6, let prop = series.props.first, let antagonist {
            schedule.closing[share(0.5), default: []].append(.prop(prop: prop.id, holder: antagonist.id))
            schedule.closing[max(share(0.5) + 1, share(0.8)), default: []].append(.prop(prop: prop.id, holder: protagonist.id))
        }
        // The central relationship: wary, broken at the reversal, allies, close, broken at the
        // dark moment, mended in the finale.
        if let lead {
            var turns: [(Int, RelationshipState)] = [(1, .wary)]
            if let reversal, reversal > 1 { turns.append((reversal, .estranged)) }
            turns += [(share(0.3), .allies), (share(0.5), .close), (share(0.8), .estranged), (episodes, .close)]
            var byEpisode: [Int: RelationshipState] = [:]
            for (episode, state) in turns { byEpisode[episode] = state }
            for episode in byEpisode.keys.sorted() {
                schedule.closing[episode, default: []].append(.relationship(protagonist.id, lead.id, byEpisode[episode]!))
            }
        }
        if let antagonist {
            schedule.closing[1, default: []].append(.relationship(protagonist.id, antagonist.id, .enemies))
            if episodes > 1 { schedule.closing[episodes, default: []].append(.exit(character: antagonist.id)) }
        }
        return schedule
    }

    // MARK: Beats

    func present(_ ledger: ContinuityLedger, except: Set<String> = []) -> [String] {
        series.characters.map(\.id).filter { ledger.isPresent($0) && !except.contains($0) }
    }

    func weights(number: Int) -> [(BeatKind, Double)] {
        var w: [BeatKind: Double]
        switch series.genre {
        case .romance: w = [.romance: 3, .confrontation: 2, .humiliation: 1, .scheme: 1.2, .exposition: 1, .warning: 0.8, .plea: 0.5, .triumph: 0.8]
        case .revenge: w = [.humiliation: 2, .triumph: 2, .confrontation: 2, .scheme: 1.5, .exposition: 0.8, .warning: 1, .plea: 0.8, .romance: 0.6]
        case .suspense: w = [.exposition: 2.4, .confrontation: 2.2, .warning: 1.5, .scheme: 1.1, .romance: 0.7, .plea: 0.6, .triumph: 0.7, .humiliation: 0.3]
        case .palace: w = [.scheme: 3, .confrontation: 2, .humiliation: 1.2, .romance: 1, .plea: 1, .warning: 1, .exposition: 0.8, .triumph: 1]
        }
        if let reversal, number <= reversal {
            w[.triumph, default: 0] *= 0.3
            w[.humiliation, default: 0] *= 1.5
        } else if let paywall, number >= paywall {
            w[.triumph, default: 0] *= 1.5
        }
        if Double(number) > Double(episodes) * 0.9 {
            w[.triumph, default: 0] *= 2
            w[.plea, default: 0] *= 1.5
        }
        return BeatKind.allCases.compactMap { kind in w[kind].map { (kind, $0) } }
    }

    func middleBeats(number: Int, ledger: ContinuityLedger, exiting: Set<String>, returning: [String], random: inout SeededGenerator) -> [BeatPlan] {
        let count = max(1, min(8, target / 30))
        var kinds: [BeatKind] = []
        if number == episodes && episodes > 1 {
            kinds = [.triumph, .romance, .plea, .confrontation, .warning, .exposition, .scheme, .humiliation]
            kinds = Array(kinds.prefix(count))
        } else {
            for _ in 0..<count {
                let options = weights(number: number).filter { $0.0 != kinds.last }
                kinds.append(random.weighted(options) ?? .confrontation)
            }
        }
        var beats = kinds.map { cast(for: $0, number: number, ledger: ledger, exiting: exiting, random: &random) }
        // The pilot opens on the protagonist: facing the lead (romance) or the antagonist.
        if number == 1, let p = member(.protagonist)?.id,
           let opponent = (series.genre == .romance ? member(.lead) : member(.antagonist))?.id {
            beats[0] = BeatPlan(kind: series.genre == .revenge ? .humiliation : .confrontation, cast: [opponent, p])
        }
        // Returning characters appear in the first beat; leaving ones in the last.
        if let back = returning.first, !beats.contains(where: { $0.cast.contains(back) }) {
            beats[0] = BeatPlan(kind: .confrontation, cast: [back, member(.protagonist)!.id])
        }
        if let leaving = exiting.sorted().first, !beats.contains(where: { $0.cast.contains(leaving) }), let protagonist = member(.protagonist) {
            beats[beats.count - 1] = BeatPlan(kind: leaving == member(.antagonist)?.id ? .triumph : .confrontation,
                                              cast: leaving == member(.antagonist)?.id ? [protagonist.id, leaving] : [leaving, protagonist.id])
        }
        return beats
    }

    func cast(for kind: BeatKind, number: Int, ledger: ContinuityLedger, exiting: Set<String>, random: inout SeededGenerator) -> BeatPlan {
        let here = Set(present(ledger))
        func id(_ role: Role) -> String? { member(role).flatMap { here.contains($0.id) ? $0.id : nil } }
        guard let p = id(.protagonist) else {
            let ids = present(ledger)
            return BeatPlan(kind: kind, cast: Array(ids.prefix(2)))
        }
        let opponents = [(Role.antagonist, 2.0), (.rival, 1.5), (.elder, 1.0)].compactMap { role, w in id(role).map { ($0, w) } }
        let opponent = random.weighted(opponents) ?? id(.lead) ?? id(.ally) ?? p
        let afterPaywall = paywall.map { number >= $0 } ?? (number > episodes / 2)
        switch kind {
        case .confrontation:
            return BeatPlan(kind: kind, cast: random.chance(0.5) ? [opponent, p] : [p, opponent])
        case .humiliation:
            return BeatPlan(kind: kind, cast: [opponent, p])
        case .scheme:
            let plotters = [id(.antagonist), id(.rival), id(.elder)].compactMap { $0 }
            if plotters.count >= 2 { return BeatPlan(kind: kind, cast: Array(random.shuffled(plotters).prefix(2))) }
            return BeatPlan(kind: .confrontation, cast: [opponent, p])
        case .romance:
            guard let l = id(.lead) else { return BeatPlan(kind: .confrontation, cast: [opponent, p]) }
            return BeatPlan(kind: kind, cast: random.chance(0.5) ? [l, p] : [p, l])
        case .exposition:
            guard let helper = id(.ally) ?? id(.lead) else { return BeatPlan(kind: .confrontation, cast: [opponent, p]) }
            return BeatPlan(kind: kind, cast: [p, helper])
        case .warning:
            guard let helper = id(.ally) ?? id(.lead) else { return BeatPlan(kind: .confrontation, cast: [opponent, p]) }
            return BeatPlan(kind: kind, cast: [helper, p])
        case .plea:
            return BeatPlan(kind: kind, cast: afterPaywall ? [opponent, p] : [p, opponent])
        case .triumph:
            return BeatPlan(kind: kind, cast: [p, opponent])
        case .hook, .reveal, .cliffhanger:
            return BeatPlan(kind: kind, cast: [opponent, p])
        }
    }

    /// Who says the last line: someone from the other side, present and not leaving.
    func cliffCast(ledger: ContinuityLedger, exiting: Set<String>, after last: BeatPlan, random: inout SeededGenerator) -> [String] {
        let here = Set(present(ledger, except: exiting))
        let p = member(.protagonist).map(\.id)
        if last.kind == .reveal, last.cast.allSatisfy(here.contains) { return last.cast }
        let sides = [Role.antagonist, .rival, .elder, .lead, .ally].compactMap { member($0)?.id }.filter { here.contains($0) }
        let speaker = random.pick(Array(sides.prefix(3))) ?? sides.first ?? p ?? last.cast[0]
        let listener = (p.map { here.contains($0) } ?? false) && speaker != p ? p! : (last.cast.first { $0 != speaker } ?? speaker)
        return [speaker, listener]
    }

    // MARK: Scenes, titles, summaries

    /// The locations that are the premise's own places, as the bible's reading records them.
    var premisePlaces: [String] {
        let places = Set((series.reading?.places ?? []).map { $0.lowercased() })
        return series.locations.filter { places.contains($0.name.lowercased()) }.map(\.id)
    }

    func makeScenes(_ beats: [BeatPlan], previousLocation: inout String?, random: inout SeededGenerator) -> [ScenePlan] {
        let wanted = max(1, Int((Double(target) / 40).rounded()))
        let count = max(1, min(wanted, beats.count / 2))
        var scenes: [ScenePlan] = []
        var start = 0
        for index in 0..<count {
            let end = index == count - 1 ? beats.count : start + max(2, (beats.count - start) / (count - index))
            let choices = series.locations.map(\.id).filter { $0 != previousLocation }
            // The premise's places are the series' main sets: about two scenes in five play
            // there (a season about a kindergarten keeps coming back to it).
            let sets = premisePlaces.filter { $0 != previousLocation }
            var location = !sets.isEmpty && random.chance(0.4) ? random.pick(sets)! : random.pick(choices) ?? series.locations.first?.id ?? ""
            // The season opens where the premise does: the bible's first place (the premise's
            // own, when it names one).
            if previousLocation == nil, index == 0, let first = series.locations.first { location = first.id }
            previousLocation = location
            scenes.append(ScenePlan(location: location, night: random.chance(0.45), beats: Array(beats[start..<end])))
            start = end
        }
        return scenes
    }

    func makeTitle(text: StoryText, used: inout Set<String>, uses: inout [Int: Int], random: inout SeededGenerator) -> String {
        let fills: [String: [String]] = [
            "{who}": series.characters.map(\.actionName),
            "{prop}": series.props.map(\.name),
            "{place}": series.locations.map { $0.spoken ?? $0.name },
        ]
        let patterns = text.titlePatterns
        let order = patterns.indices.map { ($0, uses[$0] ?? 0, random.next()) }.sorted { ($0.1, $0.2) < ($1.1, $1.2) }
        for (index, _, _) in order {
            var candidates = [patterns[index]]
            for (slot, values) in fills where patterns[index].contains(slot) {
                candidates = candidates.flatMap { pattern in random.shuffled(values).map { pattern.replacingOccurrences(of: slot, with: $0) } }
            }
            for candidate in candidates {
                let title = series.language == .en ? Self.titleCased(candidate) : candidate
                if !title.contains("{"), used.insert(title).inserted {
                    uses[index, default: 0] += 1
                    return title
                }
            }
        }
        let fallback = series.language == .zh ? "第\(used.count + 1)集" : series.language == .es ? "Episodio \(used.count + 1)" : "Episode \(used.count + 1)"
        used.insert(fallback)
        return fallback
    }

    /// English title case: every word capitalised but short function words inside.
    static func titleCased(_ text: String) -> String {
        let small: Set<String> = ["a", "an", "the", "of", "at", "in", "on", "to", "and", "or", "for", "by", "with"]
        return text.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0, small.contains(lower) { return lower }
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    func summary(_ beat: BeatPlan, text: StoryText) -> String {
        var line = text.summary(beat.kind)
        let names = beat.cast.map { id in series.character(id: id)?.actionName ?? id }
        line = line.replacingOccurrences(of: "{X}", with: names.first ?? "")
        line = line.replacingOccurrences(of: "{Y}", with: names.dropFirst().first ?? names.first ?? "")
        // The secret as the bible words it in the series' language (its id is for the files).
        let hint = beat.secret.flatMap { id in series.secrets.first { $0.id == id } }.map(\.hint) ?? ""
        let secret = switch series.language {
        case .en: hint.isEmpty ? "a secret" : "a secret (\(hint))"
        case .zh: hint.isEmpty ? "一个秘密" : "一个秘密（\(hint)）"
        case .es: hint.isEmpty ? "un secreto" : "un secreto (\(hint))"
        }
        return line.replacingOccurrences(of: "{S}", with: secret)
    }
}
