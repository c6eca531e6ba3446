import Studio
import Hummingbird
import Logging
import NIOCore

/// The request context of the studio's routes: who is asking (after authentication) and
/// from where (for rate limits).
struct StudioContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The client's IP address.
    let client: String
    /// The logged-in user, set by `AuthenticationMiddleware`.
    var user: StudioUser?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        client = source.channel.remoteAddress?.ipAddress ?? "unknown"
        user = nil
    }

    /// Bodies are read by each route with its own limit; this is the ceiling.
    var maxUploadSize: Int { 2 * 1024 * 1024 }

    /// The user, or 401.
    func requireUser() throws(StudioError) -> StudioUser {
        guard let user else { throw StudioError(code: .unauthenticated, message: "log in first: POST /api/v1/login with {\"name\", \"password\"}") }
        return user
    }

    /// The user, who must have at least `role`; or 401, or 403 saying what is needed.
    func requireRole(_ role: Role, to action: String) throws(StudioError) -> StudioUser {
        let user = try requireUser()
        guard user.role >= role else {
            throw StudioError(code: .forbidden, message: "\(user.name) is a \(user.role.rawValue); \(action) needs the \(role.rawValue) role")
        }
        return user
    }
}
