public import AsyncHTTPClient
public import Foundation
public import Logging

/// How a channel's episodes go out: over a platform's API, or as delivery packages.
public enum ChannelTarget: Sendable {
    /// Uploaded over the platform's API.
    case api(any ChannelPlatform)
    /// Written as a delivery package folder (`DeliveryPackage`).
    case package
}

/// Makes the adapter of a configured channel.
public enum ChannelPlatforms {
    /// The target of `channel` of the project at `projectRoot`: its platform adapter with the
    /// channel's OAuth tokens (read from its token file, refreshed as needed), or `.package`.
    /// - Throws: `ChannelsError` `invalidSettings` when an API channel has no endpoint.
    public static func make(
        _ channel: Channel, projectRoot: URL, http: HTTPClient, logger: Logger, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ChannelsError) -> ChannelTarget {
        switch channel.kind {
        case .package:
            return .package
        case .youtube, .tiktok:
            guard channel.endpoint != nil else {
                throw ChannelsError(code: .invalidSettings, message: "channel '\(channel.name)' has no endpoint; set channels.\(channel.name).endpoint in cliff.yaml")
            }
            let tokens = OAuthTokens(client: OAuthClient(channel: channel, projectRoot: projectRoot, http: http, environment: environment, logger: logger))
            let connection = PlatformConnection(channel: channel, http: http, tokens: tokens, logger: logger)
            return .api(channel.kind == .youtube ? YouTubePlatform(connection: connection) : TikTokPlatform(connection: connection))
        }
    }
}
