public import AsyncHTTPClient
import Crypto
import NIOHTTP1
public import Foundation
public import Logging

/// OAuth 2.0 for one channel: the authorization code flow with PKCE (RFC 7636), the code
/// exchange and the refresh, in the shapes Google and TikTok document.
///
/// - Google (`kind: youtube`): `client_id`, scopes space-separated, `access_type=offline` and
///   `prompt=consent` (so a refresh token is granted every time), S256 challenge in base64url
///   without padding; a refresh answer carries no new refresh token and the old one stays.
/// - TikTok (`kind: tiktok`): `client_key`, scopes comma-separated; Login Kit for Desktop
///   takes the S256 challenge as the *hex* SHA-256 of the verifier (its documentation's own
///   example), not base64url; the answer carries `open_id` and a (possibly new) refresh token.
///
/// The client id and secret come from the environment variables `cliff.yaml` names
/// (`client_id_env`, `client_secret_env`), never from the file itself. No message this client
/// makes contains a token, a code, a verifier or the secret.
public struct OAuthClient: Sendable {
    /// The channel.
    public let channel: Channel
    /// The project folder the token file is relative to.
    public let projectRoot: URL
    /// Where the client id and secret are read from.
    public let environment: [String: String]
    /// The HTTP client (shared; its owner shuts it down).
    public let http: HTTPClient
    /// The logger (never given a token).
    public let logger: Logger

    /// A client for `channel`'s OAuth settings; `environment` defaults to the process's.
    public init(
        channel: Channel, projectRoot: URL, http: HTTPClient, environment: [String: String] = ProcessInfo.processInfo.environment,
        logger: Logger = Logger(label: "cliff.channels.oauth")
    ) {
        self.channel = channel
        self.projectRoot = projectRoot
        self.environment = environment
        self.http = http
        self.logger = logger
    }

    /// The channel's token file.
    public var tokenFile: TokenFile { TokenFile(channel: channel, projectRoot: projectRoot) }

    /// `channel 'tiktok' (TikTok)`, for messages.
    public var name: String { "channel '\(channel.name)' (\(channel.kind.displayName))" }

    /// The command that authorises the channel.
    public var authorizeCommand: String { "cliff channels authorize \(channel.name)" }

    // MARK: PKCE

    /// The characters a PKCE verifier is made of (RFC 7636's unreserved set).
    public static let verifierCharacters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// A random PKCE code verifier of `length` (43–128) characters from the unreserved set.
    public static func makeVerifier(length: Int = 64) -> String {
        let count = min(max(length, 43), 128)
        var generator = SystemRandomNumberGenerator()
        return String((0..<count).map { _ in verifierCharacters.randomElement(using: &generator)! })
    }

    /// A random `state` value for the authorization request.
    public static func makeState() -> String { makeVerifier(length: 43) }

    /// The S256 code challenge for `verifier` in the platform's encoding: base64url without
    /// padding (RFC 7636, Google), hex (TikTok's Login Kit for Desktop).
    public func codeChallenge(for verifier: String) -> String {
        Self.codeChallenge(for: verifier, kind: channel.kind)
    }

