public import Basics
public import DramaModel
public import Foundation
public import StoryEngine

/// A series project seen by the production line: its bible, its settings (`cliff.yaml`),
/// its checked scripts, its asset store and its database path.
///
/// ```swift
/// let project = try ProductionProject.open(URL(fileURLWithPath: "demo"))
/// let graph = try project.graph(episodes: [1, 2, 3])
/// ```
public struct ProductionProject: Sendable {
    /// The folder and its files.
    public let files: SeriesProject
    /// The bible.
    public let series: Series
    /// `cliff.yaml`, or the defaults.
    public let settings: ProductionSettings
    /// Model services drawing pictures and motion instead of the built-in artist (set by the
    /// caller from `cliff.yaml`'s `services`; built-in by default).
    public var models: ModelGenerators = .builtIn

    /// The project folder.
    public var root: URL { files.root }
    /// The content-addressed store, `assets/`.
    package var assets: AssetStore { AssetStore(root: ProjectLayout(root: root).assets) }
    /// `cliff.db`.
    public var databaseURL: URL { ProjectLayout(root: root).database }
    /// `cliff.yaml`.
    public var settingsURL: URL { ProjectLayout(root: root).settings }
    /// `retakes.json`: new takes of shots asked for in review.
    public var retakesURL: URL { ProjectLayout(root: root).retakes }

    /// Reads the bible and `cliff.yaml`.
    /// - Throws: `StoryEngineError` (no project), `DramaModelError` (`invalidBible`, `invalidSettings`).
    public static func open(_ root: URL) throws -> ProductionProject {
        let files = SeriesProject(root: root)
        let series = try files.loadBible().series
        let settingsURL = ProjectLayout(root: files.root).settings
        try files.checkInside(settingsURL, code: .invalidSettings)
        let settings = try ProductionSettingsLoader.load(contentsOf: settingsURL, displayName: files.displayPath(settingsURL))
        return ProductionProject(files: files, series: series, settings: settings)
    }

    init(files: SeriesProject, series: Series, settings: ProductionSettings) {
        self.files = files
        self.series = series
        self.settings = settings
    }

    /// The graph delivering `deliverable` for `episodes` (nil: every episode with a script),
    /// after checking the scripts.
    /// - Throws: `ProductionError` with code `invalidScripts` listing every problem (errors in
    ///   scripts, selected episodes without a script); `storeFailed` for a broken `retakes.json`.
    public func graph(episodes: [Int]? = nil, deliverable: Deliverable = .final) throws -> (ProductionGraph, JobScope) {
        let onDisk = files.scriptsOnDisk()
        var diagnostics = ScriptChecker(series: series).check(onDisk).filter { $0.severity == .error }
        diagnostics += files.episodeProblems()  // never guessed around: a stray file stops the run
        let wanted = Set(episodes ?? onDisk.map(\.number))
        let present = Set(onDisk.map(\.number))
        for missing in wanted.subtracting(present).sorted() {
            diagnostics.append(Diagnostic(
                file: files.displayPath(files.episodeURL(missing)), message: "episode \(missing) has no script",
                hint: "write it with 'cliff write \(files.displayPath(root)) --episodes \(missing)', or leave it out of --episodes"))
        }
        let relevant = diagnostics.filter { d in
            guard let number = onDisk.first(where: { $0.file == d.file })?.number else { return true }
            return wanted.contains(number)
        }
        guard relevant.isEmpty else {
            throw ProductionError(
                code: .invalidScripts,
                message: "\(relevant.count) problem\(relevant.count == 1 ? "" : "s") in the scripts; nothing was produced. Fix them (cliff validate lists them too) and run again.",
                diagnostics: relevant.sortedByLocation())
        }
        let scripts = onDisk.filter { wanted.contains($0.number) }.map { (number: $0.number, text: $0.text) }
        let variants = try variantScripts(episodes: wanted, onDisk: onDisk)
        let retakes = try Retakes.load(from: retakesURL)
        var pipeline = ScriptPipeline(series: series, deliverable: deliverable, retakes: retakes, aigc: settings.aigc, models: models)
        if let source = ProjectLayout(root: root).editionSource {
            pipeline.lineSlots = EditionSlots.measured(source: source, episodes: scripts.map(\.number))
        }
        let graph = pipeline.graph(for: scripts, variants: variants)
        return (graph, episodes == nil ? .all : JobScope(episodes: wanted))
    }

    /// The experiments' variant scripts of `episodes`, each checked as its episode would be
    /// (in the season up to it, in its episode's place).
    /// - Throws: `ProductionError` `.invalidExperiment` with every problem of the experiments
    ///   and of their scripts.
    public func variantScripts(episodes: Set<Int>?) throws(ProductionError) -> [VariantScript] {
        try variantScripts(episodes: episodes, onDisk: files.scriptsOnDisk())
    }

    private func variantScripts(episodes: Set<Int>?, onDisk: [(number: Int, file: String, text: String)]) throws(ProductionError) -> [VariantScript] {
        let variants = try ExperimentSet.load(files).variantScripts(episodes: episodes)
        var problems: [Diagnostic] = []
        let checker = ScriptChecker(series: series)
        for variant in variants where variant.ownScript {
            let season = onDisk.filter { $0.number < variant.episode } + [(number: variant.episode, file: variant.file, text: variant.text)]
            problems += checker.check(season).filter { $0.severity == .error && $0.file == variant.file }
        }
        problems += ExperimentSet.castProblems(try ExperimentSet.load(files), series: series)
        guard problems.isEmpty else {
            throw ProductionError(
                code: .invalidExperiment,
                message: "\(problems.count) problem\(problems.count == 1 ? "" : "s") in the variants' scripts; nothing was produced. Fix them (cliff validate lists them too) and run again.",
                diagnostics: problems.sortedByLocation())
        }
        return variants
    }

    /// Warnings about the scripts of `episodes` (nil: all) that do not stop production, such as
    /// a parenthetical naming no known emotion (that line is delivered neutral).
    public func scriptWarnings(episodes: [Int]? = nil) -> [Diagnostic] {
        let onDisk = files.scriptsOnDisk()
        let wanted = Set(episodes ?? onDisk.map(\.number))
        let files = Set(onDisk.filter { wanted.contains($0.number) }.map(\.file))
        return ScriptChecker(series: series).check(onDisk).filter { $0.severity == .warning && files.contains($0.file) }
    }

    /// The plan delivering `deliverable` for `episodes` against what `store` and the asset store hold.
    /// - Throws: `ProductionError` (`invalidScripts`, `storeFailed`, `unpricedUsage`).
    public func plan(store: any JobStore, episodes: [Int]? = nil, deliverable: Deliverable = .final) async throws -> ProductionPlan {
        let (graph, scope) = try graph(episodes: episodes, deliverable: deliverable)
        return try await ProductionPlan.make(
            graph: graph, scope: scope, store: store, assets: assets, projectRoot: root, prices: PriceBook(settings.prices))
    }

    /// Every step the project's graphs use.
    package var steps: StepRegistry { StepRegistry(ScriptPipeline.steps + models.steps) }
}
