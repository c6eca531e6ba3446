public import Basics
public import DramaModel
public import Foundation
import Crypto

/// A series project folder: `series.yaml`, `episodes/epNNN.fountain`, and `.cliff/` for the
/// tool's own records. The files are the source of truth; people may edit any of them.
///
/// The writer remembers the SHA-256 of every script it wrote (`.cliff/scripts.json`), so it
/// can tell a script a person edited from one it wrote, and never overwrites the former
/// unless asked to.
public struct SeriesProject: Sendable {
    /// The project folder.
    public let root: URL

    /// Opens the project at `root` (nothing is read yet).
    public init(root: URL) { self.root = root.standardizedFileURL }

    /// `series.yaml`.
    public var bibleURL: URL { ProjectLayout(root: root).bible }
    /// `episodes/`.
    public var episodesURL: URL { ProjectLayout(root: root).episodes }
    /// `phrasebooks/`: the project's own phrasebooks (docs/phrasebooks.md).
    public var phrasebooksURL: URL { root.appendingPathComponent(ProjectPhrasebooks.folderName, isDirectory: true) }
    /// `.cliff/scripts.json`.
    var manifestURL: URL { ProjectLayout(root: root).record("scripts.json") }

    /// The script file of episode `number`.
    public func episodeURL(_ number: Int) -> URL { episodesURL.appendingPathComponent(EpisodeScript.fileName(number)) }

