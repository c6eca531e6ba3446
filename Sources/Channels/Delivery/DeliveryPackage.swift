public import Basics
import Crypto
public import Foundation

/// A delivery package: one folder per episode for platforms without an open upload API
/// (Douyin for most accounts, Kuaishou, the drama apps), which a person uploads through the
/// platform's form.
///
/// `<project>/<channel.folder ?? out/delivery/<channel>>/<series>-ep<NNN>/` holds:
///
/// - `<series>-ep<NNN>.mp4`: the signed, labelled master, hard-linked when the file system
///   allows, else copied — never re-encoded, so the burned-in AI label and the signed C2PA
///   provenance travel byte for byte;
/// - `cover.<ext>`, when the episode has a cover;
/// - `subtitles/<series>-ep<NNN>.<lang>.srt` (and `.vtt`) per language the channel sends
///   (`subtitleLanguages`, nil: all): the file the release names, plus its sibling in the
///   other format when one lies beside it (`episode.srt` next to `episode.vtt`);
/// - `metadata.json` and `metadata.csv` (UTF-8 with BOM, RFC 4180, a bilingual header row and
///   one row): the form's fields — see `Metadata`;
/// - `README.txt`, in English and Chinese: what the folder holds and what must not be stripped;
/// - `checksums.sha256` (`sha256sum -c` format) over every other file.
///
/// Writing is atomic and idempotent: the package is built in a sibling `.<name>.partial-<random>`
/// folder and renamed into place. When the folder already holds exactly the package this
/// release makes (same master SHA-256, same texts, every checksum good) it is left alone and
/// reported `unchanged`; otherwise (a new render, a changed title) the new package replaces it:
/// the old folder is renamed aside, the new one renamed in, the old one removed. A `.partial`
/// or `.old` folder left by a killed run is never trusted: the next write removes it. One
/// process writes a channel's packages at a time (the publisher holds its lock).
public enum DeliveryPackage {
    /// What `write` did.
    public struct Result: Sendable, Hashable {
        /// The package folder.
        public var folder: URL
        /// Every file in the package, relative to `folder`, sorted (`subtitles/…` included).
        public var files: [String]
        /// True when the folder already held this package and nothing was written.
        public var unchanged: Bool
        /// The master's SHA-256, hex.
        public var masterSHA256: String
        /// Languages the channel asks for that the episode has no subtitles in.
        public var missingSubtitleLanguages: [String]
        /// Problems that did not stop the package (overlapping cues).
        public var warnings: [Diagnostic]
    }

    /// What `verify` found in a sound package.
    public struct Verification: Sendable, Hashable {
        /// The package folder.
        public var folder: URL
        /// Its `metadata.json`.
        public var metadata: Metadata
        /// Every file `checksums.sha256` lists, relative to `folder`, sorted.
        public var files: [String]
    }

    /// The checksum file's name.
    public static let checksumsFile = "checksums.sha256"

    /// `<series>-ep<NNN>`: the package folder's and the master's base name.
    public static func name(series: String, episode: Int) -> String {
        let digits = String(episode)
        return "\(series)-ep\(String(repeating: "0", count: max(0, 3 - digits.count)))\(digits)"
    }

    /// The folder a channel's packages go in: `channel.folder` (relative to the project, or
    /// absolute), default `out/delivery/<channel.name>`.
    public static func channelFolder(_ channel: Channel, projectRoot: URL) -> URL {
        let folder = channel.folder ?? "out/delivery/\(channel.name)"
        if folder.hasPrefix("/") { return URL(fileURLWithPath: folder, isDirectory: true) }
        return projectRoot.appendingPathComponent(folder, isDirectory: true)
    }

