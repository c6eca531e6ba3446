import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a lock file, held for the duration of a closure:
/// serialises read-modify-write of governance files across processes.
enum FileLock {
    /// Runs `body` while holding the lock on `url` (created if missing).
    /// - Throws: `GovernanceError` `.storeFailed` when the lock file cannot be opened, or what
    ///   `body` throws.
    static func withLock<T>(_ url: URL, _ body: () throws(GovernanceError) -> T) throws(GovernanceError) -> T {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw GovernanceError(code: .storeFailed, message: "cannot create \(url.deletingLastPathComponent().path): \(error.localizedDescription). Check that the project folder is writable.")
        }
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw GovernanceError(code: .storeFailed, message: "cannot open the lock file \(url.path): \(String(cString: strerror(errno))). Check that the project folder is writable.")
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw GovernanceError(code: .storeFailed, message: "cannot lock \(url.path): \(String(cString: strerror(errno))).")
            }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
