package import Basics
import Foundation
public import StoryEngine

import DramaModel

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
        /// Each non-control variant's script text.
        public var scripts: [String: String]
    }

    /// The experiments, by episode, then creation, then key.
    public private(set) var entries: [Entry]

    /// No experiments.
    public static let none = ExperimentSet(entries: [])

    /// The experiment named `key`.
    public func entry(_ key: String) -> Entry? { entries.first { $0.experiment.key == key } }

    /// The experiments on `episode`, in layer order.
    public func on(episode: Int) -> [Entry] { entries.filter { $0.experiment.episode == episode } }

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
        let onDisk = Set(project.scriptsOnDisk().map(\.number))
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
            if !onDisk.contains(experiment.episode) {
                problems.append(Diagnostic(
                    file: shown, fieldPath: "episode", message: "episode \(experiment.episode) has no script (\(project.displayPath(project.episodeURL(experiment.episode))))",
                    hint: "experiment on an episode that is written; write it with cliff write, or correct the episode number"))
                ok = false
            }
            var scripts: [String: String] = [:]
            for (index, variant) in experiment.variants.enumerated() {
                guard let path = variant.script else { continue }
                let field = "variants[\(index)].script"
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
                scripts[variant.name] = text
            }
            if ok { entries.append(Entry(experiment: experiment, file: project.displayPath(url), scripts: scripts)) }
        }
        entries.sort { ($0.experiment.episode, $0.experiment.created, $0.experiment.key) < ($1.experiment.episode, $1.experiment.created, $1.experiment.key) }
        // The experiments on one episode share its viewers.
        for episode in Set(entries.map(\.experiment.episode)).sorted() {
            let sharing = entries.filter { $0.experiment.episode == episode }
            let total = sharing.reduce(0) { $0 + $1.experiment.variants.reduce(0) { $0 + $1.weight } }
            if total > 100.000001, let last = sharing.last {
                problems.append(Diagnostic(
                    file: last.file, fieldPath: "variants",
                    message: "the experiments on episode \(episode) (\(sharing.map(\.experiment.key).joined(separator: ", "))) take \(EpisodeExperiment.percent(total)) % of its viewers, over 100 %",
                    hint: "a viewer is never in two experiments on one episode, so they share its 100 %: lower this experiment's weights, or delete a stopped experiment none after it depends on"))
            }
        }
        return (ExperimentSet(entries: entries), problems)
    }

    /// The variant scripts to render with `episodes` (nil: all): every non-control variant of
    /// every experiment on them, with where its render goes.
    public func variantScripts(episodes: Set<Int>?) -> [VariantScript] {
        entries.flatMap { entry -> [VariantScript] in
            guard episodes?.contains(entry.experiment.episode) ?? true else { return [] }
            return entry.experiment.variants.dropFirst().compactMap { variant in
                guard let text = entry.scripts[variant.name], let file = variant.script else { return nil }
                return VariantScript(
                    episode: entry.experiment.episode, experiment: entry.experiment.key, variant: variant.name, file: file, text: text,
                    folder: entry.experiment.outputFolder(variant.name))
            }
        }
    }
}

/// A variant's script and where its render goes.
public struct VariantScript: Sendable, Hashable {
    /// The episode it is a version of.
    public var episode: Int
    /// The experiment's key.
    public var experiment: String
    /// The variant's name.
    public var variant: String
    /// Its file, relative to the project.
    public var file: String
    /// Its text.
    public var text: String
    /// Its output folder, relative to the project (`out/ep001/variants/ep001-hook/B`).
    public var folder: String

    /// `ep001-hook/B`: the tag of its viewers' events, and the label of its jobs.
    public var tag: String { "\(experiment)/\(variant)" }
}