    /// Writes (or confirms) the package of `release` for `channel`.
    ///
    /// - Throws: `ChannelsError` `.refused` before anything is written when the master is
    ///   missing, the platform's limits are exceeded (`PlatformLimits`), the cover is missing,
    ///   or a subtitle file is missing or malformed (every problem in `diagnostics`);
    ///   `.packageFailed` when the folder cannot be written.
    public static func write(_ release: EpisodeRelease, channel: Channel, projectRoot: URL) throws(ChannelsError) -> Result {
        let base = name(series: release.series, episode: release.episode)
        let subject = "the delivery package of \(release.series) episode \(release.episode) for channel '\(channel.name)'"
        try checkName(release, base: base, subject: subject)
        let parent = channelFolder(channel, projectRoot: projectRoot)
        let target = parent.appendingPathComponent(base, isDirectory: true)

        // The master: present, within the platform's limits.
        let masterSize = try Self.masterSize(release.video, subject: subject)
        let limits = PlatformLimits.forPlatform(channel.platform)
        let dimensions = VideoDimensions.of(fileAt: release.video)
        if let limits { try check(release, size: masterSize, dimensions: dimensions, against: limits, subject: subject) }

        // Everything else: read and checked before anything is written.
        var plan = try Self.plan(release, channel: channel, base: base, subject: subject)
        let (masterSHA, hashedSize) = try digest(release.video)
        guard hashedSize == masterSize else {
            throw ChannelsError(
                code: .packageFailed,
                message: "cannot write \(subject): \(release.video.path) changed while it was read (\(masterSize) bytes, then \(hashedSize)). Wait for the render to finish, then publish again.")
        }
        let metadata = Metadata(
            format: Metadata.formatName, platform: channel.platform ?? channel.name, channel: channel.name, series: release.series,
            episode: release.episode, title: release.title, description: release.description, hashtags: release.hashtags,
            language: release.language, durationSeconds: release.durationSeconds,
            video: .init(file: "\(base).mp4", sizeBytes: masterSize, sha256: masterSHA, width: dimensions?.width, height: dimensions?.height),
            cover: plan.cover, subtitles: plan.subtitles, releaseTime: isoUTC(release.releasedAt.addingTimeInterval(TimeInterval(channel.offsetSeconds))),
            aiGenerated: true, aiDeclaration: Metadata.declaration, provenance: release.provenance)
        plan.add("metadata.json", data: try json(metadata))
        plan.add("metadata.csv", data: csv(metadata))
        plan.add("README.txt", data: Data(readme(metadata).utf8))
        var sums = plan.files.map { ($0.path, $0.sha256) }
        sums.append(("\(base).mp4", masterSHA))
        let checksums = Data(sums.sorted { $0.0 < $1.0 }.map { "\($0.1)  \($0.0)\n" }.joined().utf8)
        let files = (sums.map(\.0) + [checksumsFile]).sorted()
        let result = { (unchanged: Bool) in
            Result(
                folder: target, files: files, unchanged: unchanged, masterSHA256: masterSHA, missingSubtitleLanguages: plan.missingLanguages,
                warnings: plan.warnings)
        }

        let fm = FileManager.default
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw failed(subject, "cannot create \(parent.path): \(error.localizedDescription)", fix: "Check that the folder is writable.")
        }
        removeLeftovers(of: base, in: parent)

        if let existing = fm.contents(atPath: target.appendingPathComponent(checksumsFile).path), existing == checksums,
            (try? verify(folder: target)) != nil
        {
            return result(true)
        }

