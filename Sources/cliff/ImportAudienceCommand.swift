import ArgumentParser
import Audience
import Foundation

/// `cliff import-audience`: viewer data exported from another platform, into the project's
/// audience store.
struct ImportAudienceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-audience",
        abstract: "Import a platform's export (per-viewer watch log or per-second retention table, CSV or JSON) into the audience store.",
        discussion: """
            Examples:
              cliff import-audience demo views.csv
              cliff import-audience demo retention.json --kind retention-table
              cliff import-audience demo export.csv --mapping columns.json

            Watch logs need the columns viewer, episode, started_at, watched_seconds
            (optional: completed, swiped, series); retention tables need episode, second,
            audience_share (or viewers) and starts. --mapping names other columns: a JSON
            file in the shape of ExportColumnMapping (see docs/audience.md, "Imports from
            external platforms"). A file with other columns is refused with the columns it
            has and the ones expected; bad cells are all reported with file:line:column.
            Importing the same file twice stores nothing new.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case watchLog = "watch-log"
        case retentionTable = "retention-table"
    }

    @OptionGroup var project: ProjectArgument
    @Argument(help: "The export file (.csv or .json).") var file: String
    @Option(help: "What the file holds: watch-log or retention-table.") var kind: Kind = .watchLog
    @Option(help: "A JSON file naming the export's columns (default: the documented names).") var mapping: String?
    @OptionGroup var shared: DatabaseOption

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
}
