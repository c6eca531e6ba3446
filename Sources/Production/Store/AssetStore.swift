package import Foundation
import Crypto

/// The content-addressed asset store under a project's `assets/`: every file is named by the
/// SHA-256 of its bytes (`assets/3f/3fa9…`).
///
/// Writes go to `assets/tmp/` and are renamed into place, so a killed process leaves at most
/// a temporary file, which nothing trusts and `cliff gc` removes. Reads verify the hash; a
/// file whose bytes no longer match is removed and reported, so the next run regenerates it.
/// Files are not fsynced one by one: a rename survives a killed process, and after a power
/// loss the hash check catches a torn file.
package struct AssetStore: Sendable {
    /// The `assets/` folder.
    package let root: URL

    /// A store rooted at `root` (created on first write).
    package init(root: URL) { self.root = root.standardizedFileURL }

    /// The file of an asset.
    package func url(ofHash hash: String) -> URL {
        root.appendingPathComponent(String(hash.prefix(2)), isDirectory: true).appendingPathComponent(hash)
    }

    var temporaryFolder: URL { root.appendingPathComponent("tmp", isDirectory: true) }

    /// Stores `data` as output `name` and returns its reference. Storing bytes already present
    /// costs a hash and a stat.
    /// - Throws: `ProductionError` with code `storeFailed`.
    package func put(_ data: Data, name: String) throws -> AssetRef {
        let hash = Self.sha256(data)
        let ref = AssetRef(name: name, hash: hash, size: Int64(data.count))
        let target = url(ofHash: hash)
        if size(of: target) == ref.size { return ref }
        do {
            let temporary = temporaryFolder.appendingPathComponent(Self.temporaryName(hash: hash))
            var written = Self.writeNew(data, to: temporary.path)
            if !written {
                try FileManager.default.createDirectory(at: temporaryFolder, withIntermediateDirectories: true)
                written = Self.writeNew(data, to: temporary.path)
            }
            guard written else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            var renamed = rename(temporary.path, target.path) == 0
            if !renamed, errno == ENOENT {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                renamed = rename(temporary.path, target.path) == 0
            }
            if !renamed {
                let code = errno
                try? FileManager.default.removeItem(at: temporary)
                throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
            }
        } catch {
            throw ProductionError(
                code: .storeFailed,
                message: "cannot write an asset into \(root.path): \(error.localizedDescription). Check free disk space and permissions.",
                underlying: error)
        }
        return ref
    }

    /// Writes a new file with plain system calls (Foundation's `Data.write` fsyncs every file,
    /// which the store does not need: see the type's notes).
    private static func writeNew(_ data: Data, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    unlink(path)
                    return false
                }
                offset += n
            }
            return true
        }
    }

    /// The bytes of `ref`, verified.
    /// - Throws: `ProductionError` with code `assetMissing`, or `assetCorrupt` (the bad file is removed).
    package func data(_ ref: AssetRef) throws -> Data {
        let file = url(ofHash: ref.hash)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw ProductionError(
                code: .assetMissing,
                message: "asset \(ref.name) (\(ref.hash.prefix(12))) is missing from \(root.path); run 'cliff produce' again to regenerate it.")
        }
        guard Int64(data.count) == ref.size, Self.sha256(data) == ref.hash else {
            try? FileManager.default.removeItem(at: file)
            throw ProductionError(
                code: .assetCorrupt,
                message: "asset \(ref.name) (\(ref.hash.prefix(12))) was corrupt (its bytes no longer match its hash) and has been removed; run 'cliff produce' again to regenerate it.")
        }
        return data
    }

    /// Whether the asset is present with the right size (cheap; `verify` reads and hashes).
    package func contains(_ ref: AssetRef) -> Bool { size(of: url(ofHash: ref.hash)) == ref.size }

    /// Whether the asset is present and its bytes match its hash.
    package func verify(_ ref: AssetRef) -> Bool {
        guard let data = FileManager.default.contents(atPath: url(ofHash: ref.hash).path) else { return false }
        return Int64(data.count) == ref.size && Self.sha256(data) == ref.hash
    }

    /// Every stored asset: hash and size.
    package func inventory() -> [(hash: String, size: Int64)] {
        let manager = FileManager.default
        guard let shards = try? manager.contentsOfDirectory(atPath: root.path) else { return [] }
        var found: [(String, Int64)] = []
        for shard in shards where shard.utf8.count == 2 {
            let folder = root.appendingPathComponent(shard, isDirectory: true)
            for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] where name.utf8.count == 64 {
                found.append((name, size(of: folder.appendingPathComponent(name)) ?? 0))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// Leftover temporary files (from killed writers): path and size.
    package func temporaries() -> [(url: URL, size: Int64)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporaryFolder.path)) ?? []
        return names.sorted().map { name in
            let url = temporaryFolder.appendingPathComponent(name)
            return (url, size(of: url) ?? 0)
        }
    }

    /// A temporary file's name: `<hash>~<host>~<pid>~<random>`, so that on a folder several
    /// machines share (workers on a shared filesystem) a writer's temporaries are told apart
    /// by machine as well as by process.
    static func temporaryName(hash: String, host: String = WorkerID.current.host, pid: Int32 = getpid()) -> String {
        "\(hash.prefix(16))~\(host.replacingOccurrences(of: "~", with: "-"))~\(pid)~\(UInt64.random(in: 0...UInt64.max))"
    }

    /// Removes temporary files whose writing process is gone (killed mid-write): those written
    /// on this machine by a process that no longer runs. Files of live writers, and of writers on
    /// other machines (whose processes cannot be seen from here), are left alone; `cliff gc`
    /// lists what remains. Returns how many were removed.
    @discardableResult
    package func removeAbandonedTemporaries() -> Int {
        var removed = 0
        let here = WorkerID.current.host.replacingOccurrences(of: "~", with: "-")
        for (url, _) in temporaries() {
            let name = url.lastPathComponent
            let pid: Int32
            let parts = name.split(separator: "~", omittingEmptySubsequences: false)
            if parts.count == 4 {
                guard parts[1] == here, let number = Int32(parts[2]) else { continue }
                pid = number
            } else {
                // Written before temporaries named their machine: `<hash>-<pid>-<random>`, this machine's.
                let old = name.split(separator: "-")
                guard old.count == 3, let number = Int32(old[1]) else { continue }
                pid = number
            }
            if kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: url)
                removed += 1
            }
        }
        return removed
    }

    /// Removes an asset file.
    package func remove(hash: String) throws {
        do {
            try FileManager.default.removeItem(at: url(ofHash: hash))
        } catch {
            throw ProductionError(code: .storeFailed, message: "cannot remove asset \(hash.prefix(12)): \(error.localizedDescription)", underlying: error)
        }
    }

    func size(of url: URL) -> Int64? { FileStat.of(url.path)?.size }

    static func sha256(_ data: Data) -> String { NodeKey.hex(SHA256.hash(data: data)) }
}

/// File facts without Foundation's attribute dictionaries.
enum FileStat {
    /// Size and modification time in nanoseconds, or nil when there is no regular file.
    static func of(_ path: String) -> (size: Int64, modified: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (Int64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
