/// Why a PostgreSQL database could not be opened, migrated or used. Each store turns it into
/// its own module's error (`ProductionError`), keeping the message.
///
/// Messages name the server as `postgres://user@host:port/dbname`: never with the password.
package struct PostgresOpenError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    package enum Code: Hashable, Sendable {
        /// The URL is not a PostgreSQL URL cliff can use.
        case invalidURL
        /// No server answered at the URL's host and port.
        case unreachable
        /// The server refused the user or the password.
        case authenticationFailed
        /// The URL's database does not exist on the server.
        case missingDatabase
        /// The database holds migrations of the store's namespace this build does not know.
        case newerVersion
        /// A migration failed; it was rolled back.
        case migrationFailed
        /// A statement failed, or the connection broke.
        case queryFailed
    }

    /// What went wrong.
    package var code: Code
    /// For people: what, where, how to fix; one line, no password.
    package var message: String

    /// Creates an error.
    package init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { message }
}
