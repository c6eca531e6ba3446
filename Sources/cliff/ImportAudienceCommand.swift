import ArgumentParser
import Audience
import DramaModel
import Editing
import Foundation
import Production

/// `cliff import-audience`: viewer data exported from another platform, into the project's
/// audience store.
struct ImportAudienceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-audience",
        abstract: "Import a platform's export (per-viewer watch log or per-second retention table, CSV or JSON), or a channel's per-video statistics, into the audience store.",
        discussion: """
            Examples:
              cliff import-audience demo views.csv
              cliff import-audience demo retention.json --kind retention-table
              cliff import-audience demo export.csv --mapping columns.json
              cliff import-audience demo --platform-stats youtube.json --channel youtube

            Watch logs need the columns viewer, episode, started_at, watched_seconds
            (optional: completed, swiped, series); retention tables need episode, second,
            audience_share (or viewers) and starts. --mapping names other columns: a JSON
            file in the shape of ExportColumnMapping (see docs/audience.md, "Imports from
            external platforms"). A file with other columns is refused with the columns it
            has and the ones expected; bad cells are all reported with file:line:column.
            Importing the same file twice stores nothing new.

            --platform-stats FILE.json --channel NAME stores a channel's own
            figures as platform data labelled by the channel (not as viewers):
            a JSON array of objects such as
              {"episode": 1, "views": 12400, "averageViewSeconds": 41.5,
               "retention": [[0, 1.0], [0.5, 0.62], [1, 0.35]],
               "fetchedAt": "2026-12-01T09:00:00Z"}
            with likes, shares, comments and durationSeconds optional. Retention
            pairs are a share of the video's length (0…1, ascending) and the
            viewers watching there. fetchedAt defaults to the file's last change,
            durationSeconds to the episode's length; --platform names the
            platform's kind (default: the channel's name). Each fetch is kept and
            reports read the latest. Every problem is reported at once as
            FILE:[index].field, and nothing is stored. cliff insights then shows
            the channel beside the built-in one, its retention mapped onto the
            episode's beats.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case watchLog = "watch-log"
        case retentionTable = "retention-table"
    }

    @OptionGroup var project: ProjectArgument
    @Argument(help: "The export file (.csv or .json); not with --platform-stats.") var file: String?
    @Option(help: "What the file holds: watch-log or retention-table.") var kind: Kind = .watchLog
    @Option(help: "A JSON file naming the export's columns (default: the documented names).") var mapping: String?
    @Option(name: .customLong("platform-stats"), help: "A JSON file of a channel's per-episode statistics (views, average view, retention curve).")
    var platformStats: String?
    @Option(help: "The channel the statistics are of: its name in cliff.yaml (with --platform-stats).") var channel: String?
    @Option(help: "The platform's kind, youtube or tiktok (with --platform-stats; default: the channel's name).") var platform: String?
    @OptionGroup var shared: DatabaseOption

    func validate() throws {
        if platformStats != nil {
            guard file == nil else { throw ValidationError("give either an export file or --platform-stats FILE, not both") }
            guard let channel, !channel.isEmpty else { throw ValidationError("--platform-stats needs --channel NAME: the channel the statistics are of") }
        } else {
            guard file != nil else { throw ValidationError("missing the export file (or --platform-stats FILE --channel NAME)") }
            guard channel == nil, platform == nil else { throw ValidationError("--channel and --platform go with --platform-stats FILE") }
        }
    }

    func run() async throws {
        let context = try await AudienceContext.open(project.directory, create: true, database: shared.database)
        do {
            try await load(into: context)
        } catch {
            await context.close()
            throw error
        }
        await context.close()
    }

    private func load(into context: AudienceContext) async throws {
        if let platformStats, let channel { return try await loadStatistics(platformStats, channel: channel, into: context) }
        guard let file else { return }
        let url = URL(fileURLWithPath: file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CLIError(message: "cannot read \(file): check the path and its permissions")
        }
        var columns = ExportColumnMapping()
        if let mapping {
            guard let text = FileManager.default.contents(atPath: mapping) else { throw CLIError(message: "cannot read the mapping \(mapping)") }
            do {
                columns = try JSONDecoder().decode(ExportColumnMapping.self, from: text)
            } catch {
                throw CLIError(message: "\(mapping) is not a column mapping (\(error)); see docs/audience.md")
            }
        }
        let importer = ExportImporter(series: context.seriesID, mapping: columns)
        let events = kind == .watchLog
            ? try importer.watchLogEvents(from: data, fileName: url.lastPathComponent)
            : try importer.retentionTableEvents(from: data, fileName: url.lastPathComponent, importedAt: Date())
        var accepted = 0, duplicates = 0, rejected = 0
        for start in stride(from: 0, to: events.count, by: 1000) {
            let report = try await context.audience.append(Array(events[start..<min(start + 1000, events.count)]))
            accepted += report.accepted
            duplicates += report.duplicates
            rejected += report.rejected.count
        }
        print("Imported \(url.lastPathComponent): \(Format.count(accepted)) events stored, \(Format.count(duplicates)) already there, \(Format.count(rejected)) refused. Read them with: cliff insights \(context.production.displayRoot)")
    }

    /// Stores a channel's statistics from `path`: all of them, or none when any is malformed.
    private func loadStatistics(_ path: String, channel: String, into context: AudienceContext) async throws {
        let url = URL(fileURLWithPath: path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CLIError(message: "cannot read \(path): check the path and its permissions")
        }
        let importer = PlatformStatsImporter(series: context.seriesID, channel: channel, platform: platform ?? channel)
        // The episodes' lengths only when a row leaves its length out.
        var lengths: [Int: Double]?
        if PlatformStatsImporter.needsEpisodeLengths(data) {
            lengths = try await context.project.storyTimelines(store: context.production.store).mapValues { $0.timeline.duration.seconds }
        }
        // Rows without fetchedAt are the figures as of the file's last change: importing the
        // same file again stores nothing new.
        let written = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? Date()
        let snapshots = try importer.snapshots(from: data, fileName: url.lastPathComponent, importedAt: written) { lengths?[$0] }
        guard !snapshots.isEmpty else { throw CLIError(message: "\(path) holds no statistics: an empty array") }
        let stored = try await context.audience.recordPlatformSnapshots(snapshots)
        print("Imported \(url.lastPathComponent): \(Format.count(stored)) \(channel) snapshot\(stored == 1 ? "" : "s") stored, \(Format.count(snapshots.count - stored)) already there. Read them with: cliff insights \(context.production.displayRoot)")
    }
}
