package import Channels
package import Foundation
package import Hummingbird
package import NIOCore
package import Synchronization

/// An OAuth 2.0 authorization server on loopback speaking Google's and TikTok's documented
/// token endpoint: a form-encoded POST of `grant_type=authorization_code` (with the PKCE
/// `code_verifier`, checked against the challenge of the authorization URL — base64url for
/// Google, hex for TikTok) or `grant_type=refresh_token`. Codes work once; refresh tokens can
/// be revoked, after which they are answered `invalid_grant`. Google's refresh answer carries
/// no refresh token; TikTok's carries `open_id` and a refresh token.
package final class OAuthTestServer: Sendable {
    package struct Grant {
        package var challenge: String
        package var clientID: String
        package var redirectURI: String
        package var scope: String
    }

    package struct State {
        package var codes: [String: Grant] = [:]
        package var refreshTokens: [String: String] = [:]  // refresh token → scope
        package var revoked: Set<String> = []
        package var current: Set<String> = []  // access tokens the platform takes
        package var issued = 0
        package var refreshes = 0
        package var exchanges = 0
        package var lifetime = 3600
    }

    package let server: LoopbackServer
    package let clientID: String
    package let clientSecret: String
    private let state = Mutex(State())

    /// The token endpoint's address (`/token`).
    package var tokenURL: URL { server.endpoint.appendingPathComponent("token") }
    /// Successful refresh grants so far.
    package var refreshes: Int { state.withLock { $0.refreshes } }
    /// Successful code exchanges so far.
    package var exchanges: Int { state.withLock { $0.exchanges } }
    /// How long issued access tokens live, in seconds.
    package var lifetime: Int {
        get { state.withLock { $0.lifetime } }
        set { state.withLock { $0.lifetime = newValue } }
    }

    private init(server: LoopbackServer, clientID: String, clientSecret: String) {
        self.server = server
        self.clientID = clientID
        self.clientSecret = clientSecret
    }

    package static func start(clientID: String = "test-client-id", clientSecret: String = "test-client-secret") async throws -> OAuthTestServer {
        let box = StateBox()
        let server = try await LoopbackServer.start { router, _ in
            router.post("/token") { request, context in
                var request = request
                let buffer = try await request.collectBody(upTo: 1 << 20)
                let form = Self.parseForm(String(buffer: buffer))
                return box.server.withLock { $0 }!.answer(form)
            }
        }
        let test = OAuthTestServer(server: server, clientID: clientID, clientSecret: clientSecret)
        box.server.withLock { $0 = test }
        return test
    }

    package func stop() async { await server.stop() }

    /// The channel `kind` with its OAuth endpoints on this server.
    package func channel(_ kind: Channels.Channel.Kind, name: String? = nil) -> Channels.Channel {
        var channel = Channels.Channel(name: name ?? kind.rawValue, kind: kind)
        channel.oauth?.tokenURL = tokenURL
        channel.oauth?.authorizeURL = server.endpoint.appendingPathComponent("authorize")
        return channel
    }

    /// What the consent page does once the user agrees: checks the authorization URL's
    /// client and parameters, keeps its challenge, and returns the code and the state it sends
    /// back to the redirect URI.
    package func consent(to url: URL, kind: Channels.Channel.Kind) throws -> (code: String, state: String) {
        let items = Dictionary(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.map { ($0.name, $0.value ?? "") } ?? [], uniquingKeysWith: { a, _ in a })
        let client = items[kind == .tiktok ? "client_key" : "client_id"]
        guard client == clientID, items["response_type"] == "code", items["code_challenge_method"] == "S256", let challenge = items["code_challenge"],
            let redirect = items["redirect_uri"], let returned = items["state"]
        else { throw ConsentRefused(items: items) }
        let code = "code-" + UUID().uuidString
        state.withLock { $0.codes[code] = Grant(challenge: challenge, clientID: clientID, redirectURI: redirect, scope: items["scope"] ?? "") }
        return (code, returned)
    }

    package struct ConsentRefused: Error { var items: [String: String] }

    /// Whether the platform takes `accessToken` (issued and not expired).
    package func isCurrent(_ accessToken: String) -> Bool { state.withLock { $0.current.contains(accessToken) } }

    /// Expires every access token issued so far (their refresh tokens still work).
    package func expireAccessTokens() { state.withLock { $0.current.removeAll() } }

    /// Revokes every refresh token issued so far (the user removed the app's access).
    package func revokeAll() { state.withLock { $0.revoked.formUnion($0.refreshTokens.keys) } }

    private func answer(_ form: [String: String]) -> Response {
        let tiktok = form["client_key"] != nil
        let client = form["client_key"] ?? form["client_id"]
        guard client == clientID, form["client_secret"] == clientSecret else {
            return error(tiktok, status: .unauthorized, "invalid_client", "The OAuth client was not found.")
        }
        switch form["grant_type"] {
        case "authorization_code":
            let grant: Grant? = state.withLock { $0.codes.removeValue(forKey: form["code"] ?? "") }
            guard let grant, grant.redirectURI == form["redirect_uri"] else {
                return error(tiktok, status: .badRequest, "invalid_grant", "Malformed auth code.")
            }
            let verifier = form["code_verifier"] ?? ""
            guard OAuthClient.codeChallenge(for: verifier, kind: tiktok ? .tiktok : .youtube) == grant.challenge, (43...128).contains(verifier.count) else {
                return tiktok
                    ? error(tiktok, status: .badRequest, "invalid_request", "Code verifier or code challenge is invalid.")
                    : error(tiktok, status: .badRequest, "invalid_grant", "Invalid code verifier.")
            }
            return issue(tiktok: tiktok, scope: grant.scope, refreshToken: nil)
        case "refresh_token":
            let token = form["refresh_token"] ?? ""
            let scope: String? = state.withLock { $0.revoked.contains(token) ? nil : $0.refreshTokens[token] }
            guard let granted = scope else {
                return error(tiktok, status: .badRequest, "invalid_grant", "Token has been expired or revoked.")
            }
            return issue(tiktok: tiktok, scope: granted, refreshToken: token)
        default:
            return error(tiktok, status: .badRequest, "unsupported_grant_type", "Invalid grant_type.")
        }
    }

    private func issue(tiktok: Bool, scope: String, refreshToken: String?) -> Response {
        let (access, refresh, lifetime) = state.withLock { state -> (String, String, Int) in
            state.issued += 1
            if refreshToken != nil { state.refreshes += 1 } else { state.exchanges += 1 }
            let refresh = refreshToken ?? "refresh-\(state.issued)-\(UUID().uuidString)"
            state.refreshTokens[refresh] = scope
            let access = "\(tiktok ? "act" : "ya29").access-\(state.issued)-\(UUID().uuidString)"
            state.current.insert(access)
            return (access, refresh, state.lifetime)
        }
        var object: [String: Any] = ["access_token": access, "expires_in": lifetime, "scope": scope, "token_type": "Bearer"]
        if tiktok {
            object["open_id"] = "open-id-1"
            object["refresh_token"] = refresh
            object["refresh_expires_in"] = 31_536_000
        } else if refreshToken == nil {
            object["refresh_token"] = refresh  // Google sends none when refreshing.
        }
        return Self.json(.ok, object)
    }

    /// TikTok's token endpoint answers errors with 200 and `{"error", "error_description",
    /// "log_id"}`; Google's with 400/401 and `{"error", "error_description"}`.
    private func error(_ tiktok: Bool, status: HTTPResponse.Status, _ code: String, _ description: String) -> Response {
        tiktok
            ? Self.json(.ok, ["error": code, "error_description": description, "log_id": "log-\(UUID().uuidString)"])
            : Self.json(status, ["error": code, "error_description": description])
    }

    package static func json(_ status: HTTPResponse.Status, _ object: [String: Any]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    package static func parseForm(_ text: String) -> [String: String] {
        var form: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0) }
            if let name = parts.first { form[name] = parts.count > 1 ? parts[1] : "" }
        }
        return form
    }
}

/// Lets the routes reach the server object created after them.
private final class StateBox: Sendable {
    package let server = Mutex<OAuthTestServer?>(nil)
}