        // Build beside the target, then rename into place.
        let partial = parent.appendingPathComponent(".\(base).partial-\(randomSuffix())", isDirectory: true)
        do {
            try fm.createDirectory(at: partial.appendingPathComponent("subtitles", isDirectory: true), withIntermediateDirectories: true)
            let master = partial.appendingPathComponent("\(base).mp4")
            do {
                try fm.linkItem(at: release.video, to: master)
            } catch {
                // Another file system (or one without hard links): a plain copy, synced.
                try? fm.removeItem(at: master)
                try fm.copyItem(at: release.video, to: master)
                let handle = try FileHandle(forUpdating: master)
                defer { try? handle.close() }
                try handle.synchronize()
            }
            if plan.subtitles.isEmpty { try fm.removeItem(at: partial.appendingPathComponent("subtitles")) }
            for file in plan.files { try writeSynced(file.data, to: partial.appendingPathComponent(file.path)) }
            try writeSynced(checksums, to: partial.appendingPathComponent(checksumsFile))
        } catch {
            try? fm.removeItem(at: partial)
            throw failed(subject, "cannot write \(partial.path): \(error.localizedDescription)", fix: "Check that the folder is writable and the disk has space.")
        }
        // The package is checked as a person will check it before it takes the old one's
        // place: a master replaced between hashing and linking, or a bad copy, stops here.
        do {
            _ = try verify(folder: partial)
        } catch {
            try? fm.removeItem(at: partial)
            throw ChannelsError(
                code: .packageFailed,
                message: "cannot write \(subject): the package did not check out before it was put in place (was \(release.video.lastPathComponent) rewritten while it was packaged?):\n"
                    + error.diagnostics.map { "  \($0)" }.joined(separator: "\n") + "\nWait for the render to finish, then publish again.",
                diagnostics: error.diagnostics)
        }
        try moveIntoPlace(partial, target: target, base: base, parent: parent, subject: subject)
        return result(false)
    }

    /// Checks the package in `folder`: every file `checksums.sha256` lists is there with that
    /// checksum and nothing unlisted is; `metadata.json` parses and names files that are listed
    /// (the video's checksum matching its own); `metadata.csv` holds a header and one row of the
    /// same width; every subtitle file validates.
    ///
    /// - Throws: `ChannelsError` `.packageFailed` with every problem in `diagnostics` (files
    ///   named relative to the folder).
    public static func verify(folder: URL) throws(ChannelsError) -> Verification {
        var problems: [Diagnostic] = []
        func problem(_ file: String, line: Int? = nil, _ message: String, hint: String? = nil) {
            problems.append(Diagnostic(file: file, line: line, column: line == nil ? nil : 1, message: message, hint: hint))
        }
        let fm = FileManager.default
        let damaged = "Write the package again (publish the episode to this channel again); do not edit a package by hand."
        guard let sumsData = fm.contents(atPath: folder.appendingPathComponent(checksumsFile).path) else {
            throw ChannelsError(
                code: .packageFailed,
                message: "\(folder.path) is not a complete delivery package: \(checksumsFile) is missing. \(damaged)",
                diagnostics: [Diagnostic(file: checksumsFile, message: "missing", hint: damaged)])
        }
        var listed: [String: String] = [:]
        for (offset, line) in String(decoding: sumsData, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty {
            let hex = line.prefix(64)
            let rest = line.dropFirst(64)
            guard hex.count == 64, hex.allSatisfy(\.isHexDigit), rest.hasPrefix("  ") || rest.hasPrefix(" *") else {
                problem(checksumsFile, line: offset + 1, "not a 'SHA-256  file' line", hint: damaged)
                continue
            }
            let path = String(rest.dropFirst(2))
            guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains(".."), path != checksumsFile else {
                problem(checksumsFile, line: offset + 1, "'\(path)' is not a file inside the package", hint: damaged)
                continue
            }
            listed[path] = hex.lowercased()
        }
        for (path, expected) in listed.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(path)
            guard isRegularFile(url) else {
                problem(path, "listed in \(checksumsFile) but missing", hint: damaged)
                continue
            }
            guard let actual = try? digest(url).sha256 else {
                problem(path, "cannot be read", hint: damaged)
                continue
            }
            if actual != expected { problem(path, "SHA-256 \(actual.prefix(16))… does not match \(checksumsFile) (\(expected.prefix(16))…): the file was changed", hint: damaged) }
        }
        for path in allFiles(in: folder) where path != checksumsFile && listed[path] == nil {
            problem(path, "not listed in \(checksumsFile)", hint: "Remove it, or write the package again.")
        }

        var metadata: Metadata?
        if let data = fm.contents(atPath: folder.appendingPathComponent("metadata.json").path) {
            do {
                metadata = try JSONDecoder().decode(Metadata.self, from: data)
            } catch {
                problem("metadata.json", "cannot be read as package metadata: \(error)", hint: damaged)
            }
        } else {
            problem("metadata.json", "missing", hint: damaged)
        }
        if let metadata {
            if listed[metadata.video.file] == nil { problem("metadata.json", "names the video \(metadata.video.file), which the package does not hold", hint: damaged) }
            if let sha = listed[metadata.video.file], sha != metadata.video.sha256 {
                problem("metadata.json", "gives the video's SHA-256 as \(metadata.video.sha256.prefix(16))…, but \(checksumsFile) lists \(sha.prefix(16))…", hint: damaged)
            }
            if let cover = metadata.cover, listed[cover] == nil { problem("metadata.json", "names the cover \(cover), which the package does not hold", hint: damaged) }
            for subtitle in metadata.subtitles {
                guard listed[subtitle.file] != nil else {
                    problem("metadata.json", "names the subtitle file \(subtitle.file), which the package does not hold", hint: damaged)
                    continue
                }
                guard let format = SubtitleCheck.Format(rawValue: subtitle.format) else {
                    problem("metadata.json", "gives \(subtitle.file) the unknown format '\(subtitle.format)'", hint: damaged)
                    continue
                }
                problems += SubtitleCheck.check(fileAt: folder.appendingPathComponent(subtitle.file), format: format, file: subtitle.file)
                    .filter { $0.severity == .error }
            }
        }
        if listed["metadata.csv"] != nil {
            let text = fm.contents(atPath: folder.appendingPathComponent("metadata.csv").path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let records = CSV.parse(text) ?? []
            if records.count != 2 || records[0].count != records[1].count {
                problem("metadata.csv", "is not a header row and one row of the same width", hint: damaged)
            }
        } else {
            problem("metadata.csv", "missing from \(checksumsFile)", hint: damaged)
        }
        if !problems.isEmpty || metadata == nil {
            let sorted = problems.sortedByLocation()
            throw ChannelsError(
                code: .packageFailed,
                message: "the delivery package \(folder.path) is damaged (\(sorted.count) problem\(sorted.count == 1 ? "" : "s")):\n"
                    + sorted.map { "  \($0)" }.joined(separator: "\n") + "\n\(damaged)",
                diagnostics: sorted)
        }
        return Verification(folder: folder, metadata: metadata!, files: listed.keys.sorted())
    }
}

