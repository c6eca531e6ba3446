public import DramaModel
public import Foundation
public import Production

import Basics
import Yams

/// `slate.yaml`: the series of a slate, where each lives, and the slate's budget.
///
/// `cliff slate new` writes it next to the series' folders; `cliff slate produce` reads it to
/// know which pilots to make. Each series' own `series.yaml` stays the source of truth for its
/// story; the manifest records what the slate asked for (premise, genre, language, seed, pilot
/// length) so a later report can say which premise became which series.
///
/// ```yaml
/// premises: premises.txt
/// deliverable: preview
/// budget_usd: 5
/// series:
///   - id: paper-vows
///     folder: paper-vows
///     title: Paper Vows
///     premise: A broke intern signs a contract marriage with a cold CEO
///     line: 1
///     genre: romance
///     language: en
///     seed: 7
///     season_episodes: 60
///     target_seconds: 90
///     pilot_episodes: 3
/// ```
public struct SlateManifest: Sendable, Hashable {
    /// The manifest's file name inside the slate folder.
    public static let fileName = "slate.yaml"

    /// One series of the slate.
    public struct Series: Sendable, Hashable {
        /// The series' name in the slate (`paper-vows`): letters, digits, `-`, `_`, `.`.
        public var id: String
        /// Its project folder, relative to the slate folder (one name, no `/`).
        public var folder: String
        /// The series title.
        public var title: String
        /// The premise it was written from.
        public var premise: String
        /// The premises file's line it came from, when known.
        public var line: Int?
        /// Its genre.
        public var genre: Genre
        /// Its script language.
        public var language: Language
        /// The writer's seed.
        public var seed: UInt64
        /// Episodes in the written season.
        public var seasonEpisodes: Int
        /// Target spoken seconds per episode.
        public var targetSeconds: Int
        /// Episodes 1 to this make the pilot.
        public var pilotEpisodes: Int
        /// Whether the slate still works on the series (`cliff slate decide … sunset` stops it).
        public var status: Status = .active

        /// Where a series stands in the slate.
        public enum Status: String, Sendable, Hashable, CaseIterable {
            /// Produced, simulated, reported and extended as the slate goes.
            case active
            /// Stopped by a decision: produce, simulate and extend skip it; its files are kept.
            case sunset
        }

        /// Creates a series record.
        public init(
            id: String, folder: String, title: String, premise: String, line: Int? = nil, genre: Genre, language: Language,
            seed: UInt64, seasonEpisodes: Int, targetSeconds: Int, pilotEpisodes: Int
        ) {
            self.id = id
            self.folder = folder
            self.title = title
            self.premise = premise
            self.line = line
            self.genre = genre
            self.language = language
            self.seed = seed
            self.seasonEpisodes = seasonEpisodes
            self.targetSeconds = targetSeconds
            self.pilotEpisodes = pilotEpisodes
        }

        /// The pilot's episode numbers.
        public var pilot: [Int] { Array(1...max(1, pilotEpisodes)) }
    }

    /// The premises file the slate was made from, as it was named (for the record).
    public var premises: String?
    /// What a pilot episode is made as: `.preview` (540×960) or `.final` (1080×1920).
    public var deliverable: Deliverable
    /// The most the slate's pilots may cost together (every series' ledger); nil: no cap.
    public var budget: Money?
    /// The series, in the premises file's order.
    public var series: [Series]

    /// Creates a manifest.
    public init(premises: String? = nil, deliverable: Deliverable = .preview, budget: Money? = nil, series: [Series]) {
        self.premises = premises
        self.deliverable = deliverable
        self.budget = budget
        self.series = series
    }

    static let topKeys = ["premises", "deliverable", "budget_usd", "series"]
    static let seriesKeys = [
        "id", "folder", "title", "premise", "line", "genre", "language", "seed", "season_episodes", "target_seconds", "pilot_episodes", "status",
    ]
    static let requiredSeriesKeys = ["id", "folder", "title", "premise", "genre", "language", "seed", "season_episodes", "target_seconds", "pilot_episodes"]
    static let deliverables: [(String, Deliverable)] = [("preview", .preview), ("final", .final)]

