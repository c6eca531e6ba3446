import DramaModel
import Foundation

/// How names sound in the other language: English names written in Chinese characters as
/// Chinese subtitles write them (`Grace Hart` → `格蕾丝·哈特`) and Chinese names in pinyin
/// (`许书瑶` → `Shuyao Xu`), from the data files in `Names/`.
struct NameTables: Sendable {
    /// Western name part (lowercased) → Chinese characters.
    let englishToChinese: [String: String]
    /// Romanised Chinese name part (lowercased) → its characters (`shen` → `沈`).
    let romanisedToChinese: [String: String]
    /// A name part's form as a family name where it differs (`rose` → `罗斯`, `wei` → `魏`).
    let surnameToChinese: [String: String]
    /// Surname (one or two characters) → pinyin, where a surname reads otherwise than the
    /// character's common reading.
    let surnamePinyin: [String: String]
    /// Character → pinyin (toneless, lowercase).
    let characterPinyin: [Character: String]

    /// The built-in tables, read once per process.
    static let builtIn: NameTables = {
        let english = EmbeddedData.files["Names/en-zh.names"] ?? ""
        let pinyin = EmbeddedData.files["Names/zh-pinyin.names"] ?? ""
        var englishToChinese: [String: String] = [:], romanised: [String: String] = [:], surnameForms: [String: String] = [:]
        for (section, cells) in rows(english) where cells.count >= 2 {
            switch section {
            case "chinese": romanised[cells[0].lowercased()] = cells[1]
            case "surname": surnameForms[cells[0].lowercased()] = cells[1]
            default: englishToChinese[cells[0].lowercased()] = cells[1]
            }
        }
        var surnames: [String: String] = [:]
        var characters: [Character: String] = [:]
        for (section, cells) in rows(pinyin) where cells.count >= 2 {
            if section == "surname" {
                surnames[cells[0]] = cells[1]
            } else if cells[0].count == 1, let character = cells[0].first {
                characters[character] = cells[1]
            }
        }
        return NameTables(
            englishToChinese: englishToChinese, romanisedToChinese: romanised, surnameToChinese: surnameForms,
            surnamePinyin: surnames, characterPinyin: characters)
    }()

    /// Tab-separated rows with the `[section]` they are in; `#` comments and blank lines skipped.
    static func rows(_ text: String) -> [(section: String, cells: [String])] {
        var section = ""
        var out: [(String, [String])] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
                continue
            }
            out.append((section, line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }))
        }
        return out
    }

    /// `name` as `target` writes its sound, or nil when a part of it is not in the tables.
    /// - Parameter surnameFirst: whether an English name is written family name first (the
    ///   palace genre's convention); a Chinese name always is.
    func transliterate(_ name: String, from source: Language, to target: Language, surnameFirst: Bool) -> String? {
        switch (source, target) {
        case (.en, .zh): return chinese(ofEnglish: name, surnameFirst: surnameFirst)
        case (.zh, .en), (.zh, .es): return pinyin(ofChinese: name, surnameFirst: surnameFirst)
        default: return name
        }
    }

    /// `Grace Hart` → `格蕾丝·哈特`: each part from the table in the name's order, joined by
    /// the middle dot, the family name in its family-name form. A romanised Chinese name
    /// (`Mei Chen`, palace `Shen Meiyin`) goes back to its characters, family name first: `陈梅`.
    func chinese(ofEnglish name: String, surnameFirst: Bool) -> String? {
        let parts = name.split(whereSeparator: { $0 == " " }).map { $0.lowercased() }
        guard !parts.isEmpty else { return nil }
        let familyIndex = parts.count == 1 ? -1 : surnameFirst ? 0 : parts.count - 1
        if parts.allSatisfy({ romanisedToChinese[$0] != nil }) {
            let family = familyIndex >= 0 ? (surnameToChinese[parts[familyIndex]] ?? romanisedToChinese[parts[familyIndex]]!) : ""
            let given = parts.indices.filter { $0 != familyIndex }.map { romanisedToChinese[parts[$0]]! }.joined()
            return family + given
        }
        var out: [String] = []
        for (index, part) in parts.enumerated() {
            let pieces = part.split(separator: "-").map(String.init)
            var written: [String] = []
            for piece in pieces {
                let form = index == familyIndex ? (surnameToChinese[piece] ?? englishToChinese[piece]) : englishToChinese[piece]
                guard let form = form ?? romanisedToChinese[piece] else { return nil }
                written.append(form)
            }
            out.append(written.joined(separator: "-"))
        }
        return out.joined(separator: "·")
    }

    /// `许书瑶` → `Shuyao Xu` (or `Xu Shuyao` family name first): the surname's own reading,
    /// the given name's characters run together.
    func pinyin(ofChinese name: String, surnameFirst: Bool) -> String? {
        let characters = Array(name.filter { !$0.isWhitespace })
        guard characters.count >= 2 else { return characters.first.flatMap { characterPinyin[$0] }.map(Self.capitalised) }
        var surnameLength = 1
        var surname: String?
        if let longest = (1..<characters.count).reversed().first(where: { surnamePinyin[String(characters[0..<$0])] != nil }) {
            surnameLength = longest
            surname = surnamePinyin[String(characters[0..<longest])]
        } else {
            surname = surnamePinyin[String(characters[0])] ?? characterPinyin[characters[0]]
        }
        guard let surname else { return nil }
        var given = ""
        for character in characters[surnameLength...] {
            guard let syllable = characterPinyin[character] else { return nil }
            // A syllable opening on a vowel after another syllable takes an apostrophe (Xi'an).
            if !given.isEmpty, let first = syllable.first, "aeo".contains(first) { given += "'" }
            given += syllable
        }
        let family = Self.capitalised(surname), personal = Self.capitalised(given)
        return surnameFirst ? "\(family) \(personal)" : "\(personal) \(family)"
    }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
