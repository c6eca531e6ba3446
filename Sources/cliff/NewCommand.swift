import Basics
import ArgumentParser
import DramaModel
import Foundation
import Production
import StoryEngine

/// `cliff new`: premise → bible → season plan → every episode's script, in a new folder.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a project from a one-line premise: a series bible and a whole season of scripts.",
        discussion: """
            Example:
              cliff new demo \\
                  --premise "A broke intern signs a contract marriage with a cold CEO" \\
                  --episodes 80
              cliff new gongdou --premise "冷宫弃妃凭医术翻身，步步为营扳倒贵妃" \\
                  --language zh --episodes 60

            The same premise and --seed always give the same series, byte for byte.
            Without --seed the seed comes from the premise. The genre is guessed from the
            premise unless --genre is given.

            The folder may already hold a phrasebooks/ folder (romance.en.phrasebook,
            common.en.phrasebook…): the writer then uses its entries too, and cliff write
            keeps using them (docs/phrasebooks.md).
            """
    )

    @Argument(help: "The folder to create (must not exist, or be empty but for a phrasebooks/ folder).")
    var directory: String

    @Option(help: "The one-line premise.")
    var premise: String

    @Option(help: "romance, revenge, suspense or palace (default: guessed from the premise).")
    var genre: String?

    @Option(help: "Number of episodes (1-300).")
    var episodes: Int = PremiseRequest.defaultEpisodes

    @Option(help: "Script language, en or zh (default: zh for a Chinese premise, else en).")
    var language: String?

    @Option(help: "Seed for the built-in writer (default: derived from the premise).")
    var seed: UInt64?

    @Option(name: .customLong("target-seconds"), help: "Target spoken length per episode in seconds (15-600).")
    var targetSeconds: Int = 90

    @Option(help: "Series title (default: invented).")
    var title: String?

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        // A folder holding only phrasebooks/ becomes the project, written with its words.
        let phrasebooks = try SeriesProject(root: URL(fileURLWithPath: directory)).loadPhrasebooks()
        let writer = BeatSheetWriter(phrasebooks: phrasebooks)
        let request = PremiseRequest(
            premise: premise, genre: try choice(genre, option: "--genre", as: Genre.self), episodes: episodes,
            language: try choice(language, option: "--language", as: Language.self), seed: seed, targetSeconds: targetSeconds, title: title)
        let series = try writer.makeBible(request)
        print("Reading the premise as: \(PremiseReading(premise, language: series.language).summary).")
        let plan = try writer.planSeason(series)
        let scripts = try writer.writeSeason(series, plan: plan)
        try PolicyAtTheDoor.check(series: series, scripts: scripts, projectRoot: URL(fileURLWithPath: directory), shownRoot: directory)
        let project = try SeriesProject.create(
            at: URL(fileURLWithPath: directory), series: series, scripts: scripts,
            files: [ProjectLayout.settingsName: Data(ProductionSettingsLoader.template.utf8)])
        let elapsed = start.duration(to: clock.now)
        let minutes = scripts.reduce(0) { $0 + $1.estimatedSeconds } / 60
        let path = project.displayPath(project.root)
        print("Created \(path)/: “\(series.title)” — \(series.genre.rawValue), \(series.format.episodes) episodes of ~\(series.format.targetSeconds) s in \(series.language.rawValue), seed \(series.writer.seed).")
        if !phrasebooks.isEmpty { print("Used the project's phrasebooks: \(phrasebooks.files.joined(separator: ", ")).") }
        print("Wrote \(path)/series.yaml and \(scripts.count) scripts in \(path)/episodes/ (\(String(format: "%.1f", minutes)) minutes of dialogue) in \(Self.format(elapsed)).")
        if let paywall = series.format.paywallEpisode { print("Paywall at episode \(paywall); the reversal lands in episode \(paywall - 1).") }
        print("Next: cliff outline \(path)   ·   edit \(path)/series.yaml or any script, then: cliff validate \(path)")
    }

    static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.2f s", seconds)
    }
}
