package import Basics
import Foundation

/// The semantic rules of a bible, checked after its schema: unique ids, references that
/// resolve, numbers in range. Every broken rule is reported, each at its field.
public enum SeriesValidator {
    /// Engines the project knows how to run.
    public static let knownWriterEngines = [WriterSettings.beatSheet]

    /// Every semantic problem of `series`, located through `sourceMap`. Rules that depend on a
    /// top-level field in `skipping` (one the schema could not read) are not checked.
    package static func validate(_ series: Series, sourceMap: SourceMap, skipping: Set<String> = []) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func error(_ path: String, _ message: String, hint: String? = nil) {
            out.append(sourceMap.diagnostic(.error, at: path, message, hint: hint))
        }
        func warning(_ path: String, _ message: String, hint: String? = nil) {
            out.append(sourceMap.diagnostic(.warning, at: path, message, hint: hint))
        }

        let formatKnown = !skipping.contains("format")
        if !skipping.contains("title"), series.title.trimmingCharacters(in: .whitespaces).isEmpty { error("title", "the title is empty", hint: "give the series a title") }

        // Format.
        let format = series.format
        if formatKnown, !SeriesFormat.episodeRange.contains(format.episodes) {
            error("format.episodes", "\(format.episodes) episodes is outside \(SeriesFormat.episodeRange.lowerBound)–\(SeriesFormat.episodeRange.upperBound)",
                  hint: "set episodes between \(SeriesFormat.episodeRange.lowerBound) and \(SeriesFormat.episodeRange.upperBound)")
        }
        if formatKnown, !SeriesFormat.targetSecondsRange.contains(format.targetSeconds) {
            error("format.target_seconds", "a target length of \(format.targetSeconds) s is outside 15–600 s",
                  hint: "micro-drama episodes run 60–180 s; set target_seconds between 15 and 600")
        }
        if formatKnown, let paywall = format.paywallEpisode {
            if paywall > format.episodes {
                error("format.paywall_episode", "the paywall (episode \(paywall)) comes after the last episode (\(format.episodes))",
                      hint: "set paywall_episode to at most \(format.episodes), or remove it for a free series")
            } else if paywall < 1 {
                error("format.paywall_episode", "the paywall episode must be 1 or later", hint: "remove it for a free series")
            }
        }
        if formatKnown, format.languages.isEmpty { error("format.languages", "no language given", hint: "languages: [en] or [zh]") }
        if Set(format.languages).count != format.languages.count { error("format.languages", "a language is listed twice") }

        if !knownWriterEngines.contains(series.writer.engine) {
            error("writer.engine", "unknown writer engine '\(series.writer.engine)'.\(Suggestion.didYouMean(series.writer.engine, in: knownWriterEngines))",
                  hint: "the built-in engine is '\(WriterSettings.beatSheet)'")
        }

        // Ids.
        checkIDs(series.characters.map(\.id), "characters", &out, sourceMap)
        checkIDs(series.locations.map(\.id), "locations", &out, sourceMap)
        checkIDs(series.props.map(\.id), "props", &out, sourceMap)
        checkIDs(series.secrets.map(\.id), "secrets", &out, sourceMap)
        checkIDs(series.arcs.map(\.id), "arcs", &out, sourceMap)

        let characterIDs = series.characters.map(\.id)
        func reference(_ id: String, _ path: String) {
            guard !characterIDs.contains(id) else { return }
            error(path, "no character has the id '\(id)'.\(Suggestion.didYouMean(id, in: characterIDs))",
                  hint: "use the id of a character listed under characters")
        }

        // Characters.
        if series.characters.isEmpty {
            error("characters", "the cast is empty", hint: "add at least a protagonist")
        } else if !series.characters.contains(where: { $0.role == .protagonist }) {
            error("characters", "no character has the role 'protagonist'", hint: "set role: protagonist on the main character")
        }
        var cues: [String: Int] = [:]
        for (i, character) in series.characters.enumerated() {
            let path = "characters[\(i)]"
            if character.name.trimmingCharacters(in: .whitespaces).isEmpty { error("\(path).name", "the name is empty") }
            if let first = cues[character.cue] {
                error("\(path).name", "'\(character.name)' has the same script cue (\(character.cue)) as characters[\(first)]",
                      hint: "scripts name characters by their first name; give one of them another first name")
            } else {
                cues[character.cue] = i
            }
            if let pitch = character.voice.pitch, !VoiceCasting.pitchRange.contains(pitch) {
                error("\(path).voice.pitch", "pitch \(pitch) is outside 0–99", hint: "50 is a middle voice")
            }
            if let rate = character.voice.rate, !VoiceCasting.rateRange.contains(rate) {
                error("\(path).voice.rate", "rate \(rate) words per minute is outside 80–450", hint: "160–180 is natural speech")
            }
            if let age = character.look.age, !(1...120).contains(age) {
                error("\(path).look.age", "age \(age) is outside 1–120")
            }
            for (j, colour) in character.look.palette.enumerated() where !isHexColour(colour) {
                error("\(path).look.palette[\(j)]", "'\(colour)' is not a colour like \"#1f3a5f\"", hint: "quote it: \"#1f3a5f\"")
            }
            if case .realPerson(let consent) = character.likeness, (consent ?? "").isEmpty {
                error("\(path).likeness.consent", "'\(character.name)' is based on a real person but names no consent record",
                      hint: "add the consent record's id (cliff consent add), or set kind: original")
            }
        }

