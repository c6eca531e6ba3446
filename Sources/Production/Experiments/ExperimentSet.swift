package import Basics
import Foundation
public import StoryEngine

package import DramaModel

/// Every experiment of a project (`experiments/*.yaml`), read and checked against the project:
/// the file name is the key, the episode has a script, each variant's script is a readable
/// file inside the project, and the experiments on one episode share at most 100 % of its
/// viewers.
///
/// The experiments on one episode form one assignment layer (`episode:<series>/epNNN`) in the
/// order they were made; a stopped experiment keeps its share, so stopping one never moves the
/// viewers of the others (see docs/experiments.md).
public struct ExperimentSet: Sendable {
    /// An experiment with its variants' script texts (by variant name; none for the control).
    public struct Entry: Sendable, Hashable {
        /// The experiment.
        public var experiment: EpisodeExperiment
        /// Its file, relative to the project (`experiments/ep001-hook.yaml`).
        public var file: String
        /// The text of each of its variants' scripts, by path relative to the project.
        public var texts: [String: String]

        /// Each variant's own script text, for the kinds with one script per variant (by name).
        public var scripts: [String: String] {
            var scripts: [String: String] = [:]
            for variant in experiment.variants { if let path = variant.script, let text = texts[path] { scripts[variant.name] = text } }
            return scripts
        }
    }

    /// The experiments, by episode, then creation, then key.
    public private(set) var entries: [Entry]
    /// The episodes' scripts as written (the texts of look and cover variants), by number.
    private var episodeTexts: [Int: (file: String, text: String)] = [:]

    /// No experiments.
    public static let none = ExperimentSet(entries: [])

    /// The experiment named `key`.
    public func entry(_ key: String) -> Entry? { entries.first { $0.experiment.key == key } }

    /// The experiments that change `episode` (those spanning it included), in creation order.
    public func on(episode: Int) -> [Entry] { entries.filter { $0.experiment.episodes.contains(episode) } }

    /// The experiments whose viewers of `episode` are split by one assignment layer, in the
    /// order their bucket ranges are laid out, and whether the layer is the series' (`shared`).
    ///
    /// Tile experiments (title, cover) split no viewers and are left out. When no experiment
    /// spanning several episodes changes `episode`, the layer is the episode's own: the
    /// experiments on it. Otherwise it is the series' layer, one for every such episode: every
    /// spanning experiment of the series first (by creation, on every such episode, so a viewer
    /// keeps their variant from episode to episode), then the episode's own experiments. A
    /// viewer enrolled in a spanning experiment that does not change `episode` sees it as
    /// written there.
    public func assignmentGroup(episode: Int) -> (shared: Bool, experiments: [EpisodeExperiment]) {
        let splitting = entries.map(\.experiment).filter { !$0.isTile }
        let spanning = splitting.filter(\.spansEpisodes).sorted { ($0.created, $0.key) < ($1.created, $1.key) }
        let own = splitting.filter { !$0.spansEpisodes && $0.episode == episode }
        guard spanning.contains(where: { $0.episodes.contains(episode) }) else { return (false, own) }
        return (true, spanning + own)
    }

    /// Reads and checks every experiment of `project`.
    /// - Throws: `ProductionError` `.invalidExperiment` with every problem of every file.
    public static func load(_ project: SeriesProject) throws(ProductionError) -> ExperimentSet {
        let (set, problems) = read(project)
        guard problems.isEmpty else {
            throw ProductionError(
                code: .invalidExperiment,
                message: "\(problems.count == 1 ? "a problem" : "\(problems.count) problems") in the experiments; nothing was changed. Fix \(problems.count == 1 ? "it" : "them") and run again.",
                diagnostics: problems.sortedByLocation())
        }
        return set
    }

