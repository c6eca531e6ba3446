import Basics
public import Foundation
import Crypto
package import Production
import HummingbirdBcrypt
import Synchronization

/// Studio users and their login sessions.
///
/// Passwords are stored as bcrypt hashes (hummingbird-auth's `Bcrypt`, cost 12 by default);
/// a session is a random 256-bit token given to the browser in an `HttpOnly`, `SameSite=Strict`
/// cookie, of which only the SHA-256 is stored.
public struct Accounts: Sendable {
    let database: StudioDatabase
    /// bcrypt's cost factor (2^cost rounds).
    let cost: UInt8
    /// How long a session lasts.
    package static let sessionLength: TimeInterval = 12 * 3600

    init(database: StudioDatabase, cost: UInt8 = 12) {
        self.database = database
        self.cost = cost
    }

    /// Opens the accounts of the studio served from `root` (a project or a folder of projects).
    /// - Throws: `StudioError` (`storeFailed`).
    public static func open(root: URL, bcryptCost: UInt8 = 12) async throws(StudioError) -> Accounts {
        Accounts(database: try await StudioDatabase(path: StudioPaths.database(for: root).path), cost: bcryptCost)
    }

    /// Opens the accounts a studio keeps in `database` (a shared PostgreSQL database, for
    /// `cliff serve --database`).
    /// - Throws: `StudioError` (`storeFailed`, `databaseTooNew`).
    package static func open(database: any SQLDatabase, bcryptCost: UInt8 = 12) async throws(StudioError) -> Accounts {
        Accounts(database: try await StudioDatabase(database: database), cost: bcryptCost)
    }

    /// Adds a user, or with `replace` changes an existing user's role and password.
    /// - Throws: `StudioError` (`invalidInput` for a bad name or a short password, `conflict`
    ///   when the user exists and `replace` is false).
    public func add(name: String, role: Role, password: String, replace: Bool = false) async throws(StudioError) {
        var problems: [(field: String, message: String)] = []
        if name.range(of: #"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"#, options: .regularExpression) == nil {
            problems.append(("name", "user name '\(name)' is not allowed: use 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit"))
        }
        if password.count < 8 { problems.append(("password", "the password is too short: use at least 8 characters")) }
        if let first = problems.first {
            throw StudioError(code: .invalidInput, message: problems.map { "\($0.field): \($0.message)" }.joined(separator: "; "), field: first.field)
        }
        let hash = Bcrypt.hash(password, cost: cost)
        try await database.write { db in
            let exists = try await db.row("SELECT 1 FROM studio_users WHERE name = ?", [.text(name)]) != nil
            if exists, !replace {
                throw StudioError(code: .conflict, message: "user '\(name)' exists already; to change the password or role, run 'cliff user add \(name) --role \(role.rawValue) --replace'", field: "name")
            }
            if exists, role != .admin { try await Self.keepAnAdmin(db, losing: name, doing: "made a \(role.rawValue)") }
            try await db.execute(
                """
                INSERT INTO studio_users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash
                """,
                [.text(name), .text(role.rawValue), .text(hash), .time(Date())])
        }
    }

    /// Every user, by name.
    public func users() async throws(StudioError) -> [StudioUser] {
        try await database.read { db in
            try await db.rows("SELECT name, role FROM studio_users ORDER BY name").compactMap { row in
                Role(rawValue: row.string("role")).map { StudioUser(name: row.string("name"), role: $0) }
            }
        }
    }

    /// Changes a user's role. The studio's last admin stays an admin.
    /// - Throws: `StudioError` (`notFound`, `conflict` for the last admin).
    public func changeRole(of name: String, to role: Role) async throws(StudioError) {
        try await database.write { db in
            guard try await db.row("SELECT 1 FROM studio_users WHERE name = ?", [.text(name)]) != nil else {
                throw StudioError(code: .notFound, message: "there is no user '\(name)'", field: "name")
            }
            if role != .admin { try await Self.keepAnAdmin(db, losing: name, doing: "made a \(role.rawValue)") }
            try await db.execute("UPDATE studio_users SET role = ? WHERE name = ?", [.text(role.rawValue), .text(name)])
        }
    }

