import Foundation

/// A PostgreSQL server and database named by a URL:
/// `postgres://user:password@host:port/dbname?sslmode=disable`.
///
/// The password is kept for connecting and never shown: `description` (what every message
/// uses) writes `postgres://user@host:port/dbname`.
///
/// ```swift
/// let url = try PostgresURL("postgres://cliff:secret@db.local:5432/cliff")
/// print(url)  // postgres://cliff@db.local:5432/cliff
/// ```
package struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    /// How the connection uses TLS (`sslmode`, as libpq names it).
    package enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it (the default).
        case prefer
        /// TLS or no connection; the server's certificate is verified.
        case require
    }

    /// The server's host name or address.
    package var host: String
    /// The server's port (5432 unless the URL says).
    package var port: Int
    /// The user to connect as.
    package var user: String
    /// The user's password, if the URL has one. Never part of a message.
    package var password: String?
    /// The database (the user's name unless the URL says).
    package var database: String
    /// TLS.
    package var tls: TLSMode

    /// The accepted URL schemes.
    static let schemes: Set<String> = ["postgres", "postgresql"]

    /// Reads `text`.
    /// - Throws: `PostgresOpenError` (`.invalidURL`) saying what is wrong and what a URL looks
    ///   like; the message never repeats the URL's password.
    package init(_ text: String) throws(PostgresOpenError) {
        let shape = "expected postgres://user:password@host:port/dbname"
        // Nothing of the text is shown when it cannot be read: it may hold a password.
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            throw PostgresOpenError(code: .invalidURL, message: "the database URL cannot be read as a URL (it is not shown: it may hold a password); \(shape)")
        }
        var redacted = components
        if redacted.password != nil { redacted.password = "***" }
        let shown = redacted.string ?? "the database URL"
        guard Self.schemes.contains(scheme) else {
            throw PostgresOpenError(code: .invalidURL, message: "the database URL \(shown) is not a PostgreSQL URL (its scheme is '\(scheme)'); \(shape)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw PostgresOpenError(code: .invalidURL, message: "the database URL \(shown) names no host; \(shape)")
        }
        guard let user = components.user, !user.isEmpty else {
            throw PostgresOpenError(code: .invalidURL, message: "the database URL \(shown) names no user; \(shape)")
        }
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            guard item.name == "sslmode" else {
                throw PostgresOpenError(
                    code: .invalidURL,
                    message: "the database URL \(shown) has an unknown option '\(item.name)'; the one option cliff reads is sslmode=\(TLSMode.allCases.map(\.rawValue).joined(separator: "|"))")
            }
            guard let mode = TLSMode(rawValue: item.value ?? "") else {
                throw PostgresOpenError(
                    code: .invalidURL,
                    message: "the database URL \(shown) has sslmode=\(item.value ?? ""), which cliff does not know; use one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            tls = mode
        }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.contains("/") else {
            throw PostgresOpenError(code: .invalidURL, message: "the database URL \(shown) has a path of several parts; \(shape)")
        }
        self.host = host
        self.port = components.port ?? 5432
        self.user = user
        self.password = components.password
        self.database = path.isEmpty ? user : path
        self.tls = tls
    }

    /// The URL without its password: `postgres://user@host:port/dbname`.
    package var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// The same server and user, another database.
    package func with(database: String) -> PostgresURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// `message` with every occurrence of the password masked: what a driver or server says
    /// is passed through this before it reaches a message, whatever it may quote.
    package func masking(_ message: String) -> String {
        guard let password, !password.isEmpty else { return message }
        var masked = message.replacingOccurrences(of: password, with: "***")
        if let encoded = password.addingPercentEncoding(withAllowedCharacters: .urlPasswordAllowed), encoded != password {
            masked = masked.replacingOccurrences(of: encoded, with: "***")
        }
        return masked
    }
}