// MARK: - Planning

extension DeliveryPackage {
    /// The small files of a package, in memory until the package is built.
    struct Plan {
        struct File {
            var path: String
            var data: Data
            var sha256: String
        }

        var files: [File] = []
        var cover: String?
        var subtitles: [Metadata.Subtitle] = []
        var missingLanguages: [String] = []
        var warnings: [Diagnostic] = []

        mutating func add(_ path: String, data: Data) {
            files.append(File(path: path, data: data, sha256: DeliveryPackage.hex(SHA256.hash(data: data))))
        }
    }

    /// Reads the cover and subtitle files, checking every one; throws every problem at once.
    static func plan(_ release: EpisodeRelease, channel: Channel, base: String, subject: String) throws(ChannelsError) -> Plan {
        var plan = Plan()
        var problems: [Diagnostic] = []
        if let cover = release.cover {
            if let data = isRegularFile(cover) ? FileManager.default.contents(atPath: cover.path) : nil {
                let ext = cover.pathExtension.lowercased()
                let name = ext.isEmpty ? "cover" : "cover.\(ext)"
                plan.cover = name
                plan.add(name, data: data)
            } else {
                problems.append(
                    Diagnostic(
                        file: cover.lastPathComponent, message: "the cover \(cover.path) is missing or unreadable",
                        hint: "Render the episode's cover again, or publish without one."))
            }
        }
        let wanted = channel.subtitleLanguages.map { Set($0.map { $0.lowercased() }) }
        var sent: Set<String> = []
        for (language, url) in release.subtitles.sorted(by: { $0.key < $1.key }) {
            guard wanted?.contains(language.lowercased()) ?? true else { continue }
            sent.insert(language.lowercased())
            guard !language.isEmpty, language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                problems.append(
                    Diagnostic(
                        file: url.lastPathComponent, message: "'\(language)' is not a language code",
                        hint: "Name subtitle languages by their codes (en, zh, zh-Hant)."))
                continue
            }
            guard let format = SubtitleCheck.Format(fileExtension: url.pathExtension) else {
                problems.append(
                    Diagnostic(
                        file: url.lastPathComponent, message: "the \(language) subtitles are neither .srt nor .vtt",
                        hint: "Give the package SubRip (.srt) or WebVTT (.vtt) subtitles."))
                continue
            }
            var sources = [(format, url)]
            for other in SubtitleCheck.Format.allCases where other != format {
                let sibling = url.deletingPathExtension().appendingPathExtension(other.rawValue)
                if isRegularFile(sibling) { sources.append((other, sibling)) }
            }
            for (format, source) in sources.sorted(by: { $0.0.rawValue < $1.0.rawValue }) {
                guard isRegularFile(source), let data = FileManager.default.contents(atPath: source.path) else {
                    problems.append(
                        Diagnostic(
                            file: source.lastPathComponent, message: "the \(language) subtitle file \(source.path) is missing or unreadable",
                            hint: "Render the episode's subtitles again, or leave \(language) out of the channel's subtitles."))
                    continue
                }
                let found = SubtitleCheck.check(data: data, format: format, file: source.lastPathComponent)
                problems += found.filter { $0.severity == .error }
                plan.warnings += found.filter { $0.severity == .warning }
                let path = "subtitles/\(base).\(language).\(format.rawValue)"
                plan.subtitles.append(Metadata.Subtitle(language: language, format: format.rawValue, file: path))
                plan.add(path, data: data)
            }
        }
        plan.missingLanguages = (channel.subtitleLanguages ?? []).filter { !sent.contains($0.lowercased()) }
        if !problems.isEmpty {
            let sorted = problems.sortedByLocation()
            throw ChannelsError(
                code: .refused,
                message: "cannot write \(subject): \(sorted.count) problem\(sorted.count == 1 ? "" : "s") in its cover or subtitle files:\n"
                    + sorted.map { "  \($0)" }.joined(separator: "\n") + "\nFix the files (or render them again), then publish again.",
                diagnostics: sorted)
        }
        return plan
    }

    static func checkName(_ release: EpisodeRelease, base: String, subject: String) throws(ChannelsError) {
        let series = release.series
        guard !series.isEmpty, !series.hasPrefix("."), !series.contains("/"), !series.contains("\0"), release.episode >= 0 else {
            throw ChannelsError(
                code: .refused,
                message: "cannot write \(subject): '\(base)' is not a usable folder name. Give the series an id without '/' that does not start with '.'.")
        }
    }

    static func masterSize(_ video: URL, subject: String) throws(ChannelsError) -> Int64 {
        guard isRegularFile(video), let attributes = try? FileManager.default.attributesOfItem(atPath: video.path),
            let size = (attributes[.size] as? NSNumber)?.int64Value
        else {
            throw ChannelsError(
                code: .refused,
                message: "cannot write \(subject): the master \(video.path) is missing. Render the episode (it writes the signed, labelled episode.mp4), then publish again.")
        }
        return size
    }

    static func check(
        _ release: EpisodeRelease, size: Int64, dimensions: (width: Int, height: Int)?, against limits: PlatformLimits, subject: String
    ) throws(ChannelsError) {
        var reasons: [String] = []
        if let maxBytes = limits.maxBytes, size > maxBytes {
            reasons.append(
                "the master \(release.video.lastPathComponent) is \(megabytes(size)) MB, over \(limits.platform)'s \(megabytes(maxBytes)) MB: render it at a lower bitrate")
        }
        if let maxDuration = limits.maxDurationSeconds, release.durationSeconds > maxDuration {
            reasons.append(
                "the episode runs \(decimal(release.durationSeconds)) s, over \(limits.platform)'s \(decimal(maxDuration)) s: cut it shorter or split it")
        }
        if let minSide = limits.minShortSide, let dimensions, min(dimensions.width, dimensions.height) < minSide {
            reasons.append(
                "the master is \(dimensions.width)x\(dimensions.height), below \(limits.platform)'s \(minSide)p: render it at \(minSide)p or higher")
        }
        guard reasons.isEmpty else {
            throw ChannelsError(code: .refused, message: "cannot write \(subject): " + reasons.joined(separator: "; ") + ".")
        }
    }
}

