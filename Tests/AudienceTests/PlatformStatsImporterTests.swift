import Audience
import DramaModel
import Foundation
import Testing

/// `cliff import-audience --platform-stats`' file: read whole, every problem located.
@Suite("PlatformStatsImporter")
struct PlatformStatsImporterTests {
    let importer = PlatformStatsImporter(series: "s", channel: "youtube", platform: "youtube")

    @Test func aFileOfStatisticsBecomesSnapshots() throws {
        let file = """
            [{"episode": 1, "views": 1200, "averageViewSeconds": 40.5, "likes": 3, "retention": [[0, 1], [0.5, 0.6], [1, 0.3]],
              "fetchedAt": "2026-12-01T09:00:00Z"},
             {"episode": 2, "views": 30, "durationSeconds": 70}]
            """
        let snapshots = try importer.snapshots(from: Data(file.utf8), fileName: "yt.json", importedAt: logStart) { $0 == 1 ? 88 : nil }
        #expect(snapshots.count == 2)
        #expect(snapshots[0].durationSeconds == 88 && snapshots[0].retention.count == 3 && snapshots[0].likes == 3)
        #expect(snapshots[0].fetchedAt == ISO8601DateFormatter().date(from: "2026-12-01T09:00:00Z"))
        #expect(snapshots[1].durationSeconds == 70 && snapshots[1].fetchedAt == logStart && snapshots[1].retention.isEmpty)
        #expect(snapshots.allSatisfy { $0.channel == "youtube" && $0.series == "s" })
    }

    @Test func everyProblemIsLocatedAtOnce() throws {
        let file = """
            [{"episode": 1, "views": -5, "retention": [[0, 1], [0.8, 0.5], [0.4, 0.2]]},
             {"views": "many", "averageViewSeconds": true, "fetchedAt": "yesterday", "colour": 1},
             {"episode": 9, "views": 1, "retention": [[0.2, "x"]]}, 7]
            """
        let error = try #require(#expect(throws: AudienceError.self) {
            try importer.snapshots(from: Data(file.utf8), fileName: "yt.json", importedAt: logStart) { $0 == 1 ? 15 : nil }
        })
        #expect(error.code == .invalidImport && error.field == nil)
        let lines = error.message.split(separator: "\n").map(String.init)
        #expect(lines.first == "yt.json has 10 problems; nothing was imported:")
        let located = lines.dropFirst().map { String($0.prefix { $0 != " " }) }
        #expect(located == [
            "yt.json:[0].views:", "yt.json:[0].retention[2].fraction:", "yt.json:[1].colour:", "yt.json:[1].episode:", "yt.json:[1].views:",
            "yt.json:[1].averageViewSeconds:", "yt.json:[1].fetchedAt:", "yt.json:[2].retention[0]:", "yt.json:[2].episode:", "yt.json:[3]:",
        ])
        #expect(error.message.contains("yt.json:[2].episode: the project has no episode 9 to take its length from: give durationSeconds"))
        #expect(throws: AudienceError.self) { try importer.snapshots(from: Data("{}".utf8), fileName: "yt.json", importedAt: logStart) { _ in 1 } }
    }
}
