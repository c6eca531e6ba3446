import Basics
import Foundation
import DramaModel

/// Builds a series bible from a premise: cast, places, props, secrets with their reveal
/// schedule, and arcs, all from the genre's phrasebook and the seed.
struct BibleBuilder {
    static let roles: [Role] = [.protagonist, .lead, .antagonist, .rival, .ally, .elder]

    let request: PremiseRequest
    let phrasebooks: ProjectPhrasebooks

    func build() throws(StoryEngineError) -> Series {
        let language = request.resolvedLanguage
        let genre = request.resolvedGenre
        let seed = request.resolvedSeed
        let kit: GenreKit
        do {
            kit = try phrasebooks.kit(genre, language)
        } catch {
            throw StoryEngineError(code: .phrasebookBroken, message: "the built-in \(genre.rawValue) phrasebook is broken: \(error)")
        }
        var random = SeededGenerator(seed: seed, label: "bible")
        let reading = PremiseReading(request.premise, language: language)
        let text = StoryText(language: language)

        let characters = cast(kit: kit, reading: reading, genre: genre, language: language, random: &random)
        var filler = SlotFiller(characters: characters, props: [], dialogue: false)

        // Places: the premise's first, then the genre's.
        var locations: [Location] = premiseLocations(reading, language: language)
        for option in random.shuffled(kit.places).prefix(max(0, 8 - locations.count)) {
            guard let heading = (try? Template(key: "place", text: option.heading)).flatMap(filler.fill) else { continue }
            let wanted = Self.normalisedID(option.id)
            let id = SeriesValidator.isValidID(wanted) && !locations.contains(where: { $0.id == wanted }) ? wanted : "place-\(locations.count + 1)"
            locations.append(Location(id: id, name: language == .en ? heading.uppercased() : heading, spoken: option.spoken,
                                      setting: option.setting, description: option.description))
        }

        // Props: the first is the signature prop, held by the protagonist.
        let protagonist = characters[0]
        var props: [Prop] = []
        let premiseProps = reading.objects.prefix(3).map { language == .en ? "the \($0)" : PremiseLexicon.shared(.zh).demonstrative($0) }
        // The genre's props fill up, but none that repeats the premise's ("the marriage
        // contract" beside "the contract").
        let genreProps = random.shuffled(kit.props).filter { name in !reading.objects.prefix(3).contains { name.lowercased().contains($0.lowercased()) } }
        for (index, name) in (premiseProps + genreProps).prefix(3).enumerated() {
            props.append(Prop(id: propID(name, index: index, taken: props.map(\.id)), name: name, holder: index == 0 ? protagonist.id : nil))
        }

        let episodes = request.episodes
        let paywall = SeriesFormat.defaultPaywall(episodes: episodes)
        let secrets = self.secrets(kit: kit, characters: characters, props: props, episodes: episodes, paywall: paywall,
                                   events: reading.events, language: language, random: &random)

        filler = SlotFiller(characters: characters, props: props, dialogue: false)
        var arcs: [Arc] = []
        for (index, arc) in text.arcs(genre: genre).enumerated() {
            let end = index == 2 ? max(1, Int((Double(episodes) * 0.8).rounded())) : episodes
            guard let title = (try? Template(key: "arc", text: arc.title)).flatMap(filler.fill),
                  let description = (try? Template(key: "arc", text: arc.description)).flatMap(filler.fill) else { continue }
            let ids = index == 0 ? [protagonist.id, characters[2].id] : index == 1 ? [protagonist.id, characters[1].id] : [characters[3].id]
            arcs.append(Arc(id: arc.id, title: title, description: description, characters: ids, episodes: 1...end))
        }

        let (first, second) = text.titleParts(genre: genre)
        let title = request.title ?? {
            let a = random.pick(first) ?? "", b = random.pick(second) ?? ""
            // An English title names the premise's protagonist when it names one:
            // "The Retired Hitwoman".
            if language == .en, let hero = reading.people.first, hero.label.hasPrefix("the ") {
                return hero.label.split(separator: " ").map { $0 == $0.uppercased() ? String($0) : $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            }
            return language == .en ? "\(a) \(b)" : "\(a)\(b)"
        }()
        return Series(
            title: title, premise: request.premise, genre: genre, tone: text.defaultTone[genre] ?? "",
            format: SeriesFormat(episodes: episodes, targetSeconds: request.targetSeconds, paywallEpisode: paywall, languages: [language]),
            writer: WriterSettings(engine: WriterSettings.beatSheet, seed: seed),
            characters: characters, locations: locations, props: props, secrets: secrets, arcs: arcs,
            reading: Self.seriesReading(reading, genre: genre, characters: characters))
    }

    /// The reading as the bible records it: each person with the role they became (and that
    /// character's gender when the premise does not tell one).
    static func seriesReading(_ reading: PremiseReading, genre: Genre, characters: [CastMember]) -> SeriesReading {
        let roles = premiseRoles(reading, genre: genre)
        let people = reading.people.map { person in
            let role = roles.first { $0.value == person }?.key
            let gender = person.gender ?? role.flatMap { role in characters.first { $0.role == role }?.gender } ?? .unspecified
            return SeriesReading.Person(label: person.label, gender: gender, role: role)
        }
        return SeriesReading(people: people, places: reading.places, objects: reading.objects, events: reading.events)
    }

    /// Which role each person the premise names plays: the first is the protagonist, the
    /// second the counterpart (the lead in a romance, else the antagonist), the others fill
    /// the remaining roles in order.
    static func premiseRoles(_ reading: PremiseReading, genre: Genre) -> [Role: PremiseReading.Person] {
        let counterpart: Role = genre == .romance ? .lead : .antagonist
        let order: [Role] = [.protagonist, counterpart] + roles.filter { $0 != .protagonist && $0 != counterpart }
        var assigned: [Role: PremiseReading.Person] = [:]
        for (role, person) in zip(order, reading.people) { assigned[role] = person }
        return assigned
    }

    /// The premise's places as locations, in the order it names them.
    func premiseLocations(_ reading: PremiseReading, language: Language) -> [Location] {
        let outdoors: Set<String> = [
            "beach", "forest", "mountain", "desert", "island", "harbor", "harbour", "garden", "village", "graveyard", "cemetery", "farm",
            "border", "countryside", "ranch", "海边", "森林", "山", "沙漠", "海岛", "岛", "码头", "花园", "村", "村子", "墓地", "农场", "边关", "乡下",
        ]
        var locations: [Location] = []
        for place in reading.places.prefix(4) {
            let ascii = Self.normalisedID(place).filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            let id = SeriesValidator.isValidID(ascii) && !locations.contains(where: { $0.id == ascii }) ? ascii : "premise-place-\(locations.count + 1)"
            let noun = place.split(separator: " ").last.map(String.init) ?? place
            locations.append(Location(
                id: id, name: language == .en ? place.uppercased() : place, spoken: language == .en ? "the \(place)" : place,
                setting: outdoors.contains(noun) || outdoors.contains(place) ? .exterior : .interior,
                description: language == .en ? "The \(place) of the premise: \(request.premise)" : "前提里的\(place)：\(request.premise)"))
        }
        return locations
    }

    func cast(kit: GenreKit, reading: PremiseReading, genre: Genre, language: Language, random: inout SeededGenerator) -> [CastMember] {
        var usedGiven: Set<String> = []
        var usedSurnames: Set<String> = []
        var members: [CastMember] = []
        var surnameByRole: [Role: String] = [:]
        let fromPremise = Self.premiseRoles(reading, genre: genre)
        for role in Self.roles {
            var options = kit.cast.filter { $0.role == role }
            let person = fromPremise[role]
            // The gender the premise gives this role (the protagonist's may come from pronouns).
            let wanted = role == .protagonist ? (person?.gender ?? reading.protagonistGender) : person?.gender
            if let wanted {
                let matching = options.filter { $0.gender == wanted }
                if !matching.isEmpty { options = matching }
            } else if role == .lead, genre == .romance, let protagonist = members.first {
                let opposite = options.filter { $0.gender != protagonist.gender }
                if !opposite.isEmpty { options = opposite }
            }
            var option = random.pick(options)!
            if let wanted, option.gender != wanted { option.gender = wanted }
            let pool = option.gender == .female ? kit.femaleNames : kit.maleNames
            let given = random.pick(pool.filter { !usedGiven.contains($0) }) ?? "\(role.rawValue.capitalized)"
            usedGiven.insert(given)
            // Family ties: the elder shares the lead's name in romance, the antagonist's in revenge.
            let family: Role? = role == .elder ? (genre == .romance ? .lead : genre == .revenge ? .antagonist : nil) : nil
            let surname = family.flatMap { surnameByRole[$0] } ?? (random.pick(kit.surnames.filter { !usedSurnames.contains($0) }) ?? "")
            usedSurnames.insert(surname)
            surnameByRole[role] = surname
            let name: String
            if language == .zh {
                name = surname + given
            } else if genre == .palace {
                name = "\(surname) \(given)"
            } else {
                name = "\(given) \(surname)"
            }
            var archetype = option.archetype
            var description = option.description
            if let person, person.noun != "她", person.noun != "他" {
                // The premise's words say who this is; the phrasebook's description would
                // describe someone else.
                archetype = person.label
                description = language == .en
                    ? "\(person.label.prefix(1).uppercased() + person.label.dropFirst()), as the premise has it: \(request.premise)"
                    : "\(person.label)（前提：\(request.premise)）"
            }
            let ascii = given.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
            let id = language == .en && SeriesValidator.isValidID(ascii) && !members.contains(where: { $0.id == ascii }) ? ascii : role.rawValue
            members.append(CastMember(
                id: id, name: name, role: role, gender: option.gender, archetype: archetype, address: option.address,
                description: description,
                look: look(role: role, gender: option.gender, genre: genre, relation: person?.noun, cast: members, random: &random),
                voice: Self.voice(role: role, gender: option.gender, language: language, cast: members, random: &random)))
        }
        return members
    }

    /// Outfits by genre and gender: no man is dressed in a qipao, and in the palace the
    /// dragon robes are the emperor's.
    static let outfits: [Genre: (female: [String], male: [String])] = [
        .romance: (["a thrift-store blazer", "a red cocktail dress", "a cream trench coat", "a knit cardigan", "a floral sundress", "a white silk blouse"],
                   ["a tailored charcoal suit", "a navy three-piece suit", "a black turtleneck and blazer", "a grey cashmere sweater", "a leather jacket", "a crisp white shirt"]),
        .revenge: (["a white silk blouse", "a gold-trimmed qipao", "a red power suit", "a worn denim jacket", "a black sheath dress", "a delivery uniform"],
                   ["a worn denim jacket", "a black designer suit", "a delivery uniform", "a grey overcoat", "a wrinkled work shirt", "a pinstripe suit"]),
        .suspense: (["a rain-dark trench coat", "a police windbreaker", "a lab coat", "a black turtleneck", "a camel overcoat", "a hooded parka"],
                    ["a rain-dark trench coat", "a police windbreaker", "a lab coat", "a black turtleneck", "a camel overcoat", "a hooded parka"]),
        .palace: (["pale green palace robes", "crimson embroidered robes", "a maid's blue tunic", "plum silk robes", "peach brocade robes", "white mourning robes"],
                  ["black official's robes", "dark blue scholar's robes", "a eunuch's grey robes", "a guard's lamellar armour", "white mourning robes", "indigo court robes"]),
    ]

    /// Premise nouns for someone younger or older than the protagonist.
    static let younger: Set<String> = ["son", "daughter", "child", "kid", "baby", "little sister", "儿子", "女儿", "孩子", "宝宝", "妹妹", "继妹", "弟弟", "养子", "养女"]
    static let older: Set<String> = [
        "mother", "father", "mom", "dad", "boss", "grandmother", "grandfather", "grandma", "grandpa", "matriarch", "patriarch", "stepmother",
        "stepfather", "母亲", "父亲", "妈妈", "爸爸", "老板", "婆婆", "公公", "继母", "继父", "后妈", "姐姐", "继姐", "哥哥", "继兄", "奶奶", "爷爷", "上司",
    ]

    func look(role: Role, gender: Gender, genre: Genre, relation: String?, cast: [CastMember], random: inout SeededGenerator) -> LookSpec {
        let ages: [Role: ClosedRange<Int>] = [.protagonist: 21...27, .lead: 26...33, .antagonist: 30...45, .rival: 24...30, .ally: 22...30, .elder: 60...75]
        let hair = gender == .female
            ? ["long black hair", "a sleek black bob", "chestnut waves", "a high ponytail", "a loose braid", "an elegant updo"]
            : ["short black hair", "swept-back hair", "a neat side part", "tousled dark hair", "a close crop", "silver-streaked hair"]
        let skin = ["fair", "light", "warm beige", "olive", "tan", "deep brown"]
        let eyes = ["dark brown", "black", "hazel", "amber"]
        let builds = ["slight", "slender", "athletic", "tall and lean", "broad-shouldered", "compact"]
        let palettes = [["#1f3a5f", "#f2e8cf"], ["#8c1c13", "#f4d58d"], ["#2d3142", "#bfc0c0"], ["#3a5a40", "#dad7cd"], ["#5f0f40", "#fb8b24"], ["#0b132b", "#5bc0be"], ["#6b4226", "#f1dabf"], ["#14213d", "#fca311"]]
        let accessories = gender == .female ? ["a silver locket", "pearl earrings", "a jade bracelet", "a thin gold chain", "a red string bracelet"] : ["a steel watch", "a signet ring", "wire-rim glasses", "a jade pendant", "a leather watch strap"]
        var age = random.int(in: ages[role] ?? 20...40)
        if role == .elder { age = max(age, 60) }
        // A relation the premise names sets the age against the protagonist's: "his son" is
        // a child, 继妹 younger, "her old boss" older.
        if let relation, let heroAge = cast.first?.look.age {
            let noun = relation.lowercased()
            if ["son", "daughter", "child", "kid", "baby", "儿子", "女儿", "孩子", "宝宝", "养子", "养女"].contains(noun) {
                age = random.int(in: 4...12)
            } else if Self.younger.contains(noun) {
                age = max(16, heroAge - random.int(in: 2...6))
            } else if Self.older.contains(noun) {
                age = max(age, heroAge + random.int(in: 8...20))
            }
        }
        // Wardrobe: the gender's list for the genre, none worn twice in a series; the
        // palace's dragon robes only for the emperor.
        let taken = Set(cast.compactMap(\.look.outfit))
        let lists = Self.outfits[genre] ?? (["a plain coat"], ["a plain coat"])
        var options = (gender == .female ? lists.female : lists.male).filter { !taken.contains($0) }
        if genre == .palace, gender == .male, role == .lead, !taken.contains("golden dragon robes") { options = ["golden dragon robes"] }
        let outfit = random.pick(options) ?? random.pick(gender == .female ? lists.female : lists.male)
        return LookSpec(
            age: age, build: random.pick(builds), hair: role == .elder ? (gender == .female ? "silver hair in a bun" : "white hair, neatly combed") : random.pick(hair),
            skin: random.pick(skin), eyes: random.pick(eyes), outfit: outfit,
            palette: random.pick(palettes) ?? [], accessories: [random.pick(accessories)].compactMap { $0 })
    }

    /// The smallest pitch gap between two characters who share an espeak-ng variant, so that
    /// every pair of voices differs clearly to the ear (docs/voice.md).
    static let minimumPitchGap = 15

    /// A voice unlike every voice already cast: a variant nobody has yet while one is left,
    /// else a pitch at least `minimumPitchGap` from everyone sharing the variant.
    static func voice(role: Role, gender: Gender, language: Language, cast: [CastMember], random: inout SeededGenerator) -> VoiceCasting {
        let base = language == .en ? "en-us" : language == .es ? "es" : "cmn"
        let variants = gender == .female ? (1...5).map { "f\($0)" } : (1...7).map { "m\($0)" }
        let used = cast.map(\.voice)
        let free = variants.filter { variant in !used.contains { $0.voice == "\(base)+\(variant)" } }
        let variant = random.pick(free) ?? random.pick(variants)!
        var range = gender == .female ? 55...70 : 30...45
        if role == .elder { range = (range.lowerBound - 10)...(range.upperBound - 10) }
        let sharing = used.filter { $0.voice == "\(base)+\(variant)" }.compactMap(\.pitch)
        let clear = (0...99).filter { pitch in sharing.allSatisfy { abs($0 - pitch) >= Self.minimumPitchGap } }
        let preferred = clear.filter { range.contains($0) }
        let pitch = random.pick(preferred) ?? clear.min { abs($0 - range.lowerBound) < abs($1 - range.lowerBound) } ?? random.int(in: range)
        let rate = language == .zh ? random.int(in: 150...170) : random.int(in: 160...180)
        return VoiceCasting(engine: "espeak-ng", voice: "\(base)+\(variant)", pitch: pitch, rate: role == .elder ? rate - 15 : rate)
    }

    /// A phrasebook id as a bible id: lowercase, dashes for underscores and spaces.
    static func normalisedID(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
    }

    func propID(_ name: String, index: Int, taken: [String]) -> String {
        let words = name.lowercased().split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).filter { !["the", "a", "an", "of"].contains($0) }
        let id = words.prefix(3).joined(separator: "-")
        return !id.isEmpty && SeriesValidator.isValidID(id) && !taken.contains(id) ? id : "prop-\(index + 1)"
    }

