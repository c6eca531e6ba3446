import DramaModel
import Foundation

/// Atomic writes for governance files (DramaModel's temp-file-and-rename), with
/// `GovernanceError` at the boundary.
enum AtomicWrite {
    /// Writes `data` to `url` atomically.
    /// - Throws: `GovernanceError` `.storeFailed`.
    static func write(_ data: Data, to url: URL) throws(GovernanceError) {
        do {
            try AtomicFile.write(data, to: url)
        } catch {
            throw GovernanceError(code: .storeFailed, message: error.message)
        }
    }

    /// Hex SHA-256 helper shared by governance files.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
