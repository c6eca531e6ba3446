import Crypto
package import Foundation
import Production

/// SHA-256 of rendered episode files, computed once per file version (size and modification
/// time) and cached in the studio database: an approval is of one exact render.
package struct RenderHashes: Sendable {
    let database: StudioDatabase

    /// The hash of the file at `url`, or nil when there is no file.
    package func hash(of url: URL) async throws(StudioError) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = (attributes[.size] as? NSNumber)?.int64Value,
              let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 else { return nil }
        let path = url.standardizedFileURL.path
        if let cached = try await database.read({ db in
            try await db.value(
                "SELECT sha256 FROM studio_render_hashes WHERE path = ? AND size = ? AND modified = ?",
                [.text(path), .integer(size), .real(modified)]
            ).string
        }) {
            return cached
        }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        try await database.write { db in
            try await db.execute(
                """
                INSERT INTO studio_render_hashes (path, size, modified, sha256) VALUES (?, ?, ?, ?)
                ON CONFLICT (path) DO UPDATE SET size = excluded.size, modified = excluded.modified, sha256 = excluded.sha256
                """,
                [.text(path), .integer(size), .real(modified), .text(digest)])
        }
        return digest
    }
}