// MARK: - Files

extension DeliveryPackage {
    static func moveIntoPlace(_ partial: URL, target: URL, base: String, parent: URL, subject: String) throws(ChannelsError) {
        let fm = FileManager.default
        if rename(partial.path, target.path) == 0 { return }
        let first = errno
        guard first == EEXIST || first == ENOTEMPTY || first == EISDIR || first == ENOTDIR else {
            try? fm.removeItem(at: partial)
            throw failed(subject, "cannot rename \(partial.path) to \(target.path): \(String(cString: strerror(first)))", fix: "Check that the folder is writable.")
        }
        let old = parent.appendingPathComponent(".\(base).old-\(randomSuffix())", isDirectory: true)
        guard rename(target.path, old.path) == 0 else {
            let code = errno
            try? fm.removeItem(at: partial)
            throw failed(subject, "cannot move the old package \(target.path) aside: \(String(cString: strerror(code)))", fix: "Check that the folder is writable.")
        }
        guard rename(partial.path, target.path) == 0 else {
            let code = errno
            _ = rename(old.path, target.path)
            try? fm.removeItem(at: partial)
            throw failed(subject, "cannot rename \(partial.path) to \(target.path): \(String(cString: strerror(code)))", fix: "Check that the folder is writable.")
        }
        try? fm.removeItem(at: old)
    }

