internal import Yams
import Foundation

/// The `series.yaml` schema: which keys each mapping takes and how values convert.
/// Documented field by field in `docs/series-bible.md`; keep the two in step.
package enum SeriesSchema {
    typealias Reader = YAMLNodeReader

    static let topKeys = ["title", "premise", "reading", "genre", "tone", "format", "writer", "characters", "locations", "props", "secrets", "arcs", "titles"]
    static let readingKeys = ["people", "places", "objects", "events"]
    static let readPersonKeys = ["label", "gender", "role"]
    static let formatKeys = ["episodes", "target_seconds", "paywall_episode", "aspect", "languages"]
    static let writerKeys = ["engine", "seed"]
    static let characterKeys = ["id", "name", "role", "gender", "archetype", "address", "description", "look", "voice", "likeness", "names", "name_rule"]
    static let lookKeys = ["age", "build", "face", "hair", "skin", "eyes", "outfit", "palette", "accessories"]
    static let voiceKeys = ["engine", "voice", "pitch", "rate"]
    static let likenessKeys = ["kind", "consent"]
    static let locationKeys = ["id", "name", "spoken", "setting", "description", "names"]
    static let propKeys = ["id", "name", "holder", "names"]
    static let secretKeys = ["id", "hint", "reveal", "known_by", "reveal_to", "reveal_in", "major"]
    static let arcKeys = ["id", "title", "description", "characters", "episodes"]

    package static func cases<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> [(String, E)] where E.RawValue == String {
        E.allCases.map { ($0.rawValue, $0) }
    }

    /// The bible as far as it could be read, and the top-level fields that could not be (the
    /// semantic checks skip rules that depend on those, so every other problem still shows).
    static func readSeries(_ node: Node, _ r: inout Reader) -> (Series, unreadable: Set<String>)? {
        guard let m = r.mapping(node, "", keys: topKeys, required: ["title", "genre", "format", "characters", "locations"]) else { return nil }
        let title = r.string(m["title"], "title")
        let premise = r.string(m["premise"], "premise") ?? ""
        let genre = r.choice(m["genre"], "genre", cases(Genre.self), what: "genre")
        let tone = r.string(m["tone"], "tone") ?? ""
        let format = m["format"].flatMap { readFormat($0, &r) }
        let writer = m["writer"].flatMap { readWriter($0, &r) } ?? WriterSettings()
        let characters = list(m["characters"], "characters", &r, readCharacter)
        let locations = list(m["locations"], "locations", &r, readLocation)
        let props = list(m["props"], "props", &r, readProp)
        let secrets = list(m["secrets"], "secrets", &r, readSecret)
        let arcs = list(m["arcs"], "arcs", &r, readArc)
        let reading = m["reading"].flatMap { readReading($0, &r) }
        var localization = SeriesLocalization()
        localization.titles = m["titles"].map { languageMap($0, "titles", &r) } ?? [:]
        for (index, node) in (sequenceNodes(m["characters"]) ?? []).enumerated() {
            guard case .mapping(let fields) = node, let id = scalarValue(fields, "id") else { continue }
            let path = Reader.join("characters", index: index)
            if let names = value(fields, "names") { localization.characterNames[id] = languageMap(names, path + ".names", &r) }
            if let rule = value(fields, "name_rule"),
               let chosen = r.choice(rule, path + ".name_rule", cases(NameRule.self), what: "name rule") {
                localization.nameRules[id] = chosen
            }
        }
        for (index, node) in (sequenceNodes(m["locations"]) ?? []).enumerated() {
            guard case .mapping(let fields) = node, let id = scalarValue(fields, "id"), let names = value(fields, "names") else { continue }
            localization.locationNames[id] = languageMap(names, Reader.join("locations", index: index) + ".names", &r)
        }
        for (index, node) in (sequenceNodes(m["props"]) ?? []).enumerated() {
            guard case .mapping(let fields) = node, let id = scalarValue(fields, "id"), let names = value(fields, "names") else { continue }
            localization.propNames[id] = languageMap(names, Reader.join("props", index: index) + ".names", &r)
        }
        var unreadable: Set<String> = []
        if title == nil { unreadable.insert("title") }
        if genre == nil { unreadable.insert("genre") }
        if format == nil { unreadable.insert("format") }
        let series = Series(
            title: title ?? "", premise: premise, genre: genre ?? .romance, tone: tone,
            format: format ?? SeriesFormat(episodes: SeriesFormat.episodeRange.upperBound), writer: writer,
            characters: characters, locations: locations, props: props, secrets: secrets, arcs: arcs, reading: reading)
        var localized = series
        localized.localization = localization
        return (localized, unreadable)
    }

    /// `{zh: 林晚, en: Lin Wan}`: text per language; an unknown language or a value that is
    /// not text is reported at its key.
    static func languageMap(_ node: Node, _ path: String, _ r: inout Reader) -> [Language: String] {
        guard let m = r.mapping(node, path, keys: Language.allCases.map(\.rawValue)) else { return [:] }
        var out: [Language: String] = [:]
        for (key, value) in m {
            guard let language = Language(rawValue: key), let text = r.string(value, Reader.join(path, key)) else { continue }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                r.report(value, Reader.join(path, key), "an empty name", hint: "write the name in \(key), or remove the line to use the name rule")
                continue
            }
            out[language] = trimmed
        }
        return out
    }

    static func sequenceNodes(_ node: Node?) -> [Node]? {
        guard let node, case .sequence(let items) = node else { return nil }
        return Array(items)
    }

    static func value(_ fields: Node.Mapping, _ key: String) -> Node? {
        fields.first { if case .scalar(let k) = $0.key { k.string == key } else { false } }?.value
    }

    static func scalarValue(_ fields: Node.Mapping, _ key: String) -> String? {
        guard let node = value(fields, key), case .scalar(let scalar) = node else { return nil }
        return scalar.string
    }

    static func list<T>(_ node: Node?, _ path: String, _ r: inout Reader, _ item: (Node, String, inout Reader) -> T?) -> [T] {
        guard let nodes = r.sequence(node, path) else { return [] }
        return nodes.enumerated().compactMap { item($1, Reader.join(path, index: $0), &r) }
    }

    static func readFormat(_ node: Node, _ r: inout Reader) -> SeriesFormat? {
        let path = "format"
        guard let m = r.mapping(node, path, keys: formatKeys, required: ["episodes"]) else { return nil }
        let episodes = r.int(m["episodes"], "format.episodes")
        let target = r.int(m["target_seconds"], "format.target_seconds") ?? 90
        let paywall = r.int(m["paywall_episode"], "format.paywall_episode")
        var aspect = AspectRatio.vertical
        if let text = r.string(m["aspect"], "format.aspect") {
            if let parsed = AspectRatio(parsing: text) {
                aspect = parsed
            } else {
                r.report(m["aspect"], "format.aspect", "expected an aspect ratio like \"9:16\", found '\(text)'",
                         hint: "quote it: aspect: \"9:16\"")
            }
        }
        var languages: [Language] = [.en]
        if let items = r.sequence(m["languages"], "format.languages") {
            languages = items.enumerated().compactMap {
                r.choice($1, Reader.join("format.languages", index: $0), cases(Language.self), what: "language")
            }
        }
        guard let episodes else { return nil }
        return SeriesFormat(episodes: episodes, targetSeconds: target, paywallEpisode: paywall, aspect: aspect, languages: languages)
    }

    static func readWriter(_ node: Node, _ r: inout Reader) -> WriterSettings? {
        guard let m = r.mapping(node, "writer", keys: writerKeys) else { return nil }
        return WriterSettings(
            engine: r.string(m["engine"], "writer.engine") ?? WriterSettings.beatSheet,
            seed: r.uint64(m["seed"], "writer.seed") ?? 1)
    }

    static func readCharacter(_ node: Node, _ path: String, _ r: inout Reader) -> CastMember? {
        guard let m = r.mapping(node, path, keys: characterKeys, required: ["id", "name", "role"]) else { return nil }
        let id = r.string(m["id"], "\(path).id")
        let name = r.string(m["name"], "\(path).name")
        let role = r.choice(m["role"], "\(path).role", cases(Role.self), what: "role")
        let gender = r.choice(m["gender"], "\(path).gender", cases(Gender.self), what: "gender") ?? .unspecified
        let archetype = r.string(m["archetype"], "\(path).archetype") ?? ""
        let address = r.string(m["address"], "\(path).address")
        let description = r.string(m["description"], "\(path).description") ?? ""
        let look = m["look"].flatMap { readLook($0, "\(path).look", &r) } ?? LookSpec()
        let voice = m["voice"].flatMap { readVoice($0, "\(path).voice", &r) } ?? VoiceCasting()
        let likeness = m["likeness"].flatMap { readLikeness($0, "\(path).likeness", &r) } ?? .original
        guard let id, let name, let role else { return nil }
        return CastMember(
            id: id, name: name, role: role, gender: gender, archetype: archetype, address: address,
            description: description, look: look, voice: voice, likeness: likeness)
    }

    static func readLook(_ node: Node, _ path: String, _ r: inout Reader) -> LookSpec? {
        guard let m = r.mapping(node, path, keys: lookKeys) else { return nil }
        return LookSpec(
            age: r.int(m["age"], "\(path).age"), build: r.string(m["build"], "\(path).build"),
            face: r.string(m["face"], "\(path).face"), hair: r.string(m["hair"], "\(path).hair"),
            skin: r.string(m["skin"], "\(path).skin"), eyes: r.string(m["eyes"], "\(path).eyes"),
            outfit: r.string(m["outfit"], "\(path).outfit"), palette: r.strings(m["palette"], "\(path).palette") ?? [],
            accessories: r.strings(m["accessories"], "\(path).accessories") ?? [])
    }

    static func readVoice(_ node: Node, _ path: String, _ r: inout Reader) -> VoiceCasting? {
        guard let m = r.mapping(node, path, keys: voiceKeys) else { return nil }
        return VoiceCasting(
            engine: r.string(m["engine"], "\(path).engine"), voice: r.string(m["voice"], "\(path).voice"),
            pitch: r.int(m["pitch"], "\(path).pitch"), rate: r.int(m["rate"], "\(path).rate"))
    }

    static func readLikeness(_ node: Node, _ path: String, _ r: inout Reader) -> Likeness? {
        guard let m = r.mapping(node, path, keys: likenessKeys) else { return nil }
        let kind = r.choice(m["kind"], "\(path).kind", [("original", false), ("real-person", true)], what: "likeness kind") ?? false
        let consent = r.string(m["consent"], "\(path).consent")
        return kind ? .realPerson(consent: consent) : .original
    }

    static func readLocation(_ node: Node, _ path: String, _ r: inout Reader) -> Location? {
        guard let m = r.mapping(node, path, keys: locationKeys, required: ["id", "name"]) else { return nil }
        let id = r.string(m["id"], "\(path).id")
        let name = r.string(m["name"], "\(path).name")
        let spoken = r.string(m["spoken"], "\(path).spoken")
        let setting = r.choice(m["setting"], "\(path).setting", cases(Location.Setting.self), what: "setting") ?? .interior
        let description = r.string(m["description"], "\(path).description") ?? ""
        guard let id, let name else { return nil }
        return Location(id: id, name: name, spoken: spoken, setting: setting, description: description)
    }

    static func readReading(_ node: Node, _ r: inout Reader) -> SeriesReading? {
        guard let m = r.mapping(node, "reading", keys: readingKeys) else { return nil }
        let people = list(m["people"], "reading.people", &r) { node, path, r -> SeriesReading.Person? in
            guard let p = r.mapping(node, path, keys: readPersonKeys, required: ["label"]) else { return nil }
            let label = r.string(p["label"], "\(path).label")
            let gender = r.choice(p["gender"], "\(path).gender", cases(Gender.self), what: "gender") ?? .unspecified
            let role = r.choice(p["role"], "\(path).role", cases(Role.self), what: "role")
            guard let label else { return nil }
            return SeriesReading.Person(label: label, gender: gender, role: role)
        }
        return SeriesReading(
            people: people, places: r.strings(m["places"], "reading.places") ?? [], objects: r.strings(m["objects"], "reading.objects") ?? [],
            events: r.strings(m["events"], "reading.events") ?? [])
    }

    static func readProp(_ node: Node, _ path: String, _ r: inout Reader) -> Prop? {
        guard let m = r.mapping(node, path, keys: propKeys, required: ["id", "name"]) else { return nil }
        let id = r.string(m["id"], "\(path).id")
        let name = r.string(m["name"], "\(path).name")
        let holder = r.string(m["holder"], "\(path).holder")
        guard let id, let name else { return nil }
        return Prop(id: id, name: name, holder: holder)
    }

    static func readSecret(_ node: Node, _ path: String, _ r: inout Reader) -> Secret? {
        guard let m = r.mapping(node, path, keys: secretKeys, required: ["id", "hint", "reveal", "known_by", "reveal_to"]) else { return nil }
        let id = r.string(m["id"], "\(path).id")
        let hint = r.string(m["hint"], "\(path).hint")
        let reveal = r.string(m["reveal"], "\(path).reveal")
        let knownBy = r.strings(m["known_by"], "\(path).known_by")
        let revealTo = r.string(m["reveal_to"], "\(path).reveal_to")
        let revealIn = r.int(m["reveal_in"], "\(path).reveal_in")
        let major = r.bool(m["major"], "\(path).major") ?? false
        guard let id, let hint, let reveal, let knownBy, let revealTo else { return nil }
        return Secret(id: id, hint: hint, reveal: reveal, knownBy: knownBy, revealTo: revealTo, revealIn: revealIn, major: major)
    }

    static func readArc(_ node: Node, _ path: String, _ r: inout Reader) -> Arc? {
        guard let m = r.mapping(node, path, keys: arcKeys, required: ["id", "title", "episodes"]) else { return nil }
        let id = r.string(m["id"], "\(path).id")
        let title = r.string(m["title"], "\(path).title")
        let description = r.string(m["description"], "\(path).description") ?? ""
        let characters = r.strings(m["characters"], "\(path).characters") ?? []
        let episodes = r.episodeRange(m["episodes"], "\(path).episodes")
        guard let id, let title, let episodes else { return nil }
        return Arc(id: id, title: title, description: description, characters: characters, episodes: episodes)
    }
}
