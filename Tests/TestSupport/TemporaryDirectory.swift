package import Foundation

/// A fresh, empty folder under the system's temporary directory, named `<prefix>-<UUID>`.
///
/// Tests never share one: every call makes a new folder, so suites running in parallel do not
/// see each other's files. The folders are removed when the test process exits (set
/// `CLIFF_KEEP_TEST_FILES=1` to keep them for a look after a failure); `scripts/test` also runs
/// the suite with its own `TMPDIR` and removes it afterwards, so a crashed or killed run leaves
/// nothing behind either.
///
/// - Throws: the file system's error when the folder cannot be made.
package func temporaryDirectory(_ prefix: String = "cliff-tests") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    TemporaryFolders.shared.add(url)
    return url
}

/// The folders `temporaryDirectory(_:)` made, removed at exit.
private final class TemporaryFolders: @unchecked Sendable {
    static let shared = TemporaryFolders()

    private let lock = NSLock()
    private var folders: [URL] = []
    private var registered = false

    func add(_ url: URL) {
        lock.lock()
        defer { lock.unlock() }
        folders.append(url)
        guard !registered else { return }
        registered = true
        atexit { TemporaryFolders.shared.removeAll() }
    }

    func removeAll() {
        guard ProcessInfo.processInfo.environment["CLIFF_KEEP_TEST_FILES"] == nil else { return }
        lock.lock()
        let all = folders
        folders = []
        lock.unlock()
        for url in all { try? FileManager.default.removeItem(at: url) }
    }
}
