import Basics
import DramaModel

/// The bible of a series' edition in another language: the same characters, places, props,
/// secrets and arcs with the same ids, named as the edition's language names them.
///
/// A name comes from `series.yaml`'s `names`/`titles` first. Otherwise a character follows
/// their name rule (`transliterate` unless set), and a place, prop, secret or archetype the
/// built-in writer took from its phrasebook comes from the same entry of the phrasebook in the
/// edition's language. What neither gives stays as the source writes it and is listed in
/// `untranslated`, so the transcreation never puts words it cannot translate in anyone's mouth.
struct BibleLocalizer {
    let source: Series
    let language: Language
    let sourceKit: GenreKit
    /// The edition language's phrasebook; nil for a language the built-in writer does not write.
    let targetKit: GenreKit?
    let names: NameTables

    /// What the edition's bible could not put in its language.
    struct Untranslated: Sendable, Hashable {
        var title = false
        var characters: Set<String> = []
        var locations: Set<String> = []
        var props: Set<String> = []
        var secrets: Set<String> = []
    }

    struct Localized: Sendable {
        var series: Series
        var untranslated: Untranslated
        /// Errors (a name no rule can give) and warnings (what stays untranslated), located at
        /// the source `series.yaml` field.
        var problems: [Diagnostic]
    }

    func localize(bibleFile: String) -> Localized {
        var problems: [Diagnostic] = []
        var untranslated = Untranslated()
        let localization = source.localization
        var target = source
        target.format.languages = [language]
        target.reading = nil
        target.localization = localization

        // Characters: names by rule, the phrasebook's words for who they are, voices of the
        // edition's language.
        var members: [CastMember] = []
        var random = SeededGenerator(seed: source.writer.seed, label: "edition-\(language.rawValue)-names")
        var localizedSurnames: [String: String] = [:]
        var usedGiven: Set<String> = []
        for (index, member) in source.characters.enumerated() {
            var out = member
            let path = "characters[\(index)]"
            if let given = localization.characterNames[member.id]?[language] {
                out.name = given
            } else {
                switch localization.nameRules[member.id] ?? .transliterate {
                case .keep:
                    break
                case .transliterate:
                    if let name = names.transliterate(member.name, from: source.language, to: language, surnameFirst: source.genre == .palace) {
                        out.name = name
                    } else {
                        problems.append(Diagnostic(
                            file: bibleFile, fieldPath: "\(path).name",
                            message: "no \(language.rawValue) transliteration of '\(member.name)' is known",
                            hint: "give the name: names: {\(language.rawValue): …} under \(member.id), or set name_rule: keep or localize"))
                    }
                case .localize:
                    if let targetKit {
                        out.name = localizedName(member, kit: targetKit, surnames: &localizedSurnames, usedGiven: &usedGiven, random: &random)
                    } else if let name = names.transliterate(member.name, from: source.language, to: language, surnameFirst: source.genre == .palace) {
                        out.name = name
                    }
                }
            }
            if let row = castRow(of: member) {
                out.archetype = row.archetype
                out.address = row.address
                out.description = row.description
            } else {
                untranslated.characters.insert(member.id)
                out.archetype = ""
                if member.address != nil {
                    out.address = nil
                    problems.append(Diagnostic(
                        .warning, file: bibleFile, fieldPath: "\(path).address",
                        message: "'\(member.address!)' has no \(language.rawValue) form here: the \(language.rawValue) edition calls \(member.id) by name",
                        hint: nil))
                }
            }
            out.voice = BibleBuilder.voice(role: member.role, gender: member.gender, language: language, cast: members, random: &random)
            if let pitch = member.voice.pitch, members.allSatisfy({ $0.voice.voice != out.voice.voice || abs(($0.voice.pitch ?? 0) - pitch) >= BibleBuilder.minimumPitchGap }) {
                out.voice.pitch = pitch
            }
            members.append(out)
        }
        var cues: [String: String] = [:]
        for (index, member) in members.enumerated() {
            if let other = cues[member.cue] {
                problems.append(Diagnostic(
                    file: bibleFile, fieldPath: "characters[\(index)].names.\(language.rawValue)",
                    message: "in the \(language.rawValue) edition \(member.id) and \(other) would both be cued \(member.cue)",
                    hint: "give one of them another \(language.rawValue) name: names: {\(language.rawValue): …}"))
            }
            cues[member.cue] = member.id
        }
        target.characters = members

        // Places, props and secrets from the same phrasebook entries.
        var filler = SlotFiller(characters: members, props: [], dialogue: false)
        target.locations = source.locations.enumerated().map { index, location in
            var out = location
            if let given = localization.locationNames[location.id]?[language] {
                out.name = given
                out.spoken = nil
                return out
            }
            let sourceOption = sourceKit.places.first { BibleBuilder.normalisedID($0.id) == location.id }
            guard let option = sourceOption.flatMap({ found in targetKit?.places.first { $0.id == found.id } }),
                  let heading = (try? Template(key: "place", text: option.heading)).flatMap(filler.fill)
            else {
                untranslated.locations.insert(location.id)
                problems.append(Diagnostic(
                    .warning, file: bibleFile, fieldPath: "locations[\(index)].name",
                    message: "'\(location.name)' has no \(language.rawValue) name: its scene headings stay as written",
                    hint: "give it: names: {\(language.rawValue): …} under \(location.id)"))
                return out
            }
            out.name = language.isChinese ? heading : heading.uppercased()
            out.spoken = option.spoken
            out.description = option.description
            return out
        }
        target.props = source.props.enumerated().map { index, prop in
            var out = prop
            if let given = localization.propNames[prop.id]?[language] {
                out.name = given
            } else if let targetKit, let position = sourceKit.props.firstIndex(where: { $0.lowercased() == prop.name.lowercased() }),
                      position < targetKit.props.count {
                out.name = targetKit.props[position]
            } else {
                untranslated.props.insert(prop.id)
                problems.append(Diagnostic(
                    .warning, file: bibleFile, fieldPath: "props[\(index)].name",
                    message: "'\(prop.name)' has no \(language.rawValue) name: lines that would name it are not transcreated",
                    hint: "give it: names: {\(language.rawValue): …} under \(prop.id)"))
            }
            return out
        }
        filler = SlotFiller(characters: members, props: target.props.filter { !untranslated.props.contains($0.id) }, dialogue: false)
        target.secrets = source.secrets.enumerated().map { index, secret in
            var out = secret
            let option = sourceKit.secrets.first { BibleBuilder.normalisedID($0.id) == secret.id }.flatMap { found in targetKit?.secrets.first { $0.id == found.id } }
            var secretFiller = filler
            secretFiller.dialogue = true
            secretFiller.speaker = secret.knownBy.first.flatMap { id in members.first { $0.id == id } }
            secretFiller.listener = members.first { $0.id == secret.revealTo }
            var lenient = secretFiller
            lenient.speaker = nil
            guard let option,
                  let hint = (try? Template(key: "hint", text: option.hint)).flatMap(secretFiller.fill),
                  let reveal = (try? Template(key: "reveal", text: option.reveal)).flatMap(lenient.fill)
            else {
                untranslated.secrets.insert(secret.id)
                problems.append(Diagnostic(
                    .warning, file: bibleFile, fieldPath: "secrets[\(index)].reveal",
                    message: "secret '\(secret.id)' has no \(language.rawValue) words: its reveal line needs a translator",
                    hint: "translate the line in the edition's XLIFF (cliff localize --export-xliff)"))
                return out
            }
            out.hint = hint
            out.reveal = reveal
            return out
        }
        if let title = localization.titles[language] {
            target.title = title
        } else {
            untranslated.title = true
            problems.append(Diagnostic(
                .warning, file: bibleFile, fieldPath: "title",
                message: "the series has no \(language.rawValue) title: the edition keeps '\(source.title)'",
                hint: "give one: titles: {\(language.rawValue): …}"))
        }
        target.tone = StoryText(language: language).defaultTone[source.genre] ?? source.tone
        if targetKit == nil {
            // No phrasebook in this language: whatever names do not give, a model translates.
            problems = problems.map { problem in
                var problem = problem
                if problem.severity == .warning, problem.hint?.contains("XLIFF") == true {
                    problem.hint = "a chat model translates its line (services.writer), or a translator in the edition's XLIFF"
                }
                return problem
            }
        }
        return Localized(series: target, untranslated: untranslated, problems: problems)
    }

