public import Foundation

/// A channel's bearer tokens, kept in its token file and refreshed when they expire.
///
/// `accessToken()` returns the file's access token unless it expires within `margin` (60 s),
/// in which case it refreshes first. `refresh(rejected:)` refreshes only while the current
/// token is still the one the platform rejected, so any number of concurrent 401s — and any
/// number of callers finding the token about to expire — share one refresh. The new tokens
/// are written to the file (atomically, mode 0600) before any caller gets them.
public actor OAuthTokens: AccessTokenSource {
    /// The OAuth client that refreshes.
    public let client: OAuthClient
    /// The token file.
    public let file: TokenFile
    /// How long before its expiry a token is refreshed rather than sent.
    public let margin: TimeInterval

    private var current: OAuthToken?
    private var inFlight: Task<Result<OAuthToken, ChannelsError>, Never>?

    /// Tokens for `client`'s channel, in its token file.
    public init(client: OAuthClient, margin: TimeInterval = 60) {
        self.client = client
        self.file = client.tokenFile
        self.margin = margin
    }

    /// The access token, refreshed first when it expires within `margin`.
    /// - Throws: `ChannelsError` `notAuthorized` when there is no token file, `reauthorize`
    ///   when the refresh token was refused.
    public func accessToken() async throws(ChannelsError) -> String {
        if let inFlight { return try await join(inFlight).accessToken }
        let token = try load()
        guard token.expires(within: margin) else { return token.accessToken }
        return try await refreshed(from: token).accessToken
    }

    /// A new access token after the platform refused `rejected`; the current one when another
    /// caller (or another process, through the file) already replaced `rejected`.
    /// - Throws: `ChannelsError` `reauthorize` when the refresh token was refused.
    public func refresh(rejected: String) async throws(ChannelsError) -> String {
        if let inFlight { return try await join(inFlight).accessToken }
        var token = try load()
        if token.accessToken == rejected, let onDisk = try file.read(), onDisk.accessToken != rejected {
            current = onDisk
            token = onDisk
        }
        guard token.accessToken == rejected else { return token.accessToken }
        return try await refreshed(from: token).accessToken
    }

    /// The tokens as last read or refreshed (nil before the first call).
    public var cached: OAuthToken? { current }

    private func load() throws(ChannelsError) -> OAuthToken {
        if let current { return current }
        guard let token = try file.read() else {
            throw ChannelsError(
                code: .notAuthorized,
                message: "\(client.name) is not authorised yet (no \(file.description)); run `\(client.authorizeCommand)`")
        }
        current = token
        return token
    }

    private func refreshed(from token: OAuthToken) async throws(ChannelsError) -> OAuthToken {
        if let inFlight { return try await join(inFlight) }
        let client = self.client
        let file = self.file
        let task = Task<Result<OAuthToken, ChannelsError>, Never> {
            do throws(ChannelsError) {
                let renewed = try await client.refresh(token)
                try file.write(renewed)
                return .success(renewed)
            } catch {
                return .failure(error)
            }
        }
        inFlight = task
        let result = await task.value
        inFlight = nil
        if case .success(let renewed) = result { current = renewed }
        return try result.get()
    }

    private func join(_ task: Task<Result<OAuthToken, ChannelsError>, Never>) async throws(ChannelsError) -> OAuthToken {
        try await task.value.get()
    }
}
