/// A scene heading (slugline) such as `INT. BRICK'S PATIO - DAY #1A#`.
public struct SceneHeading: Sendable, Hashable {
    /// The heading text, without a forcing `.` and without the `#…#` scene number.
    public var text: String
    /// The scene number written as `#1A#`, without the `#` delimiters.
    public var sceneNumber: String?
    /// Whether the heading was forced with a leading `.`.
    public var forced: Bool

    /// Creates a scene heading.
    public init(text: String, sceneNumber: String? = nil, forced: Bool = false) {
        self.text = text
        self.sceneNumber = sceneNumber
        self.forced = forced
    }
}
