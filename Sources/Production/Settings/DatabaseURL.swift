import Foundation

/// Where a project's queue, ledger and results live when they are not in the project's own
/// SQLite file (`cliff.db`): a PostgreSQL server, named by a URL.
///
/// ```text
/// postgres://cliff:secret@db.studio.lan:5432/cliffhanger?sslmode=require
/// ```
///
/// Given by `--database`, else `CLIFF_DATABASE_URL`, else `database:` in `cliff.yaml`
/// (``resolve(flag:environment:settings:)``). The password is never shown: ``description``
/// and every message about a URL print `•••` in its place.
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The user name.
    public var user: String
    /// The password, if the URL has one (else the server's own rules: trust, `~/.pgpass`).
    public var password: String?
    /// The server's host name or address.
    public var host: String
    /// The server's port (5432 unless the URL says).
    public var port: Int
    /// The database's name.
    public var database: String
    /// `sslmode=disable|prefer|require` (`prefer` unless the URL says).
    public var tls: TLSMode

    /// Whether the connection is encrypted.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// Never.
        case disable
        /// When the server offers it.
        case prefer
        /// Always: a server without TLS is refused.
        case require
    }

    /// Creates a URL's parts.
    public init(user: String, password: String? = nil, host: String, port: Int = 5432, database: String, tls: TLSMode = .prefer) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.tls = tls
    }

    /// The URL with `•••` for its password.
    public var description: String {
        let credentials = user.isEmpty ? "" : user + (password == nil ? "" : ":•••") + "@"
        let query = tls == .prefer ? "" : "?sslmode=\(tls.rawValue)"
        return "postgres://\(credentials)\(host):\(port)/\(database)\(query)"
    }

    /// Reads `text`: `postgres://` or `postgresql://`, a user, a host, a database. The problem
    /// (a sentence, without the password) when it cannot be read.
    public static func parse(_ text: String) -> Result<DatabaseURL, DatabaseURLProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // What a message may show of the text: never its password.
        let shown = redacted(trimmed)
        // Text without a scheme is not echoed at all: where its password is cannot be known.
        guard trimmed.contains("://"), let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            return .failure(.init("the value is not a URL (it is not shown: it may hold a password); write postgres://USER:PASSWORD@HOST:PORT/DATABASE"))
        }
        guard scheme == "postgres" || scheme == "postgresql" else {
            return .failure(.init("'\(shown)' is a \(scheme) URL; cliff's shared database is PostgreSQL: postgres://USER:PASSWORD@HOST:PORT/DATABASE (without one, the project's own cliff.db is used)"))
        }
        guard let host = components.host, !host.isEmpty else {
            return .failure(.init("'\(shown)' names no host; write postgres://USER@HOST/DATABASE"))
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !database.isEmpty, !database.contains("/") else {
            return .failure(.init("'\(shown)' names no database; end it with /DATABASE, e.g. postgres://\(components.user ?? "cliff")@\(host)/cliffhanger"))
        }
        guard let user = components.user, !user.isEmpty else {
            return .failure(.init("'\(shown)' names no user; write postgres://USER@\(host)/\(database)"))
        }
        if let port = components.port, !(1...65_535).contains(port) {
            return .failure(.init("'\(shown)' has the port \(port); a port is 1 to 65535"))
        }
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                    return .failure(.init("'\(shown)' has sslmode=\(item.value ?? ""); use disable, prefer or require"))
                }
                tls = mode
            default:
                return .failure(.init("'\(shown)' has the parameter '\(item.name)', which cliff does not use; the parameter it reads is sslmode"))
            }
        }
        return .success(DatabaseURL(
            user: components.user?.removingPercentEncoding ?? user, password: components.password?.removingPercentEncoding, host: host,
            port: components.port ?? 5432, database: database.removingPercentEncoding ?? database, tls: tls))
    }

    /// The same server and user, another database.
    public func with(database: String) -> DatabaseURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// `message` with every occurrence of the password masked: what a driver or a server says
    /// goes through this before it reaches a message, whatever it may quote.
    public func masking(_ message: String) -> String {
        guard let password, !password.isEmpty else { return message }
        var masked = message.replacingOccurrences(of: password, with: "•••")
        if let encoded = password.addingPercentEncoding(withAllowedCharacters: .urlPasswordAllowed), encoded != password {
            masked = masked.replacingOccurrences(of: encoded, with: "•••")
        }
        return masked
    }

    /// `text` with whatever stands between `://user:` and `@` replaced by `•••`.
    public static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].lastIndex(of: "@"),
            let colon = text[scheme.upperBound..<at].firstIndex(of: ":")
        else { return text }
        return String(text[..<text.index(after: colon)]) + "•••" + String(text[at...])
    }

    /// The database a command uses: `--database` (`flag`), else `CLIFF_DATABASE_URL` in
    /// `environment`, else `database:` in `cliff.yaml` (`configured`, read with the settings);
    /// nil: the project's own SQLite file. A problem names where the URL came from.
    public static func resolve(flag: String?, environment: [String: String], configured: DatabaseURL?) -> Result<DatabaseURL?, DatabaseURLProblem> {
        let given: (String, String)? =
            if let flag, !flag.isEmpty { ("--database", flag) }
            else if let value = environment["CLIFF_DATABASE_URL"], !value.isEmpty { ("CLIFF_DATABASE_URL", value) }
            else { nil }
        guard let (source, text) = given else { return .success(configured) }
        switch parse(text) {
        case .success(let url): return .success(url)
        case .failure(let problem): return .failure(.init("\(source): \(problem.message)"))
        }
    }
}

/// Why a database URL cannot be used, in a sentence that never holds its password.
public struct DatabaseURLProblem: Error, Sendable, Hashable {
    /// The sentence.
    public var message: String

    init(_ message: String) { self.message = message }
}
