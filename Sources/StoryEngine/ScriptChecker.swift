public import Basics
public import DramaModel
import Foundation
import Screenplay

/// Checks scripts against their bible and against each other: every character cue names a
/// cast member, every scene heading a location, every continuity note a known secret,
/// character or prop, and replaying the notes in episode order contradicts nothing (a secret
/// revealed twice, a character speaking while gone). Works on hand-edited scripts too.
public struct ScriptChecker: Sendable {
    let series: Series
    private let cues: [String: String]
    private let locations: [String: String]

    /// A checker for scripts of `series`.
    public init(series: Series) {
        self.series = series
        var cues: [String: String] = [:]
        for member in series.characters {
            for alias in [member.cue, member.name, member.id, member.actionName] {
                cues[Self.normalise(alias)] = cues[Self.normalise(alias)] ?? member.id
            }
        }
        self.cues = cues
        var locations: [String: String] = [:]
        for location in series.locations {
            locations[Self.normalise(location.name)] = location.id
            locations[Self.normalise(location.id)] = location.id
            // A name a heading reads differently (one ending in "- NIGHT", or in a dash) still
            // matches the heading written with it.
            let asHeading = Self.place(inHeading: "INT. \(location.name)")
            if !asHeading.isEmpty { locations[Self.normalise(asHeading)] = locations[Self.normalise(asHeading)] ?? location.id }
        }
        self.locations = locations
    }

    /// The id of the cast member a character cue names (`GRACE`, `Grace Hart`), if any.
    public func characterID(forCue name: String) -> String? { cues[Self.normalise(name)] }

    /// The id of the location a scene heading names (`INT. HART TOWER - NIGHT`), if any.
    /// Night when a scene heading's time says so (`NIGHT`, `EVENING`, `NOCHE`, `夜`, `晚`), else
    /// day: how every stage reads a heading's light.
    package static func isNight(heading: String) -> Bool {
        let time = heading.components(separatedBy: " - ").dropFirst().joined(separator: " ").uppercased()
        return ["NIGHT", "EVENING", "DUSK", "MIDNIGHT", "NOCHE", "夜", "晚", "深夜", "黄昏"].contains { time.contains($0) }
    }

    public func locationID(forHeading heading: String) -> String? { locations[Self.normalise(Self.place(inHeading: heading))] }

    static func normalise(_ text: String) -> String {
        text.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }


    /// The location part of a scene heading: without `INT.`/`内景` and without `- NIGHT`.
    static func place(inHeading heading: String) -> String {
        // The one reading of a heading's place (Screenplay): prefixes such as `I./E.`, the
        // dashes between parts and the time of day are not part of it.
        SceneHeading(text: heading).location
    }