        // Props, secrets, arcs.
        for (i, prop) in series.props.enumerated() {
            if let holder = prop.holder { reference(holder, "props[\(i)].holder") }
        }
        for (i, secret) in series.secrets.enumerated() {
            let path = "secrets[\(i)]"
            if secret.knownBy.isEmpty {
                error("\(path).known_by", "nobody knows this secret, so nobody can reveal it", hint: "list at least one character id")
            }
            for (j, id) in secret.knownBy.enumerated() { reference(id, "\(path).known_by[\(j)]") }
            reference(secret.revealTo, "\(path).reveal_to")
            if secret.knownBy.contains(secret.revealTo) {
                error("\(path).reveal_to", "'\(secret.revealTo)' already knows this secret", hint: "reveal it to someone not in known_by")
            }
            if formatKnown, let episode = secret.revealIn, !(1...max(1, format.episodes)).contains(episode) {
                error("\(path).reveal_in", "episode \(episode) is outside the season (1–\(format.episodes))",
                      hint: "pick an episode from 1 to \(format.episodes), or remove reveal_in to keep it for later")
            }
        }
        // The premise's reading: a role it names is one a character plays.
        let castRoles = Set(series.characters.map(\.role))
        for (i, person) in (series.reading?.people ?? []).enumerated() {
            if let role = person.role, !castRoles.contains(role) {
                error("reading.people[\(i)].role", "'\(person.label)' is read as the \(role.rawValue), but no character has that role",
                      hint: "use a role a character has (\(Role.allCases.filter(castRoles.contains).map(\.rawValue).joined(separator: ", "))), or leave role out")
            }
            if person.label.trimmingCharacters(in: .whitespaces).isEmpty {
                error("reading.people[\(i)].label", "a person of the premise has an empty label", hint: "write how the premise names them, or remove the entry")
            }
        }
        for (i, arc) in series.arcs.enumerated() {
            let path = "arcs[\(i)]"
            for (j, id) in arc.characters.enumerated() { reference(id, "\(path).characters[\(j)]") }
            if formatKnown, arc.episodes.upperBound > format.episodes {
                error("\(path).episodes", "the arc runs to episode \(arc.episodes.upperBound), after the last episode (\(format.episodes))",
                      hint: "end it at \(format.episodes) or earlier")
            }
        }
        if series.locations.isEmpty { error("locations", "no locations", hint: "add at least one place for scenes") }
        return out
    }

    /// Lowercase letters, digits and dashes, starting with a letter or digit.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.properties.isLowercase || ("0"..."9").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func isHexColour(_ text: String) -> Bool {
        text.count == 7 && text.first == "#" && text.dropFirst().allSatisfy(\.isHexDigit)
    }

    static func checkIDs(_ ids: [String], _ list: String, _ out: inout [Diagnostic], _ map: SourceMap) {
        var seen: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            let path = "\(list)[\(i)].id"
            if !isValidID(id) {
                out.append(map.diagnostic(at: path, "'\(id)' is not a valid id",
                                          hint: "use lowercase letters, digits and dashes, e.g. '\(suggestedID(id))'"))
            }
            if let first = seen[id] {
                out.append(map.diagnostic(at: path, "duplicate id '\(id)' (also \(list)[\(first)])",
                                          hint: "give each entry of \(list) its own id"))
            } else {
                seen[id] = i
            }
        }
    }

    static func suggestedID(_ text: String) -> String {
        let mapped = text.lowercased().map { $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII ? $0 : "-" }
        let id = String(mapped).split(separator: "-").joined(separator: "-")
        return id.isEmpty ? "character-1" : id
    }
}