    /// The manifest as commented YAML that ``load(yaml:file:)`` reads back unchanged.
    public var yaml: String {
        let scalar = SeriesYAMLWriter.scalar
        var lines = [
            "# A Cliffhanger slate: one series per premise, each a project folder next to this file.",
            "# Make the pilots not made yet: cliff slate produce <this folder>. See docs/slate.md.",
        ]
        if let premises { lines.append("premises: \(scalar(premises))") }
        lines.append("deliverable: \(deliverable == .final ? "final" : "preview")  # pilots as preview (540x960) or final (1080x1920)")
        if let budget {
            lines.append("budget_usd: \(Self.dollars(budget))  # the most every pilot together may cost, from the series' ledgers")
        } else {
            lines.append("budget_usd: ~  # no cap; write an amount (e.g. 25) to cap what the pilots cost together")
        }
        lines.append("series:")
        for item in series {
            lines.append("  - id: \(scalar(item.id))")
            lines.append("    folder: \(scalar(item.folder))")
            lines.append("    title: \(scalar(item.title))")
            lines.append("    premise: \(scalar(item.premise))")
            if let line = item.line { lines.append("    line: \(line)") }
            lines.append("    genre: \(item.genre.rawValue)")
            lines.append("    language: \(item.language.rawValue)")
            lines.append("    seed: \(item.seed)")
            lines.append("    season_episodes: \(item.seasonEpisodes)")
            lines.append("    target_seconds: \(item.targetSeconds)")
            lines.append("    pilot_episodes: \(item.pilotEpisodes)")
            if item.status != .active { lines.append("    status: \(item.status.rawValue)  # by cliff slate decide; remove the line to take the series up again") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `25`, `0.5`, `0.000015`: a plain decimal that `Money(dollars:)` reads back exactly.
    static func dollars(_ money: Money) -> String {
        let whole = money.nanos / Money.nanosPerDollar
        var fraction = String(money.nanos % Money.nanosPerDollar)
        fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? "\(whole)" : "\(whole).\(fraction)"
    }

    /// Reads `slate.yaml` in the slate folder `root`.
    /// - Parameter displayName: the file as the user would name it, for diagnostics.
    /// - Throws: `SlateError` with code `fileUnreadable` (no slate there) or `invalidManifest`
    ///   carrying every problem.
    public static func read(slate root: URL, displayName: String) throws(SlateError) -> SlateManifest {
        let url = root.appendingPathComponent(fileName)
        let text: String
        do {
            text = try SeriesLoader.readText(
                url, displayName: displayName, code: .invalidSettings,
                missing: "Is it a slate folder? Make one with: cliff slate new <dir> --premises premises.txt")
        } catch {
            throw SlateError(code: error.code == .fileUnreadable ? .fileUnreadable : .invalidManifest, message: error.message, diagnostics: error.diagnostics, underlying: error)
        }
        return try load(yaml: text, file: displayName)
    }

    /// Reads a manifest from its text.
    /// - Throws: `SlateError` with code `invalidManifest` carrying every problem, sorted by line.
    public static func load(yaml: String, file: String = fileName) throws(SlateError) -> SlateManifest {
        let (manifest, diagnostics) = read(yaml: yaml, file: file)
        let errors = diagnostics.sortedByLocation()
        guard let manifest, errors.isEmpty else {
            throw SlateError(
                code: .invalidManifest,
                message: "\(file) has \(errors.count == 1 ? "a problem" : "\(errors.count) problems"); nothing was produced.",
                diagnostics: errors)
        }
        return manifest
    }

    static func read(yaml: String, file: String) -> (SlateManifest?, [Diagnostic]) {
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            return (nil, [SeriesLoader.syntaxDiagnostic(error, yaml: yaml, file: file)])
        }
        var r = YAMLNodeReader(file: file)
        guard let root, !YAMLNodeReader.isNull(root) else {
            return (nil, [Diagnostic(file: file, line: 1, column: 1, message: "the file is empty", hint: "cliff slate new writes it; see docs/slate.md for its fields")])
        }
        guard let m = r.mapping(root, "", keys: topKeys, required: ["series"]) else { return (nil, r.diagnostics) }
        var manifest = SlateManifest(series: [])
        manifest.premises = r.string(m["premises"], "premises")
        if m["deliverable"] != nil, let deliverable = r.choice(m["deliverable"], "deliverable", deliverables, what: "deliverable") {
            manifest.deliverable = deliverable
        }
        if let text = r.string(m["budget_usd"], "budget_usd") {
            if let money = Money(dollars: text) {
                manifest.budget = money
            } else {
                r.report(m["budget_usd"], "budget_usd", "expected an amount of US dollars, found '\(TextInput.excerpt(text))'",
                         hint: "write a plain decimal such as 25 or 0.50, or ~ for no cap")
            }
        }
        var ids: [String: String] = [:]
        var folders: [String: String] = [:]
        for (index, node) in (r.sequence(m["series"], "series") ?? []).enumerated() {
            let path = YAMLNodeReader.join("series", index: index)
            guard let s = r.mapping(node, path, keys: seriesKeys, required: requiredSeriesKeys) else { continue }
            let id = r.string(s["id"], path + ".id")
            if let id {
                if id.range(of: #"^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,99}$"#, options: .regularExpression) == nil {
                    r.report(s["id"], path + ".id", "'\(TextInput.excerpt(id))' is not a usable series id", hint: "use letters, digits, '.', '_' or '-' (at most 100), e.g. paper-vows")
                } else if let earlier = ids[id] {
                    r.report(s["id"], path + ".id", "the id '\(id)' is already used by \(earlier)", hint: "give every series its own id")
                } else {
                    ids[id] = path
                }
            }
            let folder = r.string(s["folder"], path + ".folder")
            if let folder {
                if folder.isEmpty || folder == "." || folder == ".." || folder.contains("/") || folder.contains("\\") || folder.hasPrefix(".") {
                    r.report(s["folder"], path + ".folder", "'\(TextInput.excerpt(folder))' is not a folder name inside the slate",
                             hint: "name one folder next to slate.yaml, without '/' and not starting with '.', e.g. paper-vows")
                } else if let earlier = folders[folder] {
                    r.report(s["folder"], path + ".folder", "the folder '\(folder)' is already used by \(earlier)", hint: "give every series its own folder")
                } else {
                    folders[folder] = path
                }
            }
            let title = r.string(s["title"], path + ".title")
            let premise = r.string(s["premise"], path + ".premise")
            let line = r.int(s["line"], path + ".line")
            let genre = r.choice(s["genre"], path + ".genre", Genre.allCases.map { ($0.rawValue, $0) }, what: "genre")
            let language = r.choice(s["language"], path + ".language", Language.written.map { ($0.rawValue, $0) }, what: "language")
            let seed = r.uint64(s["seed"], path + ".seed")
            let season = r.int(s["season_episodes"], path + ".season_episodes")
            if let season, !SeriesFormat.episodeRange.contains(season) {
                r.report(s["season_episodes"], path + ".season_episodes", "\(season) is outside \(SeriesFormat.episodeRange.lowerBound)-\(SeriesFormat.episodeRange.upperBound)",
                         hint: "write the number of episodes the series' season has (its series.yaml format.episodes)")
            }
            let target = r.int(s["target_seconds"], path + ".target_seconds")
            if let target, !SeriesFormat.targetSecondsRange.contains(target) {
                r.report(s["target_seconds"], path + ".target_seconds", "\(target) is outside \(SeriesFormat.targetSecondsRange.lowerBound)-\(SeriesFormat.targetSecondsRange.upperBound)",
                         hint: "write the target seconds of the series' episodes (its series.yaml format.target_seconds)")
            }
            let pilot = r.int(s["pilot_episodes"], path + ".pilot_episodes")
            if let pilot, pilot < 1 || pilot > (season ?? SeriesFormat.episodeRange.upperBound) {
                r.report(s["pilot_episodes"], path + ".pilot_episodes", "a pilot of \(pilot) episodes does not fit a season of \(season.map(String.init) ?? "at most \(SeriesFormat.episodeRange.upperBound)")",
                         hint: "write a number from 1 to the season's episodes, e.g. 3")
            }
            var status = Series.Status.active
            if s["status"] != nil, let chosen = r.choice(s["status"], path + ".status", Series.Status.allCases.map { ($0.rawValue, $0) }, what: "status") {
                status = chosen
            }
            if let id, let folder, let title, let premise, let genre, let language, let seed, let season, let target, let pilot {
                var series = Series(
                    id: id, folder: folder, title: title, premise: premise, line: line, genre: genre, language: language, seed: seed,
                    seasonEpisodes: season, targetSeconds: target, pilotEpisodes: pilot)
                series.status = status
                manifest.series.append(series)
            }
        }
        if r.diagnostics.isEmpty, manifest.series.isEmpty {
            r.report(m["series"], "series", "the slate lists no series", hint: "make a slate with cliff slate new <dir> --premises premises.txt")
        }
        return (manifest, r.diagnostics)
    }
}