    /// Gives a user a new password and ends their sessions (they log in again with it).
    /// - Throws: `StudioError` (`notFound`, `invalidInput` for a short password).
    public func resetPassword(of name: String, to password: String) async throws(StudioError) {
        guard password.count >= 8 else {
            throw StudioError(code: .invalidInput, message: "the password is too short: use at least 8 characters", field: "password")
        }
        let hash = Bcrypt.hash(password, cost: cost)
        try await database.write { db in
            let changed = try await db.rows("UPDATE studio_users SET password_hash = ? WHERE name = ? RETURNING name", [.text(hash), .text(name)])
            if changed.isEmpty { throw StudioError(code: .notFound, message: "there is no user '\(name)'", field: "name") }
            try await db.execute(#"DELETE FROM studio_sessions WHERE "user" = ?"#, [.text(name)])
        }
    }

    /// Refuses to take the admin role from `name` when nobody else has it.
    private static func keepAnAdmin(_ db: any SQLSession, losing name: String, doing change: String) async throws {
        let admins = try await db.rows("SELECT name FROM studio_users WHERE role = 'admin'").map { $0.string("name") }
        if admins == [name] {
            throw StudioError(
                code: .conflict,
                message: "'\(name)' is the studio's last admin and cannot be \(change); make another user an admin first", field: "name")
        }
    }

    /// Removes a user and their sessions. The studio's last admin cannot be removed.
    /// - Throws: `StudioError` (`notFound`, `conflict` for the last admin).
    public func remove(name: String) async throws(StudioError) {
        try await database.write { db in
            try await Self.keepAnAdmin(db, losing: name, doing: "removed")
            try await db.execute(#"DELETE FROM studio_sessions WHERE "user" = ?"#, [.text(name)])
            let removed = try await db.rows("DELETE FROM studio_users WHERE name = ? RETURNING name", [.text(name)])
            if removed.isEmpty { throw StudioError(code: .notFound, message: "there is no user '\(name)'") }
        }
    }

    /// Checks a name and password; returns the user, or nil when either is wrong (callers
    /// must not say which).
    package func verify(name: String, password: String) async throws(StudioError) -> StudioUser? {
        let found = try await database.read { db -> (name: String, role: String, hash: String)? in
            try await db.row("SELECT name, role, password_hash FROM studio_users WHERE name = ?", [.text(name)])
                .map { ($0.string("name"), $0.string("role"), $0.string("password_hash")) }
        }
        guard let found, let role = Role(rawValue: found.role) else {
            // Spend the same time as a real check — a decoy hash of the same cost — so timing
            // does not tell which names exist.
            let cost = cost
            _ = await Self.offPool { Bcrypt.verify(password, hash: Self.decoyHash(cost: cost)) }
            return nil
        }
        let hash = found.hash
        let ok = await Self.offPool { Bcrypt.verify(password, hash: hash) }
        return ok ? StudioUser(name: found.name, role: role) : nil
    }

    /// A hash of a password nobody has, at bcrypt cost `cost` (made on first use).
    package static func decoyHash(cost: UInt8) -> String {
        decoys.withLock { decoys in
            if let hash = decoys[cost] { return hash }
            let hash = Bcrypt.hash("cliffhanger-decoy-\(UUID().uuidString)", cost: cost)
            decoys[cost] = hash
            return hash
        }
    }

    private static let decoys = Mutex<[UInt8: String]>([:])

    /// Runs `work` (bcrypt: a quarter of a second at cost 12) on a thread of its own, so that
    /// logins never hold a thread of Swift's cooperative pool, which serves every request.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }

    /// Starts a session for `user`; returns the token for the cookie.
    package func startSession(for user: StudioUser, now: Date = Date()) async throws(StudioError) -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
        let token = bytes.map { String(format: "%02x", $0) }.joined()
        let hash = Self.hash(token)
        try await database.write { db in
            try await db.execute("DELETE FROM studio_sessions WHERE expires_at < ?", [.time(now)])
            try await db.execute(
                #"INSERT INTO studio_sessions (token_hash, "user", created_at, expires_at) VALUES (?, ?, ?, ?)"#,
                [.text(hash), .text(user.name), .time(now), .real(now.timeIntervalSince1970 + Self.sessionLength)])
        }
        return token
    }

    /// The user a session token belongs to, if the session is live.
    package func user(forSession token: String, now: Date = Date()) async throws(StudioError) -> StudioUser? {
        let hash = Self.hash(token)
        return try await database.read { db in
            let row = try await db.row(
                """
                SELECT u.name, u.role FROM studio_sessions s JOIN studio_users u ON u.name = s."user"
                WHERE s.token_hash = ? AND s.expires_at > ?
                """,
                [.text(hash), .time(now)])
            return row.flatMap { row in Role(rawValue: row.string("role")).map { StudioUser(name: row.string("name"), role: $0) } }
        }
    }

    /// Ends a session.
    package func endSession(_ token: String) async throws(StudioError) {
        let hash = Self.hash(token)
        try await database.write { db in try await db.execute("DELETE FROM studio_sessions WHERE token_hash = ?", [.text(hash)]) }
    }

    package static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// Where the studio keeps its database.
enum StudioPaths {
    /// `cliff.db` of a project, or `studio.db` of a folder of projects.
    static func database(for root: URL) -> URL {
        let layout = ProjectLayout(root: root)
        return ProjectLayout.isProject(root) ? layout.database : layout.studioDatabase
    }
}
