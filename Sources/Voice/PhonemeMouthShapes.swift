package import DramaModel

/// Which mouth shape a phoneme shows, for espeak-ng's ASCII phoneme mnemonics (English) and
/// its Mandarin phonemes (pinyin-like: `ts.`, `S;`, `iA`, `uei`, `y`).
///
/// Stress marks (`'` `,` `%` `=`) and tone numbers (`i214` → `i`) are stripped first. Then:
///
/// | shape | phonemes |
/// |---|---|
/// | closed | pauses (`_`, `_:`, `_!`, `_|`…), `p` `b` `m` |
/// | teeth | `f` `v` `T` `D` (F, V, TH) |
/// | round | `w` `r` `S` `Z` `tS` `dZ`; `u:` `U` `U@` `oU` `O:` `O` `O@` `OI` `o@` `u` `o`; Mandarin `y` (ü), `uei`, `uo`, `ou`, `ong`… |
/// | open | `a` `a#` `A:` `A@` `aI` `aU` `V` `0` `@` `@2` `@5` `@L` `3` `3:`; Mandarin `A` `ai` `ao` `an` `@` |
/// | wide | `i:` `i` `I` `I#` `I2` `i@` `I@` `e` `E` `eI` `e@`; consonants `s` `z` `t` `d` `n` `l` `j` `k` `g` `N` `h` `x` `?`; Mandarin `ts` `ts.` `s.` `z.` `S;` `tS;h` `X` |
///
/// A name not in the table goes by its first letter: `p` `b` `m` closed; `f` `v` teeth;
/// `w` `y` `u` `o` `O` `U` round; `a` `A` `@` `V` `3` `0` open; anything else wide. A Mandarin
/// final with an `i` glide goes by its main vowel (`iA` open, `iE` wide, `iou` round).
package enum PhonemeMouthShapes {
    /// The shape for one phoneme mnemonic.
    package static func shape(for phoneme: String) -> MouthShape {
        let name = normalized(phoneme)
        if name.isEmpty || name.hasPrefix("_") { return .closed }
        if let shape = table[name] { return shape }
        var letters = Substring(name)
        // Mandarin i-glide (ia, ie, iao, iou…): the main vowel shapes the mouth.
        if letters.count >= 2, letters.first == "i", let next = letters.dropFirst().first, vowelLetters.contains(next) {
            letters = letters.dropFirst()
            if let shape = table[String(letters)] { return shape }
        }
        return byFirstLetter(letters.first!)
    }

    /// Without stress marks and tone numbers; "0" and "3" alone are vowels and stay.
    static func normalized(_ phoneme: String) -> String {
        var name = phoneme.filter { !"'`,%=".contains($0) }
        while name.count > 1, let last = name.last, last.isNumber, name.dropLast().contains(where: { $0.isLetter || $0 == "@" || $0 == ":" || $0 == ";" || $0 == "." }) {
            name.removeLast()
        }
        return name
    }

    private static let vowelLetters: Set<Character> = ["a", "A", "e", "E", "o", "O", "u", "U", "@", "i", "I", "y"]

    private static func byFirstLetter(_ letter: Character) -> MouthShape {
        switch letter {
        case "p", "b", "m": .closed
        case "f", "v": .teeth
        case "w", "y", "u", "o", "O", "U": .round
        case "a", "A", "@", "V", "3", "0": .open
        default: .wide
        }
    }

    private static let table: [String: MouthShape] = {
        var table: [String: MouthShape] = [:]
        for name in ["p", "b", "m", "m-"] { table[name] = .closed }
        for name in ["f", "v", "T", "D"] { table[name] = .teeth }
        for name in [
            "w", "r", "r-", "S", "Z", "tS", "dZ", "u:", "u", "U", "U@", "oU", "O:", "O", "O@", "OI", "o@", "o",
            "y", "uei", "uo", "uA", "ua", "uai", "uan", "ou", "ong", "yE", "yn", "yan",
        ] { table[name] = .round }
        for name in ["a", "a#", "A:", "A", "A@", "aI", "aU", "aI@", "aU@", "V", "0", "@", "@2", "@5", "@L", "3", "3:", "ai", "ao", "an", "ang", "@r", "Au"] {
            table[name] = .open
        }
        for name in [
            "i:", "i", "I", "I#", "I2", "i@", "I@", "e", "E", "eI", "e@", "E@", "ei", "i.", "s", "z", "t", "d", "n", "l", "j", "k", "g",
            "N", "h", "x", "?", "t#", "d#", "n-", "l-", "ts", "tsh", "ts.", "ts.h", "s.", "z.", "S;", "tS;", "tS;h", "X",
        ] { table[name] = .wide }
        return table
    }()
}
