/// Small, allocation-free string helpers shared by the parser and writers.
extension Substring {
    /// The substring without leading whitespace.
    var trimmingLeadingWhitespace: Substring {
        drop(while: \.isWhitespace)
    }

    /// The substring without trailing whitespace.
    var trimmingTrailingWhitespace: Substring {
        guard let last = lastIndex(where: { !$0.isWhitespace }) else { return self[startIndex..<startIndex] }
        return self[...last]
    }

    /// The substring without leading or trailing whitespace.
    var trimmingWhitespace: Substring {
        trimmingLeadingWhitespace.trimmingTrailingWhitespace
    }

    /// The index of the first occurrence of the two-character sequence `first` `second`
    /// at or after `start`, or `nil`.
    func firstIndex(of first: Character, _ second: Character, from start: Index) -> Index? {
        var index = start
        while index < endIndex {
            if self[index] == first {
                let next = self.index(after: index)
                if next < endIndex, self[next] == second { return index }
            }
            index = self.index(after: index)
        }
        return nil
    }
}

extension StringProtocol {
    /// Whether the text is empty or whitespace only.
    var isBlank: Bool {
        allSatisfy(\.isWhitespace)
    }

    /// Whether the text has at least one uppercase letter and no lowercase letters.
    ///
    /// Scripts without case (Chinese, Japanese, …) have neither, so text in them is
    /// never "all caps": such character cues must be forced with `@`.
    var isShouted: Bool {
        var sawUppercase = false
        for character in self {
            if character.isLowercase { return false }
            if character.isUppercase { sawUppercase = true }
        }
        return sawUppercase
    }
}

extension String {
    /// The text split into lines on `"\n"`, keeping empty lines.
    var lines: [Substring] {
        split(separator: "\n", omittingEmptySubsequences: false)
    }
}