    /// The phrasebook's cast entry the character was made from, in the edition's language.
    func castRow(of member: CastMember) -> GenreKit.CastOption? {
        guard let targetKit, let index = sourceKit.cast.firstIndex(where: { $0.role == member.role && $0.archetype == member.archetype }),
              index < targetKit.cast.count, targetKit.cast[index].role == member.role
        else { return nil }
        return targetKit.cast[index]
    }

    /// A name of the edition's language for the character: family members (a shared source
    /// surname) share the new surname too.
    func localizedName(
        _ member: CastMember, kit targetKit: GenreKit, surnames: inout [String: String], usedGiven: inout Set<String>, random: inout SeededGenerator
    ) -> String {
        let pool = member.gender == .male ? targetKit.maleNames : targetKit.femaleNames
        let given = random.pick(pool.filter { !usedGiven.contains($0) }) ?? random.pick(pool) ?? member.name
        usedGiven.insert(given)
        let sourceSurname = member.surname
        let surname = surnames[sourceSurname] ?? {
            let taken = Set(surnames.values)
            let chosen = random.pick(targetKit.surnames.filter { !taken.contains($0) }) ?? random.pick(targetKit.surnames) ?? ""
            surnames[sourceSurname] = chosen
            return chosen
        }()
        if language == .zh { return surname + given }
        return source.genre == .palace ? "\(surname) \(given)" : "\(given) \(surname)"
    }
}
