import Audience
import Foundation
import Logging
import PostgresStore
import Production
import TestSupport
import Testing

/// The engines an audience store runs on: the project's SQLite file always; PostgreSQL when
/// `CLIFF_TEST_POSTGRES_URL` names a cluster (scripts/postgres.sh starts one; without it the
/// PostgreSQL cases are left out with a note, and a CI run fails in
/// `AudienceEngineTests.aCIRunHasTheThrowawayCluster`).
struct AudienceEngine: Sendable, CustomTestStringConvertible {
    var name: String
    /// Opens the store of `place`: the same place opens the same tables again, through
    /// connections of its own, as a second process would.
    var open: @Sendable (_ place: URL) async throws -> AudienceStore
    var testDescription: String { name }

    /// The cluster's URL (its `postgres` database, with the password), or nil.
    static let postgresURL: String? = ProcessInfo.processInfo.environment["CLIFF_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    /// Whether this is a CI run, where the cluster must be there.
    static let isCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false
    static let quiet = Logger(label: "cliff.tests.audience") { _ in SwiftLogNoOpLogHandler() }

    static let sqlite = AudienceEngine(name: "SQLite") { folder in try AudienceStore(projectDirectory: folder.path) }

    /// The store in a schema of `place`'s own in the cluster's database.
    static let postgres = AudienceEngine(name: "PostgreSQL") { folder in
        let url = try #require(postgresURL, "CLIFF_TEST_POSTGRES_URL is not set: scripts/postgres.sh starts a throwaway cluster")
        let database = try await PostgresDatabase.open(url, schema: schema(for: folder), logger: quiet)
        return try await AudienceStore(shared: database)
    }

    /// Every engine available here.
    static let all: [AudienceEngine] = [sqlite] + (postgresURL == nil ? [] : [postgres])

    /// `audience_` and a hash of the folder's path: one schema per test's folder.
    static func schema(for folder: URL) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in folder.standardizedFileURL.path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "audience_" + String(hash, radix: 16)
    }

    /// A fresh store in a new temporary folder, and the folder (to open the same store again).
    func fresh() async throws -> (AudienceStore, URL) {
        let folder = try temporaryDirectory("cliff-audience")
        return (try await open(folder), folder)
    }
}

/// Fails a CI run that has no PostgreSQL cluster rather than leaving the audience store's
/// PostgreSQL cases out there.
@Suite struct AudienceEngineTests {
    @Test func aCIRunHasTheThrowawayCluster() {
        if AudienceEngine.isCI {
            #expect(AudienceEngine.postgresURL != nil, "CI=true but CLIFF_TEST_POSTGRES_URL is not set: run the tests through scripts/test, which starts the cluster")
        }
    }
}
