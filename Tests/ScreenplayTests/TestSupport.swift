import Screenplay

/// Parses `text` and returns only the body elements.
func elements(_ text: String) -> [FountainElement] {
    FountainParser.parse(text).elements
}
