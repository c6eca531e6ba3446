import ArgumentParser
import DramaModel
import Foundation
import Screenplay
import StoryEngine

/// `cliff outline`: the season plan, episode by episode.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the season plan: per episode its title, what happens, the hook, the cliffhanger, reveals and the paywall.",
        discussion: """
            Example:
              cliff outline demo --episodes 1-12

            Hooks and cliffhangers are read from the scripts on disk, so edits show; an
            episode without a script shows what the writer would write.
            """
    )

    @OptionGroup var project: ProjectArgument
    @OptionGroup var selection: EpisodeOption

    func run() throws {
        let project = project.project
        let series = try project.loadBible().series
        let numbers = try selection.numbers(in: series.format.episodes)
        let writer = BeatSheetWriter(phrasebooks: try project.loadPhrasebooks())
        let plan = try writer.planSeason(series)
        let onDisk = Dictionary(project.scriptsOnDisk().map { ($0.number, $0.text) }, uniquingKeysWith: { a, _ in a })
        let generated = onDisk.count >= series.format.episodes ? [:] : Dictionary(try writer.writeSeason(series, plan: plan).map { ($0.number, $0.text) }, uniquingKeysWith: { a, _ in a })
        let zh = series.language == .zh

        print("“\(series.title)” — \(series.genre.rawValue), \(series.format.episodes) episodes × ~\(series.format.targetSeconds) s, \(series.language.rawValue)")
        if let paywall = series.format.paywallEpisode { print("Free: episodes 1–\(paywall - 1). Paid from episode \(paywall).") }
        print("")
        for number in numbers {
            guard let episode = plan.episode(number) else { continue }
            if episode.isPaywall {
                print(String(repeating: "─", count: 16) + (zh ? " 付费墙：第\(number)集起付费 " : " PAYWALL: episode \(number) onward is paid ") + String(repeating: "─", count: 16))
            }
            var marks: [String] = []
            if episode.isReversal { marks.append("REVERSAL") }
            if episode.isPaywall { marks.append("PAYWALL") }
            if episode.isFinale { marks.append("FINALE") }
            let label = String(format: "EP %3d", number)
            print("\(label)  \(marks.isEmpty ? "" : "[\(marks.joined(separator: ", "))] ")\(episode.title)")
            print("        \(episode.summary)")
            let text = onDisk[number] ?? generated[number]
            let (hook, cliff) = text.map(Self.hookAndCliff) ?? (nil, nil)
            if let hook { print("        hook:  \(hook)") }
            if let cliff { print("        cliff: \(cliff)") }
            for id in episode.reveals {
                if let secret = series.secrets.first(where: { $0.id == id }) {
                    let to = series.character(id: secret.revealTo)?.name ?? secret.revealTo
                    print("        reveal\(secret.major ? " (major)" : ""): \(id) → \(to)")
                }
            }
            if onDisk[number] == nil { print("        (no script on disk yet: cliff write --episodes \(number))") }
        }
    }

    /// The first and last spoken lines of a script, as `NAME: “line”`.
    static func hookAndCliff(_ text: String) -> (String?, String?) {
        var lines: [String] = []
        var speaker = ""
        for element in FountainParser.parse(text).elements {
            switch element {
            case .character(let cue): speaker = cue.name
            case .dialogue(let said): lines.append("\(speaker): “\(said.replacingOccurrences(of: "\n", with: " "))”")
            default: continue
            }
        }
        return (lines.first, lines.count > 1 ? lines.last : nil)
    }
}