    /// The S256 code challenge for `verifier` as `kind`'s platform wants it.
    public static func codeChallenge(for verifier: String, kind: Channel.Kind) -> String {
        let digest = SHA256.hash(data: Data(verifier.utf8))
        if kind == .tiktok { return digest.map { String(format: "%02x", $0) }.joined() }
        return Data(digest).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    // MARK: The flow

    /// The page the user opens to grant access, with `state` and the challenge for `verifier`.
    /// - Throws: `ChannelsError` `notAuthorized` when the client id variable is not set,
    ///   `invalidSettings` when the channel has no OAuth settings.
    public func authorizationURL(state: String, verifier: String) throws(ChannelsError) -> URL {
        let settings = try oauth()
        let clientID = try credential(\.clientIDEnvironment, what: channel.kind == .tiktok ? "client key" : "client id", key: "client_id_env")
        var items: [(String, String)]
        if channel.kind == .tiktok {
            items = [
                ("client_key", clientID), ("scope", settings.scopes.joined(separator: ",")), ("response_type", "code"),
                ("redirect_uri", settings.redirectURI), ("state", state), ("code_challenge", codeChallenge(for: verifier)),
                ("code_challenge_method", "S256"),
            ]
        } else {
            items = [
                ("client_id", clientID), ("redirect_uri", settings.redirectURI), ("response_type", "code"),
                ("scope", settings.scopes.joined(separator: " ")), ("access_type", "offline"), ("prompt", "consent"),
                ("code_challenge", codeChallenge(for: verifier)), ("code_challenge_method", "S256"), ("state", state),
            ]
        }
        var components = URLComponents(url: settings.authorizeURL, resolvingAgainstBaseURL: false)!
        let existing = components.percentEncodedQuery.map { $0.isEmpty ? [] : [$0] } ?? []
        components.percentEncodedQuery = (existing + items.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }).joined(separator: "&")
        return components.url!
    }

    /// Exchanges the authorization `code` (with the PKCE `verifier` its URL was made with)
    /// for tokens. The caller writes them to `tokenFile`.
    /// - Throws: `ChannelsError`: `notAuthorized` (client id/secret not set, or refused by the
    ///   platform), `rejected` (the code was refused: used, expired, or the verifier does not
    ///   match), `malformedResponse`, or a transport error.
    public func exchange(code: String, verifier: String) async throws(ChannelsError) -> OAuthToken {
        let settings = try oauth()
        var form = try clientFields()
        form += [("code", code), ("grant_type", "authorization_code"), ("redirect_uri", settings.redirectURI), ("code_verifier", verifier)]
        let answer = try await post(form, purpose: "the authorization code exchange") { error, description in
            if error == "invalid_client" || error == "unauthorized_client" { return clientRefused(description) }
            return ChannelsError(
                code: .rejected,
                message: "\(name): the platform refused the authorization code (\(error)\(description.map { ": \($0)" } ?? "")); codes work once and expire within minutes: run `\(authorizeCommand)` again")
        }
        return try token(from: answer, keeping: nil)
    }

    /// A new access token for `token`'s refresh token. Google's answer carries no refresh
    /// token: the old one is kept.
    /// - Throws: `ChannelsError` `reauthorize` when the platform refuses the refresh token
    ///   (`invalid_grant`: revoked, expired) or there is none; `notAuthorized` when the client
    ///   id/secret are not set.
    public func refresh(_ token: OAuthToken) async throws(ChannelsError) -> OAuthToken {
        guard let refreshToken = token.refreshToken, !refreshToken.isEmpty else {
            throw ChannelsError(code: .reauthorize, message: "\(name): the token file has no refresh token; run `\(authorizeCommand)` to authorise again")
        }
        var form = try clientFields()
        form += [("grant_type", "refresh_token"), ("refresh_token", refreshToken)]
        let answer = try await post(form, purpose: "the token refresh") { error, description in
            if error == "invalid_client" || error == "unauthorized_client" { return clientRefused(description) }
            if error == "invalid_grant" || error == "invalid_request" && (description ?? "").lowercased().contains("refresh") {
                return ChannelsError(
                    code: .reauthorize,
                    message: "\(name): the platform refused the refresh token (\(error)\(description.map { ": \($0)" } ?? "")) — it was revoked or has expired; run `\(authorizeCommand)` to authorise again")
            }
            return nil
        }
        var renewed = try self.token(from: answer, keeping: refreshToken)
        if renewed.scope == nil { renewed.scope = token.scope }
        if renewed.openID == nil { renewed.openID = token.openID }
        return renewed
    }

    // MARK: Details

