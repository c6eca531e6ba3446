import ArgumentParser
import DramaModel
import Foundation
import Production

/// `cliff gc`: remove assets nothing references.
struct GCCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gc",
        abstract: "Remove assets and cached results the current scripts no longer use, and temporary files of killed runs.",
        discussion: """
            Examples:
              cliff gc demo --dry-run
              cliff gc demo

            The cost ledger is kept: money spent on removed takes still shows in cliff
            cost. Do not run it while cliff produce runs on the same project.
            """
    )

    @OptionGroup var project: ProjectArgument

    @Flag(name: .long, help: "Only say what would be removed.")
    var dryRun = false

    func run() async throws {
        let context = try await ProductionContext.open(project.directory, create: false, readOnly: dryRun)
        let report = try await GarbageCollector.collect(context.project, store: context.store, dryRun: dryRun)
        let verb = dryRun ? "Would remove" : "Removed"
        print("\(verb) \(Format.count(report.assets)) unreferenced asset\(report.assets == 1 ? "" : "s") (\(Self.bytes(report.assetBytes))), \(report.temporaries) temporary file\(report.temporaries == 1 ? "" : "s") (\(Self.bytes(report.temporaryBytes))) and \(Format.count(report.results)) stale cached result\(report.results == 1 ? "" : "s"); kept \(Format.count(report.kept)) assets.")
    }

    static func bytes(_ n: Int64) -> String {
        let units = ["B", "KiB", "MiB", "GiB"]
        var value = Double(n)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(n) B" : String(format: "%.1f %@", value, units[unit])
    }
}