    /// Picks the season's secrets and schedules them: majors on the reversal (right before
    /// the paywall), the midpoint, the dark moment and the finale; minors spread between.
    /// The truths the premise's events hide come first ("重生": the protagonist has lived this
    /// day before), so the reversal reveals what the premise is about.
    func secrets(
        kit: GenreKit, characters: [CastMember], props: [Prop], episodes: Int, paywall: Int?, events: [String] = [], language: Language = .en,
        random: inout SeededGenerator
    ) -> [Secret] {
        let byRole = Dictionary(characters.map { ($0.role, $0) }, uniquingKeysWith: { a, _ in a })
        let count = min(kit.secrets.count, max(2, episodes / 5))
        var majorSlots: [Int] = []
        if let paywall, paywall >= 2 { majorSlots.append(paywall - 1) }
        for share in [0.5, 0.8, 1.0] {
            let episode = max(1, Int((Double(episodes) * share).rounded()))
            if !majorSlots.contains(episode) { majorSlots.append(episode) }
        }
        let lexicon = PremiseLexicon.shared(language)
        var premiseSecrets: [GenreKit.SecretOption] = []
        for event in events {
            guard let option = lexicon.eventSecrets[event.lowercased()], !premiseSecrets.contains(where: { $0.id == option.id }) else { continue }
            premiseSecrets.append(option)
        }
        let majors = Array(premiseSecrets.prefix(2)) + random.shuffled(kit.secrets.filter(\.major))
        let minors = random.shuffled(kit.secrets.filter { !$0.major })
        var chosen: [(GenreKit.SecretOption, Int)] = []
        for (option, slot) in zip(majors, majorSlots.prefix(count)) { chosen.append((option, slot)) }
        let minorCount = count - chosen.count
        let free = (1...episodes).filter { $0 > 1 && $0 < episodes && !majorSlots.contains($0) }
        if minorCount > 0, !free.isEmpty {
            for (index, option) in minors.prefix(minorCount).enumerated() {
                let position = Int((Double(index) + 0.5) * Double(free.count) / Double(minorCount))
                let episode = free[min(free.count - 1, position)]
                if !chosen.contains(where: { $0.1 == episode }) { chosen.append((option, episode)) }
            }
        }
        chosen.sort { $0.1 < $1.1 }

        var secrets: [Secret] = []
        for (option, episode) in chosen {
            guard let learner = byRole[option.learner] else { continue }
            let knowers = option.knowers.compactMap { byRole[$0] }
            guard !knowers.isEmpty, !knowers.contains(where: { $0.id == learner.id }) else { continue }
            var filler = SlotFiller(characters: characters, props: props)
            filler.speaker = knowers[0]
            filler.listener = learner
            guard let hint = (try? Template(key: "hint", text: option.hint)).flatMap(filler.fill),
                  let reveal = (try? Template(key: "reveal", text: option.reveal)).flatMap({ template -> String? in
                      var lenient = filler
                      lenient.speaker = nil  // a knower may name themself in a confession
                      return lenient.fill(template)
                  }) else { continue }
            let wanted = Self.normalisedID(option.id)
            let id = SeriesValidator.isValidID(wanted) && !secrets.contains(where: { $0.id == wanted }) ? wanted : "secret-\(secrets.count + 1)"
            secrets.append(Secret(id: id, hint: hint, reveal: reveal, knownBy: knowers.map(\.id), revealTo: learner.id, revealIn: episode, major: option.major))
        }
        return secrets
    }
}
