import Foundation

/// Turns text into the units the policy gate matches against, undoing the usual evasions.
///
/// - NFKC and width folding: full-width `ｓｅｘ` reads as `sex`.
/// - Case and diacritics: `Xí Jìnpíng` reads as `xi jinping`.
/// - Homoglyphs: Cyrillic and Greek letters that look Latin (`рorn` with a Cyrillic `р`) read
///   as the Latin letter.
/// - Punctuation inside a word disappears (`s.e.x`, `k-i-l-l`); every other separator splits.
///
/// A unit is one Latin word (letters and digits) or one ideograph. A term matches where the
/// concatenation of consecutive units equals the term's own concatenation, so spacing evasions
/// (`k i l l`, `习 近 平`, `xi jin ping`) match and words are never matched inside other words.
package enum TextNormalizer {
    /// The units of `text`.
    package static func units(_ text: String) -> [String] {
        var units: [String] = []
        var word = String.UnicodeScalarView()
        var pendingJoiner = false
        func flush() {
            if !word.isEmpty { units.append(String(word)) }
            word = String.UnicodeScalarView()
            pendingJoiner = false
        }
        let folded = text.precomposedStringWithCompatibilityMapping
        for scalar in folded.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x41...0x5A).contains(value) {
                    word.append(Unicode.Scalar(value + 0x20)!)
                    pendingJoiner = false
                } else if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    word.append(scalar)
                    pendingJoiner = false
                } else if joiners.contains(scalar), !word.isEmpty, !pendingJoiner {
                    // Punctuation inside a word is dropped when a letter follows; a second
                    // punctuation mark or a space ends the word.
                    pendingJoiner = true
                } else {
                    flush()
                }
                continue
            }
            if let latin = homoglyphs[scalar] {
                word.append(latin)
                pendingJoiner = false
                continue
            }
            let properties = scalar.properties
            if properties.isIdeographic {
                flush()
                units.append(String(Character(scalar)))
                continue
            }
            if properties.generalCategory == .nonspacingMark { continue }  // a stray combining accent
            if properties.isAlphabetic {
                let base = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                word.append(contentsOf: base.unicodeScalars)
                pendingJoiner = false
                continue
            }
            if properties.generalCategory == .otherPunctuation || properties.generalCategory == .dashPunctuation,
                !word.isEmpty, !pendingJoiner
            {
                pendingJoiner = true
                continue
            }
            flush()
        }
        flush()
        return units
    }

    /// `units` joined without separators: the form terms are stored and compared in.
    package static func compact(_ text: String) -> String { units(text).joined() }

    /// ASCII marks that may sit inside a word without splitting it (`s.e.x`, `k-i-l-l`, `f*ck`).
    private static let joiners: Set<Unicode.Scalar> = [".", "-", "_", "*", "'", "`", "~", "^", "|", "+", "#", "@", "!"]

    /// Cyrillic and Greek letters that render like a Latin letter, mapped to it (lowercase).
    private static let homoglyphs: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, String)] = [
            // Cyrillic
            ("а", "a"), ("А", "a"), ("в", "b"), ("В", "b"), ("с", "c"), ("С", "c"), ("е", "e"), ("Е", "e"),
            ("ё", "e"), ("Ё", "e"), ("н", "h"), ("Н", "h"), ("і", "i"), ("І", "i"), ("ј", "j"), ("Ј", "j"),
            ("к", "k"), ("К", "k"), ("м", "m"), ("М", "m"), ("о", "o"), ("О", "o"), ("р", "p"), ("Р", "p"),
            ("ѕ", "s"), ("Ѕ", "s"), ("т", "t"), ("Т", "t"), ("у", "y"), ("У", "y"), ("х", "x"), ("Х", "x"),
            ("ԁ", "d"), ("ԛ", "q"), ("ԝ", "w"), ("һ", "h"), ("ӏ", "l"), ("Ӏ", "l"),
            // Greek
            ("α", "a"), ("Α", "a"), ("β", "b"), ("Β", "b"), ("ε", "e"), ("Ε", "e"), ("Η", "h"), ("ι", "i"),
            ("Ι", "i"), ("κ", "k"), ("Κ", "k"), ("Μ", "m"), ("ν", "v"), ("Ν", "n"), ("ο", "o"), ("Ο", "o"),
            ("ρ", "p"), ("Ρ", "p"), ("τ", "t"), ("Τ", "t"), ("υ", "u"), ("Υ", "y"), ("χ", "x"), ("Χ", "x"),
            ("Ζ", "z"),
        ]
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in pairs { map[from.unicodeScalars.first!] = to.unicodeScalars.first! }
        return map
    }()
}
