package import Foundation

/// Atomic file writes: the data goes to a temporary file in the same folder, is flushed, then
/// renamed over the target, so a killed process leaves either the old file or the new one.
package enum AtomicFile {
    /// Writes `data` to `url` atomically, creating parent folders.
    /// - Throws: `DramaModelError` with code `fileUnwritable`.
    package static func write(_ data: Data, to url: URL) throws(DramaModelError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission)
            }
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try handle.write(contentsOf: data)
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
            if rename(temporary.path, url.path) != 0 {
                let code = errno
                try? FileManager.default.removeItem(at: temporary)
                throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
            }
        } catch {
            throw DramaModelError(
                code: .fileUnwritable,
                message: "cannot write \(url.path): \(error.localizedDescription). Check that the folder exists and is writable and that the disk has space.",
                underlying: error)
        }
    }

    /// Writes UTF-8 text atomically.
    /// - Throws: `DramaModelError` with code `fileUnwritable`.
    package static func write(_ text: String, to url: URL) throws(DramaModelError) {
        try write(Data(text.utf8), to: url)
    }
}
