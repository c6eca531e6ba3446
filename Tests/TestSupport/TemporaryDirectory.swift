package import Foundation

/// A fresh, empty folder under the system's temporary directory, named `<prefix>-<UUID>`.
///
/// Tests never share one: every call makes a new folder, so suites running in parallel do not
/// see each other's files.
///
/// - Throws: the file system's error when the folder cannot be made.
package func temporaryDirectory(_ prefix: String = "cliff-tests") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
