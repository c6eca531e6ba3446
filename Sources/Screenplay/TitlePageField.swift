/// One `Key: value` entry of a Fountain title page.
///
/// ```
/// Title:
///     BRICK & STEEL
///     FULL RETIRED
/// Author: Stu Maschwitz
/// ```
/// gives `TitlePageField(key: "Title", values: ["BRICK & STEEL", "FULL RETIRED"])`
/// and `TitlePageField(key: "Author", values: ["Stu Maschwitz"])`.
public struct TitlePageField: Sendable, Hashable {
    /// The key exactly as written (keys are matched case-insensitively by consumers).
    public var key: String
    /// The values, one per line: the inline value (if any) followed by indented continuation lines.
    public var values: [String]

    /// Creates a title page field.
    public init(key: String, values: [String]) {
        self.key = key
        self.values = values
    }
}
