import Basics
import Foundation
import GRDB
import Studio
import TestSupport
import Testing

/// `cliff write --apply-insights` learns what viewers have seen from the studio's records
/// without opening a studio: nothing is created, nothing is changed.
@Suite struct ReleaseRecordsTests {
    @Test func aProjectNeverServedHasNoReleasesAndGetsNoDatabase() async throws {
        let project = try TemporaryProject.make(episodes: 3, seed: 5)
        let layout = ProjectLayout(root: project.root)
        #expect(try await ReleaseRecords.publishedEpisodes(projectRoot: project.root).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: layout.database.path))
        #expect(!FileManager.default.fileExists(atPath: layout.studioDatabase.path))
    }

    @Test func publishedEpisodesAreReadWithoutChangingTheFile() async throws {
        let project = try TemporaryProject.make(episodes: 3, seed: 5)
        let layout = ProjectLayout(root: project.root)
        _ = try await Studio(root: project.root, bcryptCost: 4)  // the studio's tables, as `cliff serve` makes them
        let queue = try DatabaseQueue(path: layout.database.path)
        try await queue.write { db in
            for (episode, action) in [(1, "approve"), (1, "publish"), (2, "approve")] {
                try db.execute(
                    sql: "INSERT INTO studio_reviews (series, episode, action, actor, at) VALUES (?, ?, ?, 'test', 0)",
                    arguments: [layout.seriesID, episode, action])
            }
        }
        try queue.close()
        let before = try Data(contentsOf: layout.database)
        // SQLite's own -wal/-shm companions come and go with connections; every other file stays.
        func files() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }.sorted()
        }
        let filesBefore = try files()
        #expect(try await ReleaseRecords.publishedEpisodes(projectRoot: project.root) == [1])
        #expect(try Data(contentsOf: layout.database) == before)
        #expect(try files() == filesBefore)
    }
}