    private func oauth() throws(ChannelsError) -> OAuthSettings {
        guard let settings = channel.oauth else {
            throw ChannelsError(code: .invalidSettings, message: "\(name) has no OAuth settings (a \(channel.kind.displayName) channel is not authorised)")
        }
        return settings
    }

    private func credential(_ key: KeyPath<OAuthSettings, String>, what: String, key yamlKey: String) throws(ChannelsError) -> String {
        let variable = try oauth()[keyPath: key]
        guard let value = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            throw ChannelsError(
                code: .notAuthorized,
                message: "\(name): the OAuth \(what) is not set: set the environment variable \(variable) (named by `channels.\(channel.name).\(yamlKey)` in cliff.yaml) to the \(what) of your \(channel.kind.displayName) app")
        }
        return value
    }

    private func clientFields() throws(ChannelsError) -> [(String, String)] {
        let id = try credential(\.clientIDEnvironment, what: channel.kind == .tiktok ? "client key" : "client id", key: "client_id_env")
        let secret = try credential(\.clientSecretEnvironment, what: "client secret", key: "client_secret_env")
        return [(channel.kind == .tiktok ? "client_key" : "client_id", id), ("client_secret", secret)]
    }

    private func clientRefused(_ description: String?) -> ChannelsError {
        let settings = channel.oauth
        return ChannelsError(
            code: .notAuthorized,
            message: "\(name): the platform refused the app's client credentials\(description.map { " (\($0))" } ?? ""); check \(settings?.clientIDEnvironment ?? "the client id variable") and \(settings?.clientSecretEnvironment ?? "the client secret variable") (`channels.\(channel.name).client_id_env` / `client_secret_env` in cliff.yaml)")
    }

    /// POSTs `form` to the token URL and returns the JSON answer; an OAuth error
    /// (`{"error": "…", "error_description": "…"}`, whatever the status — TikTok may answer
    /// 200) goes to `oauthError`, and to the generic handling when that returns nil.
    private func post(
        _ form: [(String, String)], purpose: String, oauthError: @Sendable (String, String?) -> ChannelsError?
    ) async throws(ChannelsError) -> [String: Any] {
        let settings = try oauth()
        let body = Data(form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&").utf8)
        let request = PlatformRequest(
            .POST, settings.tokenURL, headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Accept", "application/json")], body: body,
            purpose: purpose, authorized: false)
        let connection = PlatformConnection(channel: channel, http: http, tokens: nil, logger: logger)
        let response = try await connection.send(request, interpret: { response in
            guard let error = response.json["error"] as? String else { return nil }
            return oauthError(error, response.json["error_description"] as? String)
        })
        let object = response.json
        if let error = object["error"] as? String, !error.isEmpty {
            if let specific = oauthError(error, object["error_description"] as? String) { throw specific }
            throw ChannelsError(
                code: .rejected, message: "\(name): the platform refused \(purpose) (\(error)\((object["error_description"] as? String).map { ": \($0)" } ?? ""))")
        }
        return object
    }

    private func token(from object: [String: Any], keeping oldRefreshToken: String?) throws(ChannelsError) -> OAuthToken {
        guard let access = object["access_token"] as? String, !access.isEmpty else {
            throw ChannelsError(code: .malformedResponse, message: "\(name): the token endpoint's answer has no access_token")
        }
        let seconds = (object["expires_in"] as? NSNumber)?.doubleValue ?? (object["expires_in"] as? String).flatMap(Double.init) ?? 3600
        let refresh = (object["refresh_token"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? oldRefreshToken
        return OAuthToken(
            accessToken: access, refreshToken: refresh, expiresAt: Date().addingTimeInterval(seconds), scope: object["scope"] as? String,
            tokenType: (object["token_type"] as? String) ?? "Bearer", openID: object["open_id"] as? String)
    }

    /// `value` percent-encoded for a query or form: everything but RFC 3986's unreserved set.
    static func encode(_ value: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
