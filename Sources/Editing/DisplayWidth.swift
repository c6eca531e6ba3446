/// Display columns a character takes on screen: 2 for CJK and fullwidth forms, 1 otherwise.
///
/// Follows Unicode's East Asian Width (Wide and Fullwidth are 2 columns). In Chinese text the
/// ambiguous punctuation Chinese fonts draw full width (`“” ‘’ … — ·`) counts 2 as well.
enum DisplayWidth {
    /// The columns `character` takes; `ambiguousIsWide` for Chinese text.
    static func of(_ character: Character, ambiguousIsWide: Bool) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if scalar.properties.generalCategory == .nonspacingMark { return 0 }
        if isWide(v) { return 2 }
        if ambiguousIsWide && ambiguous.contains(v) { return 2 }
        return 1
    }

    /// The columns `text` takes on one line.
    static func of(_ text: some StringProtocol, ambiguousIsWide: Bool) -> Int {
        text.reduce(0) { $0 + of($1, ambiguousIsWide: ambiguousIsWide) }
    }

    /// True for CJK ideographs, kana, hangul and fullwidth forms.
    static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { isWide($0.value) } ?? false
    }

    private static let ambiguous: Set<UInt32> = [0x00B7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026]

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
            0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
