import Basics
import DramaModel
import Foundation
@testable import StoryEngine
import TestSupport
import Testing

/// The premise reader on premises the writer was not tuned on (`Premises/premises.txt`), and
/// the bible built from what it reads: the premise's people are the cast with their gender,
/// its places are locations and its objects are props.
@Suite struct PremiseReadingTests {
    struct Case: CustomStringConvertible, Sendable {
        var premise: String
        var people: [(label: String, gender: Gender?)]
        var places: [String]
        var objects: [String]
        var language: Language { premise.unicodeScalars.contains { $0.properties.isIdeographic } ? .zh : .en }
        var description: String { premise }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Premises/premises.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line -> Case? in
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            func list(_ index: Int) -> [String] {
                index < fields.count ? fields[index].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
            }
            let people = list(1).map { item -> (String, Gender?) in
                let parts = item.split(separator: ":").map(String.init)
                let gender: Gender? = parts.count > 1 ? (parts[1] == "f" ? .female : parts[1] == "m" ? .male : nil) : nil
                return (parts[0], gender)
            }
            return Case(premise: fields[0], people: people, places: list(2), objects: list(3))
        }
    }()

    @Test func theSetHasFortyPremisesInBothLanguages() {
        #expect(Self.cases.count >= 40)
        #expect(Self.cases.filter { $0.language == .zh }.count >= 12)
    }

    @Test(arguments: cases)
    func theReaderFindsThePremisesPeoplePlacesAndObjects(_ test: Case) {
        let reading = PremiseReading(test.premise, language: test.language)
        for (label, gender) in test.people {
            let person = reading.people.first { $0.label.lowercased() == label.lowercased() }
            #expect(person != nil, "\(label) not among \(reading.people.map(\.label))")
            if let gender { #expect(person?.gender == gender, "\(label): \(String(describing: person?.gender))") }
        }
        if let first = test.people.first {
            #expect(reading.people.first?.label.lowercased() == first.label.lowercased(), "the protagonist: \(reading.people.map(\.label))")
        }
        for place in test.places { #expect(reading.places.contains { $0.contains(place) }, "\(place) not among \(reading.places)") }
        for object in test.objects { #expect(reading.objects.contains { $0.contains(object) }, "\(object) not among \(reading.objects)") }
    }

    @Test(arguments: cases)
    func theBibleCastsThePremisesPeopleAndKeepsItsPlacesAndObjects(_ test: Case) throws {
        let series = try BeatSheetWriter().makeBible(PremiseRequest(premise: test.premise, episodes: 30))
        let reading = PremiseReading(test.premise, language: test.language)
        for person in reading.people.prefix(BibleBuilder.roles.count) where person.noun != "她" && person.noun != "他" {
            let member = series.characters.first { $0.archetype == person.label }
            #expect(member != nil, "\(person.label) is not cast: \(series.characters.map(\.archetype))")
            if let gender = person.gender { #expect(member?.gender == gender, "\(person.label) is \(String(describing: member?.gender))") }
        }
        if let gender = reading.protagonistGender { #expect(series.characters.first?.gender == gender) }
        let names = series.locations.map { $0.name.lowercased() } + series.locations.compactMap { $0.spoken?.lowercased() }
        for place in reading.places.prefix(4) { #expect(names.contains { $0.contains(place.lowercased()) }, "\(place) is not a location: \(names)") }
        let props = series.props.map(\.name)
        for object in reading.objects.prefix(3) {
            #expect(props.contains { $0.contains(object) }, "\(object) is not a prop: \(props)")
            #expect(props.filter { $0.contains(object) }.count == 1, "\(object) is two props: \(props)")
        }
    }

    @Test func theRetiredHitwomanIsTheHeroineNotTheLead() throws {
        let series = try BeatSheetWriter().makeBible(PremiseRequest(
            premise: "A retired hitwoman opens a kindergarten and her old boss enrolls his son", genre: .revenge, episodes: 40))
        let heroine = try #require(series.characters.first)
        #expect(heroine.role == .protagonist && heroine.gender == .female && heroine.archetype == "the retired hitwoman")
        #expect(series.characters.contains { $0.role == .antagonist && $0.archetype == "her old boss" })
        #expect(series.characters.contains { $0.archetype == "his son" && $0.gender == .male })
        #expect(series.locations.first?.name == "KINDERGARTEN")
        #expect(series.title == "The Retired Hitwoman")
        #expect(series.characters.first { $0.archetype == "her old boss" }?.gender == .male, "his son is the boss's")
    }

    @Test func aChinesePremiseKeepsItsStepsisterAndHerExam() {
        let reading = PremiseReading("重生回到高考前一天，她决定不再替继妹顶罪", language: .zh)
        #expect(reading.people.map(\.label) == ["她", "继妹"])
        #expect(reading.protagonistGender == .female)
        #expect(reading.events.contains("高考") && reading.events.contains("重生") && reading.events.contains("顶罪"))
        #expect(reading.summary.contains("继妹"))
    }

    @Test func theReadingIsWrittenIntoTheBibleAndCorrectingItRewritesEpisodeOnesOpening() throws {
        let premise = "A retired hitwoman opens a kindergarten and her old boss enrolls his son"
        let writer = BeatSheetWriter()
        let series = try writer.makeBible(PremiseRequest(premise: premise, episodes: 3, seed: 4))
        let reading = try #require(series.reading)
        #expect(reading.people.map(\.label) == ["the retired hitwoman", "her old boss", "his son"])
        #expect(reading.people.map(\.role) == [.protagonist, .lead, .antagonist])
        #expect(reading.places == ["kindergarten"])

        // series.yaml holds it and reads it back.
        let yaml = SeriesYAMLWriter.yaml(for: series)
        #expect(yaml.contains("reading:\n  people:\n    - label: the retired hitwoman\n      gender: female\n      role: protagonist"))
        let loaded = try SeriesLoader.load(yaml: yaml)
        #expect(loaded.series.reading == reading)

        // Episode 1 opens on the premise with the names of the people it names.
        func opening(_ series: Series) throws -> String {
            let scripts = try writer.writeSeason(series, plan: try writer.planSeason(series))
            return try #require(scripts.first?.text.split(separator: "\n").first { $0.hasPrefix("A retired hitwoman") }.map(String.init))
        }
        let name = { (role: Role) in series.character(role: role)?.actionName.uppercased() ?? "?" }
        #expect(try opening(series) == "A retired hitwoman (\(name(.protagonist))) opens a kindergarten and her old boss (\(name(.lead))) enrolls his son (\(name(.antagonist))).")
        // A person corrects who the son is; the opening follows.
        let other = try #require(series.characters.first { ![.protagonist, .lead, .antagonist].contains($0.role) }).role
        var corrected = series
        corrected.reading!.people[2].role = other
        #expect(try opening(corrected).hasSuffix("enrolls his son (\(name(other)))."))

        // A role the schema does not know is reported at its line.
        let unknown = yaml.replacingOccurrences(of: "      role: antagonist\n", with: "      role: villain\n")
        let error = #expect(throws: DramaModelError.self) { try SeriesLoader.load(yaml: unknown) }
        #expect(error?.diagnostics.contains { $0.message.contains("villain") && $0.line != nil } == true)
    }

    @Test func aPersonInsideAPossessiveIsNamedAfterTheOpening() throws {
        let premise = "A deaf pianist and her ex-husband's new wife compete for the same scholarship at the Vienna conservatory"
        let writer = BeatSheetWriter()
        let series = try writer.makeBible(PremiseRequest(premise: premise, episodes: 2, seed: 3))
        let opening = try #require(SeasonComposer.premiseTold(series))
        // The possessive stays whole; the ex-husband is named after the sentence.
        #expect(opening.contains("her ex-husband's new wife ("))
        let role = try #require(series.reading?.people.first { $0.label == "her ex-husband" }?.role)
        let husband = try #require(series.character(role: role))
        #expect(opening.hasSuffix("Her ex-husband: \(husband.actionName.uppercased())."))
    }

    @Test func aRoleNoCharacterPlaysIsReportedAtItsField() throws {
        let series = try BeatSheetWriter().makeBible(PremiseRequest(premise: "A nanny blackmails the father of the twins she raises", episodes: 3, seed: 2))
        var yaml = SeriesYAMLWriter.yaml(for: series)
        // Remove every ally from the cast and point the reading at that role.
        var trimmed = series
        trimmed.characters.removeAll { $0.role == .ally }
        trimmed.reading?.people[0].role = .ally
        yaml = SeriesYAMLWriter.yaml(for: trimmed)
        let error = #expect(throws: DramaModelError.self) { try SeriesLoader.load(yaml: yaml) }
        let diagnostic = try #require(error?.diagnostics.first { $0.message.contains("no character has that role") })
        #expect(diagnostic.line != nil && diagnostic.hint?.contains("leave role out") == true)
    }

    /// How much of what the premise names reaches the bible and episode 1, over the whole
    /// set: printed as a distribution (the issue's figures), and every person and place is in
    /// the bible.
    @Test func coverageOfThePremiseInTheBibleAndEpisodeOne() throws {
        var bibleShares: [Double] = [], episodeShares: [Double] = [], seasonShares: [Double] = []
        for test in Self.cases {
            let writer = BeatSheetWriter()
            let series = try writer.makeBible(PremiseRequest(premise: test.premise, episodes: 30))
            let plan = try writer.planSeason(series)
            let scripts = try writer.writeSeason(series, plan: plan)
            let reading = PremiseReading(test.premise, language: test.language)
            let terms = (reading.people.map(\.noun) + reading.places + reading.objects).map { $0.lowercased() }.filter { $0 != "她" && $0 != "他" }
            guard !terms.isEmpty else { continue }
            let bible = (series.characters.map { "\($0.archetype) \($0.description)" } + series.locations.map { "\($0.name) \($0.spoken ?? "")" }
                + series.props.map(\.name)).joined(separator: " ").lowercased()
            let episode = (scripts.first?.text ?? "").lowercased()
            bibleShares.append(Double(terms.filter { bible.contains($0) }.count) / Double(terms.count))
            episodeShares.append(Double(terms.filter { episode.contains($0) }.count) / Double(terms.count))
            // Terms that stay in the story: said or shown in at least a third of the episodes.
            let texts = scripts.map { $0.text.lowercased() }
            let lasting = terms.filter { term in texts.filter { $0.contains(term) }.count * 3 >= texts.count }
            seasonShares.append(Double(lasting.count) / Double(terms.count))
            if episodeShares.last! < 0.8 { print("episode 1 of “\(test.premise)” misses \(terms.filter { !episode.contains($0) })") }
        }
        func quartiles(_ values: [Double]) -> String {
            let sorted = values.sorted()
            return [0, 0.25, 0.5, 0.75, 1].map { q in String(format: "%.0f%%", 100 * sorted[Int(q * Double(sorted.count - 1))]) }.joined(separator: " / ")
        }
        print("premise terms in the bible (min / q1 / median / q3 / max): \(quartiles(bibleShares))")
        print("premise terms in episode 1 (min / q1 / median / q3 / max): \(quartiles(episodeShares))")
        print("premise terms in at least a third of the episodes (min / q1 / median / q3 / max): \(quartiles(seasonShares))")
        #expect(bibleShares.allSatisfy { $0 == 1 }, "every person, place and object the premise names is in the bible")
        #expect(episodeShares.allSatisfy { $0 >= 0.8 }, "every premise has at least 80 % of its terms in episode 1")
    }

    /// The premise's events shape the season, not only its opening: the truth an event hides
    /// ("重生", "framing") is a secret of the bible revealed at the reversal, and a day the
    /// premise counts toward ("高考", "a wedding") draws close at the paywall and comes in the
    /// finale.
    @Test func thePremisesEventsShapeTheSeason() throws {
        var secrets = 0, deadlines = 0
        for test in Self.cases {
            let reading = PremiseReading(test.premise, language: test.language)
            let lexicon = PremiseLexicon.shared(test.language)
            let options = reading.events.compactMap { lexicon.eventSecrets[$0.lowercased()] }
            let deadline = reading.events.lazy.compactMap { lexicon.deadlines[$0.lowercased()] }.first
            guard !options.isEmpty || deadline != nil else { continue }
            let writer = BeatSheetWriter()
            let series = try writer.makeBible(PremiseRequest(premise: test.premise, episodes: 30))
            let scripts = try writer.writeSeason(series, plan: try writer.planSeason(series))
            if let option = options.first {
                let secret = series.secrets.first { $0.id == BibleBuilder.normalisedID(option.id) }
                #expect(secret != nil, "“\(test.premise)”: the truth of \(reading.events) is not among the secrets \(series.secrets.map(\.id))")
                if let secret, let episode = secret.revealIn {
                    #expect(episode == (series.format.paywallEpisode ?? 2) - 1, "“\(test.premise)”: \(secret.id) is revealed in episode \(episode), not at the reversal")
                    #expect(scripts[episode - 1].text.contains(secret.reveal), "“\(test.premise)”: episode \(episode) does not reveal \(secret.id)")
                    secrets += 1
                }
            }
            if let deadline {
                let near = series.format.paywallEpisode ?? 15
                #expect(scripts[near - 1].text.contains(deadline.near), "“\(test.premise)”: episode \(near) lacks “\(deadline.near)”")
                #expect(scripts[29].text.contains(deadline.day), "“\(test.premise)”: the finale lacks “\(deadline.day)”")
                #expect(scripts.dropLast().allSatisfy { !$0.text.contains(deadline.day) }, "“\(test.premise)”: the day comes before the finale")
                deadlines += 1
            }
        }
        print("premises whose events became a revealed secret: \(secrets); a deadline: \(deadlines) (of \(Self.cases.count))")
        #expect(secrets >= 5 && deadlines >= 3, "the premise set exercises both: \(secrets) secrets, \(deadlines) deadlines")
    }

    /// Every row of the built-in lexicons' `[event.secret]` and `[event.deadline]` is read, and
    /// each secret's lines fill with a cast of every role.
    @Test(arguments: Language.written)
    func theLexiconsEventRowsAreWellFormed(language: Language) throws {
        let lexicon = PremiseLexicon.shared(language)
        #expect(lexicon.problems.isEmpty, "\(lexicon.problems)")
        #expect(lexicon.eventSecrets.count >= 8 && lexicon.deadlines.count >= 5)
        let series = try BeatSheetWriter().makeBible(Seasons.request(.revenge, language, episodes: 30))
        for (event, option) in lexicon.eventSecrets.sorted(by: { $0.key < $1.key }) {
            var filler = SlotFiller(characters: series.characters, props: series.props)
            filler.speaker = series.character(role: option.knowers[0])
            filler.listener = series.character(role: option.learner)
            // Its knower teases it ("Tell anyone about {secret}…"): the hint never names them.
            #expect(try filler.fill(Template(key: "hint", text: option.hint)) != nil, "\(event): the hint does not fill when its knower says it")
            filler.speaker = nil
            #expect(try filler.fill(Template(key: "reveal", text: option.reveal)) != nil, "\(event): the reveal does not fill")
        }
    }

    /// Looks and voices over every premise of the set, two seeds each: wardrobe by gender and
    /// never worn twice in a series, every pair of voices apart (another variant, or pitches
    /// at least `minimumPitchGap` apart), and the ages a relation implies.
    @Test func wardrobeVoicesAndAgesAreConsistentAndDistinct() throws {
        for test in Self.cases {
            for seed: UInt64 in [1, 2] {
                let series = try BeatSheetWriter().makeBible(PremiseRequest(premise: test.premise, episodes: 30, seed: seed))
                let lists = try #require(BibleBuilder.outfits[series.genre])
                let outfits = series.characters.compactMap(\.look.outfit)
                #expect(Set(outfits).count == outfits.count, "\(test.premise): an outfit worn twice: \(outfits)")
                for member in series.characters {
                    let allowed = member.gender == .female ? lists.female : lists.male + ["golden dragon robes"]
                    #expect(allowed.contains(member.look.outfit ?? ""), "\(test.premise): \(member.name) (\(member.gender)) wears \(member.look.outfit ?? "-")")
                }
                let voices = series.characters.map(\.voice)
                for i in voices.indices {
                    for j in voices.indices where j > i {
                        let apart = voices[i].voice != voices[j].voice || abs((voices[i].pitch ?? 0) - (voices[j].pitch ?? 0)) >= BibleBuilder.minimumPitchGap
                        #expect(apart, "\(test.premise): \(series.characters[i].name) and \(series.characters[j].name) sound alike: \(voices[i]) \(voices[j])")
                    }
                }
            }
        }
        let hitwoman = try BeatSheetWriter().makeBible(PremiseRequest(premise: "A retired hitwoman opens a kindergarten and her old boss enrolls his son", episodes: 30))
        let heroAge = try #require(hitwoman.characters.first?.look.age)
        #expect((hitwoman.characters.first { $0.archetype == "his son" }?.look.age ?? 99) <= 12)
        #expect((hitwoman.characters.first { $0.archetype == "her old boss" }?.look.age ?? 0) > heroAge)
        let reborn = try BeatSheetWriter().makeBible(PremiseRequest(premise: "重生回到高考前一天，她决定不再替继妹顶罪", episodes: 30))
        let heroine = try #require(reborn.characters.first?.look.age)
        #expect((reborn.characters.first { $0.archetype == "继妹" }?.look.age ?? 99) < heroine, "a stepsister 继妹 is younger")
    }
}