    /// Removes `.<base>.partial-*` and `.<base>.old-*` left by a killed run: never trusted.
    static func removeLeftovers(of base: String, in parent: URL) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(".\(base).partial-") || name.hasPrefix(".\(base).old-") {
            try? fm.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    static func writeSynced(_ data: Data, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }

    /// Every regular file under `folder`, relative, sorted.
    static func allFiles(in folder: URL) -> [String] {
        let fm = FileManager.default
        var files: [String] = []
        func walk(_ relative: String) {
            let url = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            guard let names = try? fm.contentsOfDirectory(atPath: url.path) else { return }
            for name in names {
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), isDirectory.boolValue {
                    walk(path)
                } else {
                    files.append(path)
                }
            }
        }
        walk("")
        return files.sorted()
    }

    static func isRegularFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// SHA-256 (hex) and size of a file, read in 1 MiB chunks.
    static func digest(_ url: URL) throws(ChannelsError) -> (sha256: String, size: Int64) {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            var hasher = SHA256()
            var size: Int64 = 0
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
                size += Int64(chunk.count)
            }
            return (hex(hasher.finalize()), size)
        } catch {
            throw ChannelsError(code: .packageFailed, message: "cannot read \(url.path): \(error.localizedDescription).")
        }
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return out
    }

    static func randomSuffix() -> String {
        String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }

    static func failed(_ subject: String, _ what: String, fix: String) -> ChannelsError {
        ChannelsError(code: .packageFailed, message: "cannot write \(subject): \(what). \(fix)")
    }
}