    /// Every problem in `scripts` (number, display path, text), sorted by location.
    public func check(_ scripts: [(number: Int, file: String, text: String)]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var ledger = ContinuityLedger(series: series)
        let secretIDs = Set(series.secrets.map(\.id))
        let propIDs = Set(series.props.map(\.id))
        let characterIDs = Set(series.characters.map(\.id))
        let cueNames = series.characters.map(\.cue)
        let locationNames = series.locations.map(\.name)

        for script in scripts.sorted(by: { $0.number < $1.number }) {
            let document = FountainParser.parse(script.text)
            func diagnose(_ index: Int, _ severity: Diagnostic.Severity, _ message: String, hint: String?) {
                let location = document.locations.indices.contains(index) ? document.locations[index] : nil
                out.append(Diagnostic(severity, file: script.file, line: location?.line, column: location?.column, message: message, hint: hint))
            }
            if script.number > series.format.episodes {
                out.append(Diagnostic(.warning, file: script.file, message: "episode \(script.number) is beyond the season's \(series.format.episodes) episodes",
                                      hint: "raise format.episodes in series.yaml or remove the file"))
            }
            var present: [String] = []
            for (index, element) in document.elements.enumerated() {
                switch element {
                case .sceneHeading(let heading):
                    present = []
                    let place = Self.place(inHeading: heading.text)
                    if locations[Self.normalise(place)] == nil {
                        diagnose(index, .error, "the scene heading names '\(place)', which is not a location in series.yaml.\(Suggestion.didYouMean(place, in: locationNames))",
                                 hint: "use a location's name from series.yaml, or add '\(place)' under locations")
                    }
                case .character(let cue):
                    guard let id = cues[Self.normalise(cue.name)] else {
                        // "INT. HOUSE - DAY" with text right under it reads as a character
                        // speaking (Fountain: a heading has a blank line after it).
                        if SceneHeading(text: cue.name).location != cue.name {
                            diagnose(index, .error, "'\(cue.name)' reads as a character speaking, not as a scene heading: a scene heading needs a blank line after it",
                                     hint: "add an empty line after '\(cue.name)' (or write it as .\(cue.name) to force a heading)")
                            continue
                        }
                        diagnose(index, .error, "'\(cue.name)' speaks, but no character in series.yaml has that name.\(Suggestion.didYouMean(cue.name, in: cueNames))",
                                 hint: "fix the name, or add the character under characters in series.yaml")
                        continue
                    }
                    if let left = ledger.absent[id] {
                        diagnose(index, .error, "'\(cue.name)' speaks in episode \(script.number), but left the story in episode \(left) and has not returned",
                                 hint: "add a [[return: \(id)]] note before this line, or give the line to someone present")
                    }
                    present.append(id)
                case .parenthetical(let text):
                    let inner = DeliveryReader.normalized(text)
                    if !inner.isEmpty, DeliveryReader.emotion(of: inner, language: series.language) == nil {
                        diagnose(index, .warning, "the parenthetical (\(inner)) names no emotion cliff knows; the line will be spoken and drawn neutral",
                                 hint: "use a word for one of: \(Emotion.allCases.map(\.rawValue).joined(separator: ", ")) (e.g. (angrily), (coldly), (tenderly))")
                    }
                case .note(let note):
                    if note.lowercased().hasPrefix("beat:") {
                        let kind = note.dropFirst(5).trimmingCharacters(in: .whitespaces)
                        if BeatKind(rawValue: kind) == nil {
                            diagnose(index, .warning, "unknown beat kind '\(kind)'.\(Suggestion.didYouMean(kind, in: BeatKind.allCases.map(\.rawValue)))",
                                     hint: "beat kinds: \(BeatKind.allCases.map(\.rawValue).joined(separator: ", "))")
                        }
                        continue
                    }
                    guard let event = ContinuityEvent(note: note) else { continue }
                    var unknown: [String] = []
                    switch event {
                    case .reveal(let secret, let to):
                        if !secretIDs.contains(secret) { unknown.append("secret '\(secret)'.\(Suggestion.didYouMean(secret, in: secretIDs))") }
                        if !characterIDs.contains(to) { unknown.append("character '\(to)'.\(Suggestion.didYouMean(to, in: characterIDs))") }
                    case .exit(let id), .return(let id), .injury(let id, _), .heal(let id):
                        if !characterIDs.contains(id) { unknown.append("character '\(id)'.\(Suggestion.didYouMean(id, in: characterIDs))") }
                    case .prop(let prop, let holder):
                        if !propIDs.contains(prop) { unknown.append("prop '\(prop)'.\(Suggestion.didYouMean(prop, in: propIDs))") }
                        if !characterIDs.contains(holder) { unknown.append("character '\(holder)'.\(Suggestion.didYouMean(holder, in: characterIDs))") }
                    case .relationship(let a, let b, _):
                        for id in [a, b] where !characterIDs.contains(id) { unknown.append("character '\(id)'.\(Suggestion.didYouMean(id, in: characterIDs))") }
                    }
                    if !unknown.isEmpty {
                        diagnose(index, .error, "the note [[\(note)]] names an unknown \(unknown.joined(separator: " and an unknown "))",
                                 hint: "use ids from series.yaml")
                        continue
                    }
                    if let problem = ledger.violation(of: event) {
                        diagnose(index, .error, "continuity: \(problem)", hint: "remove or move this note, or edit the earlier episode")
                        continue
                    }
                    ledger.apply(event, episode: script.number, present: present)
                default:
                    continue
                }
            }
        }
        let numbers = Set(scripts.map(\.number))
        let missing = (1...max(1, series.format.episodes)).filter { !numbers.contains($0) }
        if !missing.isEmpty {
            let list = EpisodeSelection(numbers: missing).description
            out.append(Diagnostic(.warning, file: "episodes/", message: "no script yet for episode\(missing.count == 1 ? "" : "s") \(list)",
                                  hint: "run: cliff write --episodes \(list)"))
        }
        return out.sortedByLocation()
    }
}
