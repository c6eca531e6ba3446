import Foundation
import HTTPTypes
import Hummingbird
import Studio

/// What keeps other sites from acting through a logged-in browser, or framing the studio:
///
/// - **Cross-site requests are refused.** A request that changes state (anything but GET,
///   HEAD and OPTIONS) and carries the session cookie must come from the studio's own pages:
///   a browser's `Sec-Fetch-Site` must say `same-origin` (or `none`, typed by the user), and
///   an `Origin` must name this host. Browsers send these on every cross-site POST, whatever
///   its content type, so a form or `fetch` on another site gets 403. Clients without a
///   cookie (HTTP Basic, the event ingest, scripts) are not affected.
/// - **Every response forbids framing and sniffing** (`frame-ancestors 'none'`,
///   `X-Frame-Options: DENY`, `X-Content-Type-Options: nosniff`), and pages get a content
///   security policy that allows only the studio's own resources.
struct BrowserSafetyMiddleware: RouterMiddleware {
    typealias Context = StudioContext

    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let origin = HTTPField.Name("Origin")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let contentSecurityPolicy = HTTPField.Name("Content-Security-Policy")!
    /// The policy of every response: the studio's own scripts, styles, media and API only.
    static let policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    /// The headers half: the outermost middleware, so error answers get them too.
    struct Headers: RouterMiddleware {
        typealias Context = StudioContext

        func handle(_ request: Request, context: StudioContext, next: (Request, StudioContext) async throws -> Response) async throws -> Response {
            var response = try await next(request, context)
            response.headers[frameOptions] = "DENY"
            response.headers[contentTypeOptions] = "nosniff"
            response.headers[referrerPolicy] = "same-origin"
            if let own = response.headers[contentSecurityPolicy] {
                if !own.contains("frame-ancestors") { response.headers[contentSecurityPolicy] = own + "; frame-ancestors 'none'" }
            } else {
                response.headers[contentSecurityPolicy] = policy
            }
            return response
        }
    }

    /// The cross-site half: inside the error middleware, so a refusal is a JSON 403.
    func handle(_ request: Request, context: StudioContext, next: (Request, StudioContext) async throws -> Response) async throws -> Response {
        if ![.get, .head, .options].contains(request.method), request.cookies[AuthenticationMiddleware.cookie] != nil,
           let refusal = Self.crossSite(request) {
            throw StudioError(code: .forbidden, message: "\(refusal); the studio accepts changes only from its own pages. Reload the studio and try again")
        }
        return try await next(request, context)
    }

    /// Why `request` looks cross-site, or nil when it comes from this host (or says nothing).
    static func crossSite(_ request: Request) -> String? {
        if let site = request.headers[secFetchSite]?.lowercased(), site != "same-origin", site != "none" {
            return "a \(site) request was refused"
        }
        guard let origin = request.headers[origin] else { return nil }
        let host = request.head.authority ?? ""
        guard let url = URL(string: origin), let originHost = url.host else { return "a request from origin '\(origin.prefix(80))' was refused" }
        // The Host header names the port unless it is the scheme's default; compare it when given.
        let (hostName, hostPort) = host.lastIndex(of: ":").map { (String(host[..<$0]), Int(host[host.index(after: $0)...])) } ?? (host, nil)
        let sameHost = originHost.lowercased() == hostName.lowercased() && (hostPort == nil || url.port == nil || hostPort == url.port)
        return sameHost ? nil : "a request from \(origin.prefix(80)) was refused"
    }
}
