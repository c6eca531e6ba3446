/// Writes a bible as commented, human-friendly YAML that `SeriesLoader` reads back unchanged.
public enum SeriesYAMLWriter {
    /// The `reading:` block (with its trailing newline), or nothing.
    static func readingBlock(_ reading: SeriesReading?) -> String {
        guard let reading else { return "" }
        func list(_ items: [String]) -> String { "[" + items.map(scalar).joined(separator: ", ") + "]" }
        var out = "# How the writer read the premise. Correct it (a gender, a role, a place it missed) and run\n"
        out += "# `cliff write` again: episode 1 opens on the premise with these people's names.\n"
        out += "reading:\n"
        out += reading.people.isEmpty ? "  people: []\n" : "  people:\n"
        for person in reading.people {
            out += "    - label: \(scalar(person.label))\n"
            if person.gender != .unspecified { out += "      gender: \(person.gender.rawValue)\n" }
            if let role = person.role { out += "      role: \(role.rawValue)\n" }
        }
        out += "  places: \(list(reading.places))\n  objects: \(list(reading.objects))\n  events: \(list(reading.events))\n"
        return out
    }

    /// `{en: Lin Wan, zh: 林晚}`, languages in a fixed order.
    static func languageMap(_ names: [Language: String]) -> String {
        "{" + Language.allCases.compactMap { language in names[language].map { "\(language.rawValue): \(scalar($0))" } }.joined(separator: ", ") + "}"
    }

    /// `titles: {…}` with its newline, or nothing.
    static func titlesLine(_ series: Series) -> String {
        series.localization.titles.isEmpty ? "" : "titles: \(languageMap(series.localization.titles))  # the title of each edition\n"
    }

    /// The YAML text of `series`.
    public static func yaml(for series: Series) -> String {
        var out = """
            # Cliffhanger series bible. Edit freely, then run `cliff validate` and `cliff write`.
            # Every field is described in docs/series-bible.md.

            title: \(scalar(series.title))
            \(titlesLine(series))premise: \(scalar(series.premise))
            \(readingBlock(series.reading))genre: \(series.genre.rawValue)  # romance | revenge | suspense | palace
            tone: \(scalar(series.tone))

            format:
              episodes: \(series.format.episodes)
              target_seconds: \(series.format.targetSeconds)  # spoken length per episode, 15-600

            """
        if let paywall = series.format.paywallEpisode {
            out += "  paywall_episode: \(paywall)  # the first paid episode\n"
        }
        out += "  aspect: \"\(series.format.aspect)\"\n"
        out += "  languages: [\(series.format.languages.map(\.rawValue).joined(separator: ", "))]  # scripts are written in the first\n\n"
        out += "writer:\n  engine: \(series.writer.engine)\n  seed: \(series.writer.seed)  # same bible + seed = same scripts\n\n"

        out += "characters:\n"
        for c in series.characters {
            out += "  - id: \(c.id)\n"
            out += "    name: \(scalar(c.name))\n"
            out += "    role: \(c.role.rawValue)\n"
            out += "    gender: \(c.gender.rawValue)\n"
            if !c.archetype.isEmpty { out += "    archetype: \(scalar(c.archetype))\n" }
            if let address = c.address { out += "    address: \(scalar(address))\n" }
            if !c.description.isEmpty { out += "    description: \(scalar(c.description))\n" }
            let look = lookLines(c.look)
            if !look.isEmpty { out += "    look:\n" + look.map { "      \($0)\n" }.joined() }
            let voice = voiceLines(c.voice)
            if !voice.isEmpty { out += "    voice:\n" + voice.map { "      \($0)\n" }.joined() }
            switch c.likeness {
            case .original:
                out += "    likeness:\n      kind: original\n"
            case .realPerson(let consent):
                out += "    likeness:\n      kind: real-person\n"
                if let consent { out += "      consent: \(scalar(consent))\n" }
            }
            if let names = series.localization.characterNames[c.id], !names.isEmpty { out += "    names: \(languageMap(names))\n" }
            if let rule = series.localization.nameRules[c.id] { out += "    name_rule: \(rule.rawValue)  # keep | transliterate | localize\n" }
        }

        out += "\nlocations:\n"
        for l in series.locations {
            out += "  - id: \(l.id)\n    name: \(scalar(l.name))\n"
            if let spoken = l.spoken { out += "    spoken: \(scalar(spoken))\n" }
            out += "    setting: \(l.setting.rawValue)\n"
            if !l.description.isEmpty { out += "    description: \(scalar(l.description))\n" }
            if let names = series.localization.locationNames[l.id], !names.isEmpty { out += "    names: \(languageMap(names))\n" }
        }

        if !series.props.isEmpty {
            out += "\nprops:\n"
            for p in series.props {
                out += "  - id: \(p.id)\n    name: \(scalar(p.name))\n"
                if let holder = p.holder { out += "    holder: \(holder)\n" }
                if let names = series.localization.propNames[p.id], !names.isEmpty { out += "    names: \(languageMap(names))\n" }
            }
        }

        if !series.secrets.isEmpty {
            out += "\n# Each secret is revealed once, in reveal_in, to reveal_to, by someone in known_by.\nsecrets:\n"
            for s in series.secrets {
                out += "  - id: \(s.id)\n"
                out += "    hint: \(scalar(s.hint))\n"
                out += "    reveal: \(scalar(s.reveal))\n"
                out += "    known_by: [\(s.knownBy.joined(separator: ", "))]\n"
                out += "    reveal_to: \(s.revealTo)\n"
                if let episode = s.revealIn { out += "    reveal_in: \(episode)\n" }
                out += "    major: \(s.major)\n"
            }
        }

        if !series.arcs.isEmpty {
            out += "\narcs:\n"
            for a in series.arcs {
                out += "  - id: \(a.id)\n    title: \(scalar(a.title))\n"
                if !a.description.isEmpty { out += "    description: \(scalar(a.description))\n" }
                out += "    characters: [\(a.characters.joined(separator: ", "))]\n"
                out += "    episodes: \(a.episodes.lowerBound)-\(a.episodes.upperBound)\n"
            }
        }
        return out
    }

