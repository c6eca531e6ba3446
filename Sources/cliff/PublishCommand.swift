import ArgumentParser
import Basics
import DramaModel
import Foundation
import Logging
import Studio

/// `cliff publish`: what went out to each external channel, and a round of publishing now.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Show or run publishing to the external channels of cliff.yaml (YouTube, TikTok, delivery packages).",
        discussion: """
            Examples:
              cliff publish status demo
              cliff publish status studio-folder --series heir --json
              cliff publish run demo

            `cliff serve` publishes on its own: each approved episode goes out on the
            built-in channel at its release time, then to every channel in cliff.yaml
            its offset later. See docs/channels.md.
            """,
        subcommands: [PublishStatusCommand.self, PublishRunCommand.self]
    )
}

/// Options shared by the `publish` commands.
struct PublishTarget: ParsableArguments {
    @Argument(help: "A project, or a folder of projects served by one studio (default: the current folder).")
    var directory: String = "."
    @Option(name: .long, help: "Only this series (a project folder's name); repeat for several.")
    var series: [String] = []
    @OptionGroup var shared: DatabaseOption

    /// Opens the studio's records for the folder and runs `body` with the series chosen.
    func withStudio<T>(_ body: (Studio, [String]) async throws -> T) async throws -> T {
        let root = URL(fileURLWithPath: directory)
        var logger = Logger(label: "cliff.publish")
        logger.logLevel = ProcessInfo.processInfo.environment["CLIFF_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        let url = try SharedStudio.resolve(flag: shared.database, root: root)
        var sharedStudio: SharedStudio?
        if let url { sharedStudio = try await SharedStudio.open(url) }
        do {
            let studio: Studio
            if let sharedStudio {
                studio = try await Studio(root: root, storage: sharedStudio.storage, logger: logger)
            } else {
                studio = try await Studio(root: root, logger: logger)
            }
            let ids = studio.seriesIDs
            var problems: [String] = []
            for name in series where !ids.contains(name) {
                problems.append("--series: '\(TextInput.excerpt(name))' is not a series of \(directory).\(Suggestion.didYouMean(name, in: ids)) Its series are: \(ids.joined(separator: ", ")).")
            }
            guard problems.isEmpty else { throw CLIError(message: problems.joined(separator: "\n")) }
            let value = try await body(studio, series.isEmpty ? ids : series)
            await sharedStudio?.close()
            return value
        } catch {
            await sharedStudio?.close()
            throw error
        }
    }
}

/// `cliff publish status`: each episode on each channel.
struct PublishStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each released episode on each external channel: scheduled, uploading (with progress), processing, live (id and address), waiting or failed (why).",
        discussion: """
            Examples:
              cliff publish status demo
              cliff publish status demo --json
            """
    )

    @OptionGroup var target: PublishTarget
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() async throws {
        try await target.withStudio { studio, ids in
            var overviews: [ChannelsOverview] = []
            for id in ids { overviews.append(try await studio.channelsOverview(id)) }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.dateEncodingStrategy = .iso8601
                print(String(decoding: try encoder.encode(overviews), as: UTF8.self))
                return
            }
            for overview in overviews { print(Self.describe(overview)) }
        }
    }

    static func describe(_ overview: ChannelsOverview) -> String {
        var lines = ["Series \(overview.series):"]
        if let problem = overview.settingsProblem {
            lines.append("  channels cannot be read; nothing goes out to them until cliff.yaml is fixed:")
            lines += problem.split(separator: "\n").map { "  \($0)" }
            return lines.joined(separator: "\n")
        }
        guard !overview.channels.isEmpty else {
            lines.append("  no external channels (add them under 'channels:' in cliff.yaml; see docs/channels.md)")
            return lines.joined(separator: "\n")
        }
        for channel in overview.channels {
            let stopped = channel.stopped.map { " — STOPPED: \($0)" } ?? ""
            lines.append("  \(channel.name) (\(channel.kind), \(channel.offsetMinutes) min after release)\(stopped)")
        }
        guard !overview.posts.isEmpty else {
            lines.append("  nothing released yet: episodes go out to the channels once the built-in channel releases them")
            return lines.joined(separator: "\n")
        }
        var rows = [["EPISODE", "CHANNEL", "STATE", "DUE (UTC)", "ON THE PLATFORM"]]
        let formatter = ISO8601DateFormatter()
        for post in overview.posts {
            var where_ = post.url ?? post.platformID ?? ""
            if let failure = post.failure, post.state == .failed || post.state == .waiting {
                where_ = failure
                if let next = post.nextAttemptAt { where_ += " (next try \(formatter.string(from: next)))" }
            }
            rows.append([String(format: "%03d", post.episode), post.channel, post.summary, formatter.string(from: post.dueAt), where_])
        }
        lines.append("")
        lines.append(Format.table(rows))
        return lines.joined(separator: "\n")
    }
}

/// `cliff publish run`: one round of publishing now, as `cliff serve` does every 30 s.
struct PublishRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Publish now what is due: release approved episodes on the built-in channel and send released ones to the external channels.",
        discussion: """
            Examples:
              cliff publish run demo
              cliff publish run studio-folder --series heir

            Safe beside a running `cliff serve` on the same records: each episode goes out
            once per channel, and an upload another process is sending is left to it.
            Exits 1 when something could not go out (the lines say why and what to do).
            """
    )

    @OptionGroup var target: PublishTarget

    func run() async throws {
        let failed = try await target.withStudio { studio, ids in
            var failed = false
            for id in ids {
                let released = try await studio.publishDue(id)
                if !released.isEmpty { print("\(id): released on the built-in channel: episodes \(released.map(String.init).joined(separator: ", "))") }
                let round: ChannelRound
                do {
                    round = try await studio.publishToChannels(id)
                } catch {
                    Console.error("\(id): \((error as? any ExplainedError)?.report ?? "\(error)")")
                    failed = true
                    continue
                }
                for line in round.delivered { print("\(id): \(line)") }
                for line in round.problems { Console.error("\(id): \(line)") }
                let statistics = try await studio.collectChannelStatistics(id)
                if statistics.stored > 0 { print("\(id): platform figures stored for \(statistics.stored) post\(statistics.stored == 1 ? "" : "s")") }
                for line in statistics.problems { Console.error("\(id): \(line)") }
                if round.delivered.isEmpty && round.problems.isEmpty && released.isEmpty { print("\(id): nothing due") }
                failed = failed || !round.problems.isEmpty
            }
            return failed
        }
        if failed { throw ExitCode(1) }
    }
}
