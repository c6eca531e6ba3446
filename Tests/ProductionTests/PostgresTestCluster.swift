import Foundation
import Logging
import PostgresStore
import TestSupport
import Testing

/// The throwaway PostgreSQL cluster that `scripts/postgres.sh` starts for a test run, named by
/// `CLIFF_TEST_POSTGRES_URL`; nil when the tests run without one (`swift test` alone).
enum PostgresTestCluster {
    /// The cluster's URL (its `postgres` database, with the password), or nil.
    static let url: String? = ProcessInfo.processInfo.environment["CLIFF_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// Whether this is a CI run, where the cluster must be there.
    static let isCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false

    /// Why the PostgreSQL tests did not run.
    static let skipNote: Comment =
        "CLIFF_TEST_POSTGRES_URL is not set: the PostgreSQL job store was not tested. scripts/test starts a throwaway cluster for them (scripts/postgres.sh swift test … does the same)."

    /// A logger that drops what the connection pools say (a test asserts on errors, not logs).
    static let quiet = Logger(label: "cliff.tests.postgres") { _ in SwiftLogNoOpLogHandler() }

    /// The URL of a database of `folder`'s own in the cluster, created on first use: a second
    /// call with the same folder names the same database (as a second process would open it).
    static func databaseURL(for folder: URL) async throws -> String {
        let cluster = try #require(url, skipNote)
        let name = "cliff_" + hash(folder.standardizedFileURL.path)
        try await PostgresDatabase.createDatabase(named: name, on: cluster, logger: quiet)
        return try url(cluster, database: name)
    }

    /// A store on a database of `folder`'s own.
    static func store(for folder: URL) async throws -> PostgresJobStore {
        try await PostgresJobStore.open(url: try await databaseURL(for: folder), logger: quiet)
    }

    /// `cluster` with its database (the URL's path) replaced.
    static func url(_ cluster: String, database: String) throws -> String {
        var components = try #require(URLComponents(string: cluster))
        components.path = "/" + database
        return try #require(components.string)
    }

    /// `cluster` with its password replaced.
    static func url(_ cluster: String, password: String) throws -> String {
        var components = try #require(URLComponents(string: cluster))
        components.password = password
        return try #require(components.string)
    }

    /// The cluster's password.
    static var password: String? { url.flatMap { URLComponents(string: $0)?.password } }

    /// FNV-1a, 64 bits, in hex: a database name from a folder's path.
    private static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// Runs `sql` in the database at `url` with psql (as an outside tool would change it), and
    /// returns what it printed (unaligned, tuples only).
    static func psql(_ url: String, _ sql: String) async throws -> String {
        let output = try await runProcess(URL(fileURLWithPath: "/usr/bin/psql"), [url, "-v", "ON_ERROR_STOP=1", "-Atc", sql])
        guard output.status == 0 else { throw PSQLFailed(message: "psql failed (\(output.status)): \(output.stderr)") }
        return output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct PSQLFailed: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