    /// The experiments that read cleanly, and every problem found.
    package static func read(_ project: SeriesProject) -> (ExperimentSet, [Diagnostic]) {
        let folder = project.root.appendingPathComponent(EpisodeExperiment.folder, isDirectory: true)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        guard !names.isEmpty else { return (.none, []) }  // no experiments: no script is read
        var problems: [Diagnostic] = []
        var entries: [Entry] = []
        let written = project.scriptsOnDisk()
        let onDisk = Set(written.map(\.number))
        for name in names {
            let url = folder.appendingPathComponent(name)
            let shown = project.displayPath(url)
            let (yaml, refused) = project.readAtTheDoor(url, shown: shown)
            guard let yaml else {
                problems += refused
                continue
            }
            let (read, diagnostics) = EpisodeExperiment.read(yaml: yaml, file: shown)
            problems += diagnostics
            guard let experiment = read else { continue }
            var ok = true
            let stem = String(name.dropLast(".yaml".count))
            if experiment.key != stem {
                problems.append(Diagnostic(
                    file: shown, fieldPath: "key", message: "the key '\(experiment.key)' is not the file's name '\(stem)'",
                    hint: "name the file \(experiment.key).yaml or set key: \(stem); the key is part of every viewer's assignment, so never reuse one"))
                ok = false
            }
            for missing in experiment.episodes where !onDisk.contains(missing) {
                problems.append(Diagnostic(
                    file: shown, fieldPath: experiment.spansEpisodes ? "episodes" : "episode",
                    message: "episode \(missing) has no script (\(project.displayPath(project.episodeURL(missing))))",
                    hint: "experiment on episodes that are written; write it with cliff write, or correct the episode number"))
                ok = false
            }
            var scripts: [String: String] = [:]
            for (index, variant) in experiment.variants.enumerated() {
                let paths = (variant.script.map { [("variants[\(index)].script", $0)] } ?? [])
                    + variant.scripts.enumerated().map { ("variants[\(index)].scripts[\($0)]", $1) }
                for (field, path) in paths {
                    let scriptURL = project.root.appendingPathComponent(path)
                    if path.hasPrefix("/") || path.split(separator: "/").contains("..") || !path.hasSuffix(".fountain") {
                        problems.append(Diagnostic(
                            file: shown, fieldPath: field, message: "'\(TextInput.excerpt(path))' is not a .fountain file inside the project",
                            hint: "name a path relative to the project, e.g. \(EpisodeExperiment.scriptPath(key: experiment.key, variant: variant.name))"))
                        ok = false
                        continue
                    }
                    if let outside = ProjectBoundary.check(scriptURL, inside: project.root, file: path) {
                        problems.append(Diagnostic(file: shown, fieldPath: field, message: "\(path) \(outside.message)", hint: outside.hint))
                        ok = false
                        continue
                    }
                    guard FileManager.default.fileExists(atPath: scriptURL.path) else {
                        problems.append(Diagnostic(
                            file: shown, fieldPath: field, message: "the script \(path) does not exist",
                            hint: "write it (cliff experiment new writes it for you), or remove the variant"))
                        ok = false
                        continue
                    }
                    let (text, bad) = project.readAtTheDoor(scriptURL, shown: path)
                    guard let text else {
                        problems += bad
                        ok = false
                        continue
                    }
                    scripts[path] = text
                }
            }
            if ok { entries.append(Entry(experiment: experiment, file: project.displayPath(url), texts: scripts)) }
        }
        entries.sort { ($0.experiment.episode, $0.experiment.created, $0.experiment.key) < ($1.experiment.episode, $1.experiment.created, $1.experiment.key) }
        var set = ExperimentSet(entries: entries)
        set.episodeTexts = Dictionary(written.map { ($0.number, ($0.file, $0.text)) }, uniquingKeysWith: { first, _ in first })
        // The experiments in one episode's assignment layer share its viewers.
        for episode in Set(entries.flatMap { Array($0.experiment.episodes) }).sorted() {
            let sharing = set.assignmentGroup(episode: episode).experiments
            let total = sharing.reduce(0) { $0 + $1.variants.reduce(0) { $0 + $1.weight } }
            if total > 100.000001, let last = sharing.last, let file = entries.first(where: { $0.experiment.key == last.key })?.file {
                problems.append(Diagnostic(
                    file: file, fieldPath: "variants",
                    message: "the experiments that split episode \(episode)'s viewers (\(sharing.map(\.key).joined(separator: ", "))) take \(EpisodeExperiment.percent(total)) % of them, over 100 %",
                    hint: "a viewer is never in two experiments on one episode, so they share its 100 % (an experiment over several episodes takes its share on each): lower this experiment's weights, or delete a stopped experiment none after it depends on"))
            }
        }
        return (set, problems)
    }