    /// The path of a file as shown to users: relative to the working directory when inside it.
    public func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }

    /// Reads and validates `series.yaml`.
    /// - Throws: `StoryEngineError` with code `projectMissing` when there is no bible, or
    ///   `DramaModelError` with code `invalidBible` listing every problem.
    public func loadBible() throws -> LoadedSeries {
        guard FileManager.default.fileExists(atPath: bibleURL.path) else {
            throw StoryEngineError(
                code: .projectMissing,
                message: "\(displayPath(root)) is not a Cliffhanger project: there is no series.yaml. Create one with: cliff new \(displayPath(root)) --premise \"…\"")
        }
        try checkInside(bibleURL, code: .invalidBible)
        return try SeriesLoader.load(contentsOf: bibleURL, displayName: displayPath(bibleURL))
    }

    /// Refuses a project file that is a link leading outside the project folder: its contents
    /// are never read, shown or overwritten.
    /// - Throws: `DramaModelError` with `code`, located at the file.
    public func checkInside(_ url: URL, code: DramaModelError.Code) throws(DramaModelError) {
        guard let problem = ProjectBoundary.check(url, inside: root, file: displayPath(url)) else { return }
        throw DramaModelError(code: code, message: "\(displayPath(url)) is not inside the project; nothing was read.", diagnostics: [problem])
    }

    /// Reads and validates the project's `phrasebooks/` folder (none when it does not exist).
    /// - Throws: `StoryEngineError` `.invalidPhrasebook` listing every problem, located.
    package func loadPhrasebooks() throws(StoryEngineError) -> ProjectPhrasebooks {
        try ProjectPhrasebooks.load(from: phrasebooksURL, displayPath: displayPath)
    }

    // MARK: Creating

    /// Creates a project folder with its bible, scripts and a commented `cliff.yaml`. Everything is written to a hidden
    /// staging folder next to `root` and renamed into place at the end, so an interrupted run
    /// leaves no half-made project. `root` may already hold a `phrasebooks/` folder (and
    /// nothing else): it is kept in the new project.
    /// - Throws: `StoryEngineError` with code `projectExists` if `root` has other content, or
    ///   `DramaModelError` with code `fileUnwritable`.
    /// - Parameter files: more files for the new project, by name relative to its folder (the
    ///   production settings template `cliff.yaml`), written with the rest before it appears.
    public static func create(at root: URL, series: Series, scripts: [EpisodeScript], files: [String: Data] = [:]) throws -> SeriesProject {
        let root = root.standardizedFileURL
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: root.path, isDirectory: &isFolder) {
            let contents = (try? manager.contentsOfDirectory(atPath: root.path)) ?? ["?"]
            guard isFolder.boolValue, contents.allSatisfy({ $0 == ProjectPhrasebooks.folderName }) else {
                throw StoryEngineError(
                    code: .projectExists,
                    message: "\(root.path) already exists and is not empty; nothing was written. Pick a new folder name (it may hold only a \(ProjectPhrasebooks.folderName)/ folder), or run 'cliff write \(root.path)' to rewrite an existing project.")
            }
        }
        let parent = root.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(root.lastPathComponent).cliff-new-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging.appendingPathComponent("episodes"), withIntermediateDirectories: true)
            try manager.createDirectory(at: staging.appendingPathComponent(".cliff"), withIntermediateDirectories: true)
            let project = SeriesProject(root: staging)
            try Data(SeriesYAMLWriter.yaml(for: series).utf8).write(to: project.bibleURL)
            for (name, data) in files.sorted(by: { $0.key < $1.key }) {
                let url = staging.appendingPathComponent(name)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            var manifest = ScriptManifest()
            for script in scripts {
                let data = Data(script.text.utf8)
                manifest.record(EpisodeScript.fileName(script.number), hash: Self.sha256(data))
                try data.write(to: project.episodeURL(script.number))
            }
            try manifest.encoded().write(to: project.manifestURL)
            let phrasebooks = SeriesProject(root: root).phrasebooksURL
            if manager.fileExists(atPath: phrasebooks.path) {
                try manager.copyItem(at: phrasebooks, to: project.phrasebooksURL)
            }
            if manager.fileExists(atPath: root.path) {
                // The old folder (empty, or holding only phrasebooks) steps aside until the new
                // project stands in its place, so a failed rename loses nothing.
                let old = parent.appendingPathComponent(".\(root.lastPathComponent).cliff-old-\(ProcessInfo.processInfo.processIdentifier)")
                guard rename(root.path, old.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                guard rename(staging.path, root.path) == 0 else {
                    let failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                    _ = rename(old.path, root.path)
                    throw failure
                }
                try? manager.removeItem(at: old)
            } else {
                guard rename(staging.path, root.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw DramaModelError(code: .fileUnwritable, message: "cannot create \(root.path): \(error.localizedDescription). Check that \(parent.path) exists and is writable.", underlying: error)
        }
        return SeriesProject(root: root)
    }

    // MARK: Writing episodes

    /// What `writeEpisodes` did.
    package struct WriteReport: Sendable, Hashable {
        /// Episodes written (new or changed).
        package var written: [Int] = []
        /// Episodes whose file already had exactly these words.
        package var unchanged: [Int] = []
        /// Episodes left alone because a person edited them.
        package var keptEdited: [Int] = []
    }

    /// Whether a person edited episode `number` since the writer last wrote it.
    public func isEdited(_ number: Int) -> Bool {
        guard let data = FileManager.default.contents(atPath: episodeURL(number).path) else { return false }
        return !loadManifest().contains(EpisodeScript.fileName(number), hash: Self.sha256(data))
    }

    /// Writes scripts, skipping those people edited unless `force`. The record of written
    /// hashes is saved before the files, so a run killed halfway never makes a script it wrote
    /// look edited, nor an edited one look generated.
    /// - Throws: `DramaModelError` with code `fileUnwritable`.
    package func writeEpisodes(_ scripts: [EpisodeScript], force: Bool) throws -> WriteReport {
        var manifest = loadManifest()
        var report = WriteReport()
        var pending: [(URL, Data)] = []
        for script in scripts {
            let name = EpisodeScript.fileName(script.number)
            let url = episodeURL(script.number)
            let data = Data(script.text.utf8)
            let hash = Self.sha256(data)
            if let existing = FileManager.default.contents(atPath: url.path) {
                let existingHash = Self.sha256(existing)
                if existingHash == hash {
                    manifest.record(name, hash: hash)
                    report.unchanged.append(script.number)
                    continue
                }
                if !manifest.contains(name, hash: existingHash) && !force {
                    report.keptEdited.append(script.number)
                    continue
                }
            }
            manifest.record(name, hash: hash)
            pending.append((url, data))
            report.written.append(script.number)
        }
        try AtomicFile.write(try manifestData(manifest), to: manifestURL)
        for (url, data) in pending { try AtomicFile.write(data, to: url) }
        return report
    }

    func loadManifest() -> ScriptManifest {
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else { return ScriptManifest() }
        return (try? ScriptManifest(data: data)) ?? ScriptManifest()
    }

    func manifestData(_ manifest: ScriptManifest) throws(DramaModelError) -> Data {
        do { return try manifest.encoded() } catch {
            throw DramaModelError(code: .fileUnwritable, message: "cannot encode \(manifestURL.path): \(error)", underlying: error)
        }
    }

    /// The episode scripts present on disk: number, display path and text, in order. Files
    /// `episodeProblems()` reports are left out: nothing is guessed from a name outside the
    /// pattern, a link leading out of the project, or text that is not clean UTF-8.
    public func scriptsOnDisk() -> [(number: Int, file: String, text: String)] {
        scanEpisodes().scripts
    }

    /// Everything in `episodes/` that is not a usable script, as errors: names other than
    /// `ep` + at least three digits + `.fountain` (`ep001.fountain`, `ep120.fountain`), two
    /// files for one episode, links that lead outside the project, and text that is not valid
    /// UTF-8 or holds control characters.
    public func episodeProblems() -> [Diagnostic] {
        scanEpisodes().problems
    }

    /// The episode number in a script's file name, or nil when the name is not one.
    public static func episodeNumber(fileName name: String) -> Int? {
        guard name.hasPrefix("ep"), name.hasSuffix(".fountain") else { return nil }
        let digits = name.dropFirst(2).dropLast(9)
        guard digits.count >= 3, digits.allSatisfy({ ("0"..."9").contains($0) }), let number = Int(digits), number >= 1 else { return nil }
        return number
    }

    private func scanEpisodes() -> (scripts: [(number: Int, file: String, text: String)], problems: [Diagnostic]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: episodesURL.path)) ?? []).sorted()
        var scripts: [Int: (number: Int, file: String, text: String)] = [:]
        var problems: [Diagnostic] = []
        for name in names where !name.hasPrefix(".") {
            let url = episodesURL.appendingPathComponent(name)
            let shown = displayPath(url)
            guard let number = Self.episodeNumber(fileName: name) else {
                let near = name.hasSuffix(".fountain")
                problems.append(Diagnostic(
                    file: shown,
                    message: near ? "is not an episode file name: episodes are named ep + three or more digits + .fountain" : "is not an episode script (only epNNN.fountain files belong in episodes/)",
                    hint: near ? "rename it, e.g. to \(EpisodeScript.fileName(max(1, Int(name.filter(\.isNumber)) ?? 1)))" : "move it out of episodes/"))
                continue
            }
            let (read, refused) = readAtTheDoor(url, shown: shown)
            guard let text = read else {
                problems += refused
                continue
            }
            if let other = scripts[number] {
                problems.append(Diagnostic(
                    file: shown, message: "is a second file for episode \(number), beside \(other.file)",
                    hint: "keep one of the two: delete or rename the other"))
                continue
            }
            scripts[number] = (number, shown, text)
        }
        return (scripts.values.sorted { $0.number < $1.number }, problems)
    }

    /// The text of the project file `url` (shown as `shown`), checked at the door: inside the
    /// project (no link leading out), readable, valid UTF-8 without control characters; or
    /// nil with every problem, each at its `file:line:column`.
    package func readAtTheDoor(_ url: URL, shown: String) -> (text: String?, problems: [Diagnostic]) {
        if let boundary = ProjectBoundary.check(url, inside: root, file: shown) { return (nil, [boundary]) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (nil, [Diagnostic(file: shown, message: "cannot be read", hint: "check its permissions")])
        }
        let problems = TextInput.problems(in: data, file: shown)
        return problems.isEmpty ? (String(decoding: data, as: UTF8.self), []) : (nil, problems)
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}

/// The hashes of every script version the writer produced, per file (the last few).
struct ScriptManifest: Sendable, Hashable, Codable {
    static let kept = 8
    var version = 1
    var scripts: [String: [String]] = [:]

    init() {}
    init(data: Data) throws { self = try JSONDecoder().decode(Self.self, from: data) }

    func contains(_ file: String, hash: String) -> Bool { scripts[file]?.contains(hash) ?? false }

    mutating func record(_ file: String, hash: String) {
        var hashes = scripts[file, default: []].filter { $0 != hash }
        hashes.append(hash)
        scripts[file] = Array(hashes.suffix(Self.kept))
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try encoder.encode(self)
    }
}
