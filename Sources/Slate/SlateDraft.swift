public import DramaModel
public import Foundation
public import Production
public import StoryEngine

import Basics

/// A slate written in memory: each premise's whole season (bible, plan, scripts) by the
/// built-in writer, its folder name, and the manifest. Nothing is on disk until ``create(at:settings:)``.
///
/// ```swift
/// let draft = try SlateDraft.write(premises, season: .init(episodes: 60, targetSeconds: 90, pilotEpisodes: 3))
/// try draft.create(at: URL(fileURLWithPath: "spring"), settings: Data(ProductionSettingsLoader.template.utf8))
/// ```
public struct SlateDraft: Sendable {
    /// What every series of the slate is written as.
    public struct Season: Sendable, Hashable {
        /// Episodes in each season.
        public var episodes: Int
        /// Target spoken seconds per episode.
        public var targetSeconds: Int
        /// Episodes in each pilot (1 to `episodes`).
        public var pilotEpisodes: Int

        /// Creates the shape of the slate's seasons.
        public init(episodes: Int, targetSeconds: Int, pilotEpisodes: Int) {
            self.episodes = episodes
            self.targetSeconds = targetSeconds
            self.pilotEpisodes = pilotEpisodes
        }
    }

    /// One series, written.
    public struct Item: Sendable {
        /// The premises file's line it came from.
        public var entry: PremisesFile.Entry
        /// The bible.
        public var series: Series
        /// Every episode's script.
        public var scripts: [EpisodeScript]
        /// Its record in `slate.yaml` (id and folder included).
        public var record: SlateManifest.Series
    }

    /// The series, in the premises file's order.
    public var items: [Item]
    /// The manifest `create` writes.
    public var manifest: SlateManifest

    /// Writes a season for every premise with the built-in writer (offline and free).
    /// - Throws: `SlateError` with code `invalidPremises` carrying, located at its line, every
    ///   premise the writer could not write from.
    public static func write(
        _ premises: PremisesFile, season: Season, deliverable: Deliverable = .preview, budget: Money? = nil
    ) throws(SlateError) -> SlateDraft {
        let writer = BeatSheetWriter()
        var items: [Item] = []
        var problems: [Diagnostic] = []
        var folders = FolderNames()
        for entry in premises.entries {
            do throws(StoryEngineError) {
                let series = try writer.makeBible(entry.request(episodes: season.episodes, targetSeconds: season.targetSeconds))
                let scripts = try writer.writeSeason(series, plan: try writer.planSeason(series))
                let folder = folders.claim(title: series.title, premise: entry.premise)
                let record = SlateManifest.Series(
                    id: folder, folder: folder, title: series.title, premise: entry.premise, line: entry.line, genre: series.genre,
                    language: series.language, seed: series.writer.seed, seasonEpisodes: series.format.episodes,
                    targetSeconds: series.format.targetSeconds, pilotEpisodes: min(season.pilotEpisodes, series.format.episodes))
                items.append(Item(entry: entry, series: series, scripts: scripts, record: record))
            } catch {
                problems.append(Diagnostic(
                    file: premises.file, line: entry.line, column: 1, message: "the writer cannot write this premise: \(error.message)",
                    hint: "change the premise or its settings on this line"))
            }
        }
        guard problems.isEmpty else {
            throw SlateError(
                code: .invalidPremises,
                message: "\(problems.count) premise\(problems.count == 1 ? "" : "s") of \(premises.file) could not be written; nothing was written.",
                diagnostics: problems)
        }
        let manifest = SlateManifest(premises: premises.file, deliverable: deliverable, budget: budget, series: items.map(\.record))
        return SlateDraft(items: items, manifest: manifest)
    }

    /// Whether `root` can become a slate: it does not exist, or is an empty folder.
    /// - Throws: `SlateError` with code `slateExists`, saying what to do instead.
    public static func checkFree(_ root: URL, shown: String) throws(SlateError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) else { return }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? ["?"]
        guard isFolder.boolValue, contents.isEmpty else {
            let isSlate = contents.contains(SlateManifest.fileName)
            throw SlateError(
                code: .slateExists,
                message: isSlate
                    ? "\(shown) is already a slate; nothing was written. To make the pilots not made yet: cliff slate produce \(shown)"
                    : "\(shown) already exists and is not empty; nothing was written. Pick a new folder name for the slate.")
        }
    }

    /// Creates the slate folder `root`: every series' project (bible, scripts, `settings` as
    /// its `cliff.yaml`) and `slate.yaml`. Everything is written into a hidden folder next to
    /// `root` and renamed into place at the end, so an interrupted run leaves no half slate.
    /// - Throws: `SlateError` with code `slateExists` (`root` is not empty) or `fileUnwritable`.
    public func create(at root: URL, settings: Data, shown: String) throws(SlateError) {
        let root = root.standardizedFileURL
        try Self.checkFree(root, shown: shown)
        let manager = FileManager.default
        let parent = root.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(root.lastPathComponent).cliff-slate-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for item in items {
                _ = try SeriesProject.create(
                    at: staging.appendingPathComponent(item.record.folder), series: item.series, scripts: item.scripts,
                    files: [ProjectLayout.settingsName: settings])
            }
            try Data(manifest.yaml.utf8).write(to: staging.appendingPathComponent(SlateManifest.fileName))
            // rename(2) replaces an empty folder, so an empty `root` is taken over in one step.
            guard rename(staging.path, root.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? manager.removeItem(at: staging)
            throw SlateError(
                code: .fileUnwritable,
                message: "cannot create the slate \(shown): \((error as? any ExplainedError)?.message ?? error.localizedDescription). Check that \(parent.path) exists and is writable and that the disk has space; nothing was left behind.",
                underlying: error)
        }
    }
}

/// Unique folder names from titles: `paper-vows`, then `paper-vows-2`.
struct FolderNames {
    /// The longest name, in characters (cut at a `-`).
    static let maximumCharacters = 48
    private var taken: Set<String> = []

    /// A new name from the title, or the premise's first words when the title has no letters
    /// or digits; `series` when neither has.
    mutating func claim(title: String, premise: String) -> String {
        var base = Self.slug(title)
        if base.isEmpty { base = Self.slug(premise.split(separator: " ").prefix(6).joined(separator: " ")) }
        if base.isEmpty { base = "series" }
        var name = base
        var suffix = 2
        while taken.contains(name) {
            name = "\(base)-\(suffix)"
            suffix += 1
        }
        taken.insert(name)
        return name
    }

    /// `paper-vows` from `Paper Vows!`; letters of any script are kept (`冷宫医妃`).
    static func slug(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            if character.unicodeScalars.allSatisfy(isWordScalar) {
                out.append(character)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        guard out.count > maximumCharacters else { return out }
        let cut = out.prefix(maximumCharacters)
        if let dash = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: dash) >= maximumCharacters / 2 {
            return String(cut[..<dash])
        }
        return String(cut)
    }

    /// A letter, a combining mark or a digit of any script.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            true
        default:
            false
        }
    }
}
