public import Foundation

/// A named output of a node, stored in the asset store by the SHA-256 of its bytes.
public struct AssetRef: Sendable, Hashable, Codable {
    /// The output's name within its node (`cue.json`, `episode.srt`).
    public var name: String
    /// SHA-256 of the bytes, 64 hex digits.
    public var hash: String
    /// Size in bytes.
    public var size: Int64

    /// Creates a reference.
    public init(name: String, hash: String, size: Int64) {
        self.name = name
        self.hash = hash
        self.size = size
    }
}

/// A file a node wrote outside the store, remembered so a later run can tell whether it is
/// still there and unchanged.
public struct ExportedFile: Sendable, Hashable, Codable {
    /// Path relative to the project folder.
    public var path: String
    /// Size in bytes when written.
    public var size: Int64
    /// Modification time when written, in nanoseconds since 1970.
    public var modified: Int64

    /// Creates a record.
    public init(path: String, size: Int64, modified: Int64) {
        self.path = path
        self.size = size
        self.modified = modified
    }
}

/// What a finished node produced: the cache entry that lets later runs skip it.
public struct NodeResult: Sendable, Hashable, Codable {
    /// The node.
    public var key: NodeKey
    /// Outputs in the asset store.
    public var outputs: [AssetRef]
    /// Files written outside the store.
    public var exported: [ExportedFile]
    /// Small facts about the outputs.
    public var metadata: [String: String]

    /// Creates a result.
    public init(key: NodeKey, outputs: [AssetRef], exported: [ExportedFile] = [], metadata: [String: String] = [:]) {
        self.key = key
        self.outputs = outputs
        self.exported = exported
        self.metadata = metadata
    }
}

extension ExportedFile {
    /// The record of `path` (relative to `projectRoot`) as the file is on disk now, or nil when
    /// there is no regular file there.
    public static func onDisk(_ path: String, projectRoot: URL) -> ExportedFile? {
        FileStat.of(projectRoot.appendingPathComponent(path).path).map { ExportedFile(path: path, size: $0.size, modified: $0.modified) }
    }
}