// MARK: - Texts

extension DeliveryPackage {
    static func json(_ metadata: Metadata) throws(ChannelsError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(metadata) + Data("\n".utf8)
        } catch {
            throw ChannelsError(code: .packageFailed, message: "cannot encode the package metadata: \(error)")
        }
    }

    /// UTF-8 with a byte-order mark (so spreadsheet apps read Chinese right), header + one row.
    static func csv(_ metadata: Metadata) -> Data {
        let columns = metadata.csvColumns
        return Data(("\u{FEFF}" + CSV.record(columns.map(\.header)) + CSV.record(columns.map(\.value))).utf8)
    }

    static func readme(_ metadata: Metadata) -> String {
        let base = metadata.video.file.hasSuffix(".mp4") ? String(metadata.video.file.dropLast(4)) : metadata.video.file
        let subtitles = metadata.subtitles.isEmpty ? "(none / 无)" : metadata.subtitles.map(\.file).joined(separator: ", ")
        let chineseName = ["douyin": "抖音", "kuaishou": "快手"][metadata.platform.lowercased()] ?? metadata.platform
        return """
            \(metadata.series) — episode \(metadata.episode) / 第\(metadata.episode)集 — for \(metadata.platform)

            This folder is one episode ready to upload through \(metadata.platform)'s upload form.
              \(metadata.video.file)   the video (upload this file exactly as it is)
              \(metadata.cover ?? "(no cover)")   the cover
              subtitles/   \(subtitles)
              metadata.csv / metadata.json   what to type into the form
              checksums.sha256   SHA-256 of every file (check with: sha256sum -c checksums.sha256)
            The video is AI-generated. It carries a visible AI label and signed C2PA provenance
            (and AIGC metadata): do not re-encode, trim, crop or strip it; removing the labels is
            prohibited. Declare the content as AI-generated on the form. Do not edit files here:
            the video may be a hard link to the project's signed master, which an in-place edit
            would change too.
            Fill the form from metadata.csv: title, description (synopsis), hashtags (tags),
            language, cover, subtitles, release time (UTC; convert to the form's time zone), and
            set the AI-generated content declaration to "yes".

            本文件夹是一集短剧，可通过\(chineseName)的上传页面上传。
              \(metadata.video.file)   视频文件（请原样上传，不要修改）
              \(metadata.cover ?? "（无封面）")   封面
              subtitles/   字幕文件
              metadata.csv / metadata.json   上传表单需填写的信息
              checksums.sha256   所有文件的SHA-256校验值（校验：sha256sum -c checksums.sha256）
            本视频为AI生成内容，带有显式AI标识和经签名的C2PA来源信息（以及AIGC隐式标识）：
            请勿重新编码、剪辑、裁切或去除标识；删除标识属于禁止行为。上传时请声明为AI生成内容。
            请勿直接修改本文件夹中的文件：视频可能是项目已签名母版的硬链接，原地修改会同时改动母版。
            请按metadata.csv填写表单：标题、简介、话题标签、语言、封面、字幕、发布时间（UTC，
            请换算为表单所用时区），并将"AI生成内容"声明选为"是"。

            Package \(base) · \(Metadata.formatName)

            """
    }

    static func isoUTC(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// `75`, `75.5`, `75.125`: at most three decimals, no trailing zeros.
    static func decimal(_ value: Double) -> String {
        let millis = (value * 1000).rounded()
        guard millis.isFinite, abs(millis) < 1e15 else { return String(value) }
        let whole = Int64(millis) / 1000
        var fraction = String(abs(Int64(millis)) % 1000)
        if fraction == "0" { return String(whole) }
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(millis < 0 && whole == 0 ? "-" : "")\(whole).\(fraction)"
    }

    static func megabytes(_ bytes: Int64) -> String { decimal((Double(bytes) / Double(1 << 20) * 10).rounded() / 10) }
}
