/// A position in Fountain source text.
///
/// Both values are 1-based. `column` counts Swift `Character`s (extended
/// grapheme clusters), so a CJK character or an emoji counts as one column.
package struct SourceLocation: Sendable, Hashable {
    /// The 1-based line number.
    package var line: Int
    /// The 1-based column, counted in `Character`s.
    package var column: Int

    /// Creates a location from a 1-based line and column.
    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
