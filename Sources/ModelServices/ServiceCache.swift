import Crypto
import DramaModel
import Foundation

/// Generation results on disk by content key, so a request that was paid for once — a
/// writer's completion, an image, a clip, a spoken line — is never paid for again, even after
/// a crash. Lives in `.cliff/cache/services/` of the project.
///
/// The key is the SHA-256 of the endpoint, the model and the canonical request (JSON with
/// sorted keys). Keys and other secrets are never part of a request's canonical form, so
/// they reach neither the key nor the file. Files are written atomically.
struct ServiceCache: Sendable {
    /// The folder holding the entries.
    let root: URL

    /// The cache of the project at `projectRoot`.
    init(projectRoot: URL) {
        root = projectRoot.appendingPathComponent(".cliff/cache/services", isDirectory: true)
    }

    /// The content key of a request: lowercase hex SHA-256.
    static func key(endpoint: URL, model: String, kind: String, request: [String: Any]) -> String {
        let canonical = (try? JSONSerialization.data(withJSONObject: request, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        var hasher = SHA256()
        hasher.update(data: Data("\(kind)\n\(endpoint.absoluteString)\n\(model)\n".utf8))
        hasher.update(data: canonical)
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    func url(_ key: String) -> URL {
        root.appendingPathComponent(String(key.prefix(2)), isDirectory: true).appendingPathComponent(key)
    }

    /// The stored bytes for `key`, if any.
    func data(_ key: String) -> Data? {
        try? Data(contentsOf: url(key))
    }

    /// Stores `data` under `key`, or says why it could not: for records that must exist before
    /// a billable request is sent.
    func record(_ data: Data, _ key: String) throws {
        try AtomicFile.write(data, to: url(key))
    }

    /// Forgets `key`.
    func remove(_ key: String) {
        try? FileManager.default.removeItem(at: url(key))
    }

    /// Stores `data` under `key`; a failure to write only costs a later cache miss.
    func store(_ data: Data, _ key: String) {
        try? AtomicFile.write(data, to: url(key))
    }
}
