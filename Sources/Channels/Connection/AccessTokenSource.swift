/// Where a platform adapter gets the bearer token it sends: the OAuth token file of its
/// channel, refreshed when it expires.
public protocol AccessTokenSource: Sendable {
    /// A token that has not expired, as far as is known.
    /// - Throws: `ChannelsError` `notAuthorized` (never authorised) or `reauthorize` (revoked).
    func accessToken() async throws(ChannelsError) -> String

    /// A new token after the platform refused `rejected` (401): refreshed once, however many
    /// requests were refused with the same token at the same time.
    /// - Throws: `ChannelsError` `reauthorize` when the platform refuses the refresh token.
    func refresh(rejected: String) async throws(ChannelsError) -> String
}