    /// The problems of look and cover variants that name a character or place `series` does not
    /// have, each at its experiment's file and field.
    package static func castProblems(_ set: ExperimentSet, series: Series) -> [Diagnostic] {
        let cast = series.characters.map(\.id), places = series.locations.map(\.id)
        var problems: [Diagnostic] = []
        func unknown(_ id: String, in known: [String], what: String, _ entry: Entry, _ field: String) {
            guard !known.contains(id) else { return }
            problems.append(Diagnostic(
                file: entry.file, fieldPath: field, message: "'\(TextInput.excerpt(id))' is not a \(what) of the series.\(Suggestion.didYouMean(id, in: known))",
                hint: "use one of: \(known.joined(separator: ", "))"))
        }
        for entry in set.entries {
            for (index, variant) in entry.experiment.variants.enumerated() {
                if let look = variant.look { unknown(look.character, in: cast, what: "character", entry, "variants[\(index)].look.character") }
                for (at, id) in (variant.cover?.characters ?? []).enumerated() {
                    unknown(id, in: cast, what: "character", entry, "variants[\(index)].cover.characters[\(at)]")
                }
                if let place = variant.cover?.location { unknown(place, in: places, what: "location", entry, "variants[\(index)].cover.location") }
            }
        }
        return problems
    }

    /// The variants to render with `episodes` (nil: all): every non-control variant of every
    /// experiment on them, once per episode it changes, with its text and where its render goes.
    public func variantScripts(episodes: Set<Int>?) -> [VariantScript] {
        entries.flatMap { entry -> [VariantScript] in
            let experiment = entry.experiment
            return experiment.episodes.filter { episodes?.contains($0) ?? true }.flatMap { number -> [VariantScript] in
                experiment.variants.dropFirst().compactMap { variant -> VariantScript? in
                    let file: String, text: String
                    if let path = variant.script(episode: number, first: experiment.episode) {
                        guard let own = entry.texts[path] else { return nil }
                        (file, text) = (path, own)
                    } else if variant.look != nil || variant.cover != nil, let written = episodeTexts[number] {
                        (file, text) = written
                    } else {
                        return nil
                    }
                    return VariantScript(
                        episode: number, experiment: experiment.key, variant: variant.name, file: file, text: text,
                        folder: experiment.outputFolder(variant.name, episode: number), look: variant.look,
                        cover: experiment.kind == .cover ? variant.cover ?? CoverChange() : nil, ownScript: file != episodeTexts[number]?.file)
                }
            }
        }
    }
}

/// A variant of one episode, its text and where its render goes.
public struct VariantScript: Sendable, Hashable {
    /// The episode it is a version of.
    public var episode: Int
    /// The experiment's key.
    public var experiment: String
    /// The variant's name.
    public var variant: String
    /// Its script file, relative to the project: its own, or the episode's for a look or cover.
    public var file: String
    /// Its text.
    public var text: String
    /// Its output folder, relative to the project (`out/ep001/variants/ep001-hook/B`).
    public var folder: String
    /// A look variant's change: the episode drawn with it.
    public var look: LookChange?
    /// A cover variant's change: only the cover is made, drawn with it.
    public var cover: CoverChange?
    /// Whether `file` is the variant's own script (checked like an episode), not the episode's.
    public var ownScript: Bool

    /// Creates one.
    public init(
        episode: Int, experiment: String, variant: String, file: String, text: String, folder: String, look: LookChange? = nil,
        cover: CoverChange? = nil, ownScript: Bool = true
    ) {
        self.episode = episode
        self.experiment = experiment
        self.variant = variant
        self.file = file
        self.text = text
        self.folder = folder
        self.look = look
        self.cover = cover
        self.ownScript = ownScript
    }

    /// `ep001-hook/B`: the tag of its viewers' events, and the label of its jobs.
    public var tag: String { "\(experiment)/\(variant)" }
}
