/// Which generator makes a node, and which version of it: bumping the version changes every
/// key the generator makes, so outputs made by an older version are made again.
public struct GeneratorID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Dotted id: `builtin.cue`, `espeak-ng`, `openai.tts-1`.
    public var id: String
    /// Version of the generator's behaviour.
    public var version: Int

    /// Creates an id.
    public init(_ id: String, version: Int) {
        self.id = id
        self.version = version
    }

    /// Whether a generator is built into cliff (`builtin.*`): free unless priced.
    public var isBuiltIn: Bool { id.hasPrefix("builtin.") }

    /// Whether a generator runs on this machine (`builtin.*`, or `local.*` such as Piper):
    /// free unless priced, since only CPU time is spent.
    public var isLocal: Bool { isBuiltIn || id.hasPrefix("local.") }

    public var description: String { "\(id)@\(version)" }
}
