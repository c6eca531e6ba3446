import Audience
import DramaModel
import Foundation
import Testing

@Suite("ExportImporter")
struct ExportImporterTests {
    @Test func aCSVWithWrongColumnsListsTheColumnsFoundAndExpected() throws {
        let csv = "user,ep,start\nu1,1,2026-01-01T00:00:00Z\n"
        let error = #expect(throws: AudienceError.self) {
            try ExportImporter(series: "s").watchLogEvents(from: Data(csv.utf8), fileName: "log.csv")
        }
        #expect(error?.code == .invalidImport)
        let message = error?.message ?? ""
        #expect(message.contains("missing columns viewer, episode, started_at, watched_seconds"))
        #expect(message.contains("Found: user, ep, start"))
        #expect(message.contains("Expected: viewer, episode, started_at, watched_seconds (optional: completed, swiped, series)"))
    }

    @Test func badCellsAreAllReportedWithFileLineAndColumn() throws {
        let csv = """
            viewer,episode,started_at,watched_seconds,completed
            u1,1,2026-01-01T00:00:00Z,10,yes
            u2,zero,2026-01-01T00:00:00Z,10,no
            u3,1,2026-01-01T00:00:00Z,-4,maybe
            """
        let error = #expect(throws: AudienceError.self) {
            try ExportImporter(series: "s").watchLogEvents(from: Data(csv.utf8), fileName: "log.csv")
        }
        #expect(error?.code == .invalidImport && error?.field == "log.csv:3:2")
        let message = error?.message ?? ""
        #expect(message.contains("3 bad cells"))
        #expect(message.contains("log.csv:3:2: 'zero' is not an episode number"))
        #expect(message.contains("log.csv:4:4: '-4' is not seconds watched"))
        #expect(message.contains("log.csv:4:5: 'maybe' is not yes or no"))
    }

    @Test func aWatchLogWithAMappingBecomesViewsMetricsRead() async throws {
        var mapping = ExportColumnMapping()
        mapping.watchLog = .init(viewer: "User ID", episode: "Ep", startedAt: "Start", watchedSeconds: "Seconds", completed: "Done", swiped: "Swiped")
        let csv = """
            User ID,Ep,Start,Seconds,Done,Swiped
            "u,1",1,2026-01-01T00:00:00Z,10,yes,
            u2,1,1767225600,2.5,,1
            u1,2,1767225640000,4,no,no
            "u,1",2,2026-01-01T00:00:12Z,10,true,false\r
            """
        let events = try ExportImporter(series: "s", mapping: mapping).watchLogEvents(from: Data(csv.utf8), fileName: "log.csv")
        #expect(events.count == 11)  // 3 + 3 + 2 + 3
        #expect(events.first?.anonymousID == "u,1" && events.first?.timestamp == logStart)
        let (store, _) = try temporaryStore()
        #expect(try await store.append(events).accepted == events.count)
        #expect(try await store.append(events).duplicates == events.count)  // importing twice stores nothing new
        let m = try await store.metrics(series: "s", configuration: MetricsConfiguration(episodeDurations: [1: .milliseconds(10_000), 2: .milliseconds(10_000)]))
        let one = try #require(m.episodes.first)
        #expect(one.starts == 2 && one.completions == 1 && one.swipedBeforeHook == 1)
        #expect(isClose(one.reach, [1, 1, 1] + Array(repeating: 0.5, count: 7)))
        #expect(one.averageViewDuration == .milliseconds(6250))
        #expect(one.continues == 1)  // "u,1" started ep 2 two seconds after completing ep 1
    }

    @Test func aRetentionTableComesBackExactlyFromTheMetrics() async throws {
        let csv = """
            episode,second,audience_share,starts
            1,0,100%,10
            1,1,0.9,10
            1,2,0.95,10
            1,3,50%,10
            1,4,0.5,10
            2,0,1,4
            2,1,0.5,4
            """
        let importer = ExportImporter(series: "s")
        let events = try importer.retentionTableEvents(from: Data(csv.utf8), fileName: "retention.csv", importedAt: logStart)
        let (store, _) = try temporaryStore()
        _ = try await store.append(events)
        let m = try await store.metrics(series: "s", configuration: MetricsConfiguration(episodeDurations: [1: .milliseconds(5000), 2: .milliseconds(2000)]))
        // A rise (0.95 after 0.9) cannot bring viewers back: the curve is made non-increasing.
        #expect(isClose(m.episodes[0].reach, [1, 0.9, 0.9, 0.5, 0.5]))
        #expect(m.episodes[0].starts == 10 && m.episodes[0].completions == 5)
        #expect(isClose(m.episodes[1].reach, [1, 0.5]))
        let again = try importer.retentionTableEvents(from: Data(csv.utf8), fileName: "retention.csv", importedAt: logStart)
        #expect(try await store.append(again).accepted == 0)
    }

    @Test func aJSONRetentionTableWithViewerCountsReportsBadRowsByIndex() throws {
        let json = #"[{"episode":1,"second":0,"viewers":4,"starts":4},{"episode":1,"second":"x","viewers":3,"starts":4}]"#
        let error = #expect(throws: AudienceError.self) {
            try ExportImporter(series: "s").retentionTableEvents(from: Data(json.utf8), fileName: "r.json", importedAt: logStart)
        }
        #expect(error?.field == "r.json:[1].second")
        let good = #"{"rows":[{"episode":1,"second":0,"viewers":4,"starts":4},{"episode":1,"second":1,"viewers":1,"starts":4}]}"#
        let events = try ExportImporter(series: "s").retentionTableEvents(from: Data(good.utf8), fileName: "r.json", importedAt: logStart)
        #expect(Set(events.map(\.anonymousID)).count == 4)
        #expect(events.filter { $0.name == .playbackCompleted }.count == 1)
    }

    @Test func aRetentionTableWithoutAShareOrViewersColumnIsRefused() throws {
        let error = #expect(throws: AudienceError.self) {
            try ExportImporter(series: "s").retentionTableEvents(from: Data("episode,second,starts\n1,0,3\n".utf8), fileName: "r.csv", importedAt: logStart)
        }
        #expect(error?.code == .invalidImport && (error?.message.contains("missing column viewers") ?? false))
    }

    @Test func anExportThatIsNotCleanUTF8IsRefusedAtTheBadByte() throws {
        let csv = Data("viewer,episode,started_at,watched_seconds\nu1,1,2026-01-01T00:00:00Z,10\nu\u{0}2,1,2026-01-01T00:00:00Z,10\n".utf8)
            + [0x75, 0xC3, 0x28, 0x2C, 0x31, 0x0A]
        for (data, file) in [(csv, "log.csv"), (Data("[{\"viewer\":\"a\u{7}\"}]".utf8), "log.json")] {
            let error = #expect(throws: AudienceError.self) {
                try ExportImporter(series: "s").watchLogEvents(from: data, fileName: file)
            }
            #expect(error?.code == .invalidImport)
            #expect(error?.message.contains("nothing was imported") == true)
            if file == "log.csv" {
                #expect(error?.field == "log.csv:3:2")
                #expect(error?.message.contains("log.csv:3:2: control character U+0000 is not allowed in text") == true)
                #expect(error?.message.contains("log.csv:4:2: byte 0xC3 is not valid UTF-8") == true)
            } else {
                #expect(error?.field == "log.json:1:14")
            }
        }
        #expect(throws: AudienceError.self) {
            try ExportImporter(series: "s").retentionTableEvents(from: csv, fileName: "r.csv", importedAt: logStart)
        }
    }
}
