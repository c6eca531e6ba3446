import Basics
public import DramaModel
import Foundation

/// What a `look` variant changes: one cast member's look, drawn that way in every shot and
/// on the cover of the experiment's episodes (the rest of the series' bible as written).
///
/// ```yaml
/// look:
///   character: lin-wan
///   hair: short silver bob
///   outfit: red leather coat
/// ```
public struct LookChange: Sendable, Hashable {
    /// The cast member's id.
    public var character: String
    /// The look's fields it sets (`hair`, `outfit`, …; see ``fields``); `palette` and
    /// `accessories` are comma-separated lists.
    public var values: [String: String]

    /// Creates a change.
    public init(character: String, values: [String: String]) {
        self.character = character
        self.values = values
    }

    /// The fields of a look a variant may set, in the order they are written.
    public static let fields = ["age", "build", "face", "hair", "skin", "eyes", "outfit", "palette", "accessories"]

    /// `look` with this change's values.
    public func applied(to look: LookSpec) -> LookSpec {
        var look = look
        for (field, value) in values {
            let list = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            switch field {
            case "age": look.age = Int(value) ?? look.age
            case "build": look.build = value
            case "face": look.face = value
            case "hair": look.hair = value
            case "skin": look.skin = value
            case "eyes": look.eyes = value
            case "outfit": look.outfit = value
            case "palette": look.palette = list
            case "accessories": look.accessories = list
            default: break
            }
        }
        return look
    }

    /// `series` with this change applied to its cast member (unchanged when it has none by that id).
    public func applied(to series: Series) -> Series {
        var series = series
        for index in series.characters.indices where series.characters[index].id == character {
            series.characters[index].look = applied(to: series.characters[index].look)
        }
        return series
    }

    /// The problems of a value for `field` (empty when usable), as sentences.
    package static func problem(field: String, value: String) -> String? {
        switch field {
        case "age":
            guard let age = Int(value), (1...120).contains(age) else { return "age must be a whole number of years from 1 to 120, found '\(TextInput.excerpt(value))'" }
        case "palette":
            let colours = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if let bad = colours.first(where: { $0.range(of: "^#[0-9A-Fa-f]{6}$", options: .regularExpression) == nil }) {
                return "palette is a list of #rrggbb colours separated by commas, found '\(TextInput.excerpt(bad))'"
            }
        default:
            if value.count > 200 || value.contains(where: \.isNewline) { return "\(field) must be one line of at most 200 characters" }
        }
        return nil
    }
}

/// What a `cover` variant changes: who and where the cover of episode 1 shows (the series'
/// tile on the channel), drawn like the episode's own cover with the same title and AI badge.
///
/// ```yaml
/// cover:
///   characters: [chen-mo, lin-wan]
///   location: rooftop
///   lighting: night
/// ```
public struct CoverChange: Sendable, Hashable {
    /// Cast ids shown, most important first (at most two; nil: the first scene's leads).
    public var characters: [String]?
    /// The backdrop's location id (nil: the first scene's).
    public var location: String?
    /// Day or night (nil: the first scene's).
    public var lighting: Lighting?

    /// Creates a change.
    public init(characters: [String]? = nil, location: String? = nil, lighting: Lighting? = nil) {
        self.characters = characters
        self.location = location
        self.lighting = lighting
    }

    /// The fields a cover variant may set, in the order they are written.
    public static let fields = ["characters", "location", "lighting"]

    /// Whether it changes anything.
    public var isEmpty: Bool { characters == nil && location == nil && lighting == nil }
}

/// The text form of a look or cover variant the command line, the studio's form and the API
/// take: `field=value` pairs separated by `;` (`hair=silver bob; outfit=red coat`,
/// `characters=chen-mo,lin-wan; lighting=night`).
package enum VariantSpec {
    /// The pairs of `text`, in order, and each problem as a sentence (an empty text, a pair
    /// without `=`, a field given twice, a field not in `fields`).
    package static func pairs(_ text: String, fields: [String]) -> (pairs: [(field: String, value: String)], problems: [String]) {
        var pairs: [(String, String)] = []
        var problems: [String] = []
        let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if parts.isEmpty { problems.append("'\(TextInput.excerpt(text))' sets nothing; write field=value pairs separated by ';', e.g. \(fields[0])=…") }
        for part in parts {
            guard let equals = part.firstIndex(of: "=") else {
                problems.append("'\(TextInput.excerpt(part))' is not field=value")
                continue
            }
            let field = part[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = part[part.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if !fields.contains(field) {
                problems.append("'\(TextInput.excerpt(field))' is not a field.\(Suggestion.didYouMean(field, in: fields)) Use \(fields.joined(separator: ", ")).")
            } else if pairs.contains(where: { $0.0 == field }) {
                problems.append("\(field) is given twice")
            } else if value.isEmpty {
                problems.append("\(field) has no value")
            } else {
                pairs.append((field, value))
            }
        }
        return (pairs, problems)
    }
}