    static func lookLines(_ look: LookSpec) -> [String] {
        var lines: [String] = []
        if let age = look.age { lines.append("age: \(age)") }
        for (key, value) in [("build", look.build), ("face", look.face), ("hair", look.hair), ("skin", look.skin), ("eyes", look.eyes), ("outfit", look.outfit)] {
            if let value { lines.append("\(key): \(scalar(value))") }
        }
        if !look.palette.isEmpty { lines.append("palette: [\(look.palette.map(scalar).joined(separator: ", "))]") }
        if !look.accessories.isEmpty { lines.append("accessories: [\(look.accessories.map(scalar).joined(separator: ", "))]") }
        return lines
    }

    static func voiceLines(_ voice: VoiceCasting) -> [String] {
        var lines: [String] = []
        if let engine = voice.engine { lines.append("engine: \(scalar(engine))") }
        if let name = voice.voice { lines.append("voice: \(scalar(name))") }
        if let pitch = voice.pitch { lines.append("pitch: \(pitch)") }
        if let rate = voice.rate { lines.append("rate: \(rate)") }
        return lines
    }

    /// A YAML scalar: plain when that is unambiguous, double-quoted otherwise.
    package static func scalar(_ text: String) -> String {
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        let safePunctuation: Set<Swift.Character> = [" ", ".", ",", "'", "’", "(", ")", "-", "/", "!", "?", "…", "，", "。", "！", "？", "、", "：", "；", "“", "”", "《", "》", "—"]
        let plain = !text.isEmpty
            && text.first!.isLetter
            && text.last != " "
            && !reserved.contains(text.lowercased())
            && !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":")
            && text.allSatisfy { $0.isLetter || $0.isNumber || safePunctuation.contains($0) }
        if plain { return text }
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            default:
                if scalar.value < 0x20 {
                    escaped += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
