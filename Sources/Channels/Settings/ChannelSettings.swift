public import Foundation

/// Where a project's episodes go besides the built-in channel, read from `channels:` in
/// `cliff.yaml`:
///
/// ```yaml
/// channels:
///   youtube:
///     kind: youtube
///     title: "{series_title} · Ep {episode}: {title} #Shorts"
///     description: "{logline}\n\n{hashtags}"
///     hashtags: [microdrama, shorts]
///     privacy: private
///     offset_minutes: 30
///     client_id_env: YOUTUBE_CLIENT_ID
///     client_secret_env: YOUTUBE_CLIENT_SECRET
///   tiktok:
///     kind: tiktok
///     privacy: SELF_ONLY
///     client_id_env: TIKTOK_CLIENT_KEY
///     client_secret_env: TIKTOK_CLIENT_SECRET
///   douyin:
///     kind: package
///     platform: Douyin
/// ```
///
/// The built-in channel is always there (the release calendar's own); every other channel
/// publishes an episode `offset_minutes` after the calendar releases it there.
public struct ChannelSettings: Sendable, Hashable {
    /// The configured channels, in the file's order (the built-in channel is not listed).
    public var channels: [Channel]

    /// No external channels.
    public init(channels: [Channel] = []) { self.channels = channels }

    /// The channel named `name`.
    public func channel(_ name: String) -> Channel? { channels.first { $0.name == name } }
}

/// One external channel: a platform account (YouTube, TikTok) or a delivery package folder.
public struct Channel: Sendable, Hashable {
    /// How episodes reach the platform.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// YouTube Data API v3: resumable `videos.insert`, `captions.insert`, YouTube Analytics.
        case youtube
        /// TikTok Content Posting API: Direct Post with chunked file upload.
        case tiktok
        /// A folder per episode for platforms without an open upload API (Douyin, Kuaishou,
        /// the drama apps): master, cover, subtitles, and a metadata sheet for their forms.
        case package

        /// How the kind is named in messages.
        public var displayName: String {
            switch self {
            case .youtube: "YouTube"
            case .tiktok: "TikTok"
            case .package: "delivery package"
            }
        }

        /// Whether the platform is reached over an API with OAuth credentials.
        public var usesOAuth: Bool { self != .package }
    }

    /// The channel's name: its key under `channels:` (`youtube`, `tiktok-cn`), used in
    /// commands, the studio and the audience store.
    public var name: String
    /// How episodes reach the platform.
    public var kind: Kind
    /// The title template: `{series_title}`, `{series}`, `{episode}`, `{title}`, `{logline}`,
    /// `{hashtags}`, `{language}`.
    public var title: String
    /// The description (YouTube), caption (TikTok) or synopsis (package) template; same
    /// placeholders as `title`.
    public var description: String
    /// Hashtags without `#`, added where the template says `{hashtags}`.
    public var hashtags: [String]
    /// The platform's privacy setting: YouTube `private`, `unlisted` or `public`; TikTok
    /// `SELF_ONLY`, `MUTUAL_FOLLOW_FRIENDS`, `FOLLOWER_OF_CREATOR` or `PUBLIC_TO_EVERYONE`;
    /// nil for a package.
    public var privacy: String?
    /// How long after the built-in channel's release the episode goes out here, in seconds.
    public var offsetSeconds: Int
    /// The subtitle languages sent along (caption tracks, package files); nil: every language
    /// the episode has.
    public var subtitleLanguages: [String]?
    /// The platform's API root (`https://www.googleapis.com`, `https://open.tiktokapis.com`);
    /// nil for a package.
    public var endpoint: URL?
    /// YouTube Analytics' root (`https://youtubeanalytics.googleapis.com`); nil elsewhere.
    public var analyticsEndpoint: URL?
    /// OAuth 2.0 settings; nil for a package.
    public var oauth: OAuthSettings?
    /// Quota units the platform grants per day (YouTube: 10,000, where a caption track costs
    /// 400; uploads themselves have a daily limit of their own that the platform enforces, its
    /// `uploadLimitExceeded` waiting for the next quota day); nil: not counted here.
    public var dailyQuota: Int?
    /// Bytes per upload request (YouTube: a multiple of 256 KiB; TikTok: 5–64 MB).
    public var chunkBytes: Int
    /// How often the platform's statistics are fetched, in seconds.
    public var statisticsEverySeconds: Int
    /// The platform name a package's metadata sheet is for (`Douyin`, `Kuaishou`, `ReelShort`).
    public var platform: String?
    /// Where a package channel writes its folders, relative to the project (default
    /// `out/delivery/<name>`).
    public var folder: String?

    /// A channel with the defaults of its kind.
    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
        self.title = kind == .youtube ? "{series_title} · Ep {episode}: {title} #Shorts" : "{series_title} · Ep {episode}: {title}"
        self.description = "{logline}\n\nAI-generated drama.\n{hashtags}"
        self.hashtags = []
        self.privacy = switch kind {
        case .youtube: "private"
        case .tiktok: "SELF_ONLY"
        case .package: nil
        }
        self.offsetSeconds = 0
        self.subtitleLanguages = nil
        self.endpoint = switch kind {
        case .youtube: URL(string: "https://www.googleapis.com")
        case .tiktok: URL(string: "https://open.tiktokapis.com")
        case .package: nil
        }
        self.analyticsEndpoint = kind == .youtube ? URL(string: "https://youtubeanalytics.googleapis.com") : nil
        self.oauth = kind.usesOAuth ? OAuthSettings.defaults(for: kind, channel: name) : nil
        self.dailyQuota = kind == .youtube ? 10_000 : nil
        self.chunkBytes = kind == .tiktok ? 10 << 20 : 8 << 20
        self.statisticsEverySeconds = 6 * 3600
        self.platform = kind == .package ? name : nil
        self.folder = nil
    }

    /// The privacy values the platform accepts.
    public static func privacyOptions(_ kind: Kind) -> [String] {
        switch kind {
        case .youtube: ["private", "unlisted", "public"]
        case .tiktok: ["SELF_ONLY", "MUTUAL_FOLLOW_FRIENDS", "FOLLOWER_OF_CREATOR", "PUBLIC_TO_EVERYONE"]
        case .package: []
        }
    }
}

/// How a channel authorises: OAuth 2.0 authorization code with PKCE, refresh tokens kept in a
/// file only its owner can read.
public struct OAuthSettings: Sendable, Hashable {
    /// The page the user opens to authorise.
    public var authorizeURL: URL
    /// Where codes and refresh tokens are exchanged for access tokens.
    public var tokenURL: URL
    /// Where a token is revoked (`cliff channels revoke`), when the platform has one.
    public var revokeURL: URL?
    /// The scopes asked for.
    public var scopes: [String]
    /// The environment variable holding the client id (TikTok calls it the client key).
    public var clientIDEnvironment: String
    /// The environment variable holding the client secret.
    public var clientSecretEnvironment: String
    /// Where the user's browser is sent after consent; the code is read from it.
    public var redirectURI: String
    /// The token file, relative to the project (default `.cliff/tokens/<channel>.json`).
    public var tokenFile: String

    /// Creates settings.
    public init(
        authorizeURL: URL, tokenURL: URL, revokeURL: URL?, scopes: [String], clientIDEnvironment: String, clientSecretEnvironment: String,
        redirectURI: String, tokenFile: String
    ) {
        self.authorizeURL = authorizeURL
        self.tokenURL = tokenURL
        self.revokeURL = revokeURL
        self.scopes = scopes
        self.clientIDEnvironment = clientIDEnvironment
        self.clientSecretEnvironment = clientSecretEnvironment
        self.redirectURI = redirectURI
        self.tokenFile = tokenFile
    }

    /// The platform's published endpoints and the scopes publishing and statistics need.
    public static func defaults(for kind: Channel.Kind, channel: String) -> OAuthSettings? {
        let tokenFile = ".cliff/tokens/\(channel).json"
        switch kind {
        case .youtube:
            return OAuthSettings(
                authorizeURL: URL(string: "https://accounts.google.com/o/oauth2/v2/auth")!,
                tokenURL: URL(string: "https://oauth2.googleapis.com/token")!,
                revokeURL: URL(string: "https://oauth2.googleapis.com/revoke"),
                scopes: [
                    "https://www.googleapis.com/auth/youtube.upload", "https://www.googleapis.com/auth/youtube.force-ssl",
                    "https://www.googleapis.com/auth/yt-analytics.readonly",
                ],
                clientIDEnvironment: "YOUTUBE_CLIENT_ID", clientSecretEnvironment: "YOUTUBE_CLIENT_SECRET",
                redirectURI: "http://127.0.0.1:8765/oauth/callback", tokenFile: tokenFile)
        case .tiktok:
            return OAuthSettings(
                authorizeURL: URL(string: "https://www.tiktok.com/v2/auth/authorize/")!,
                tokenURL: URL(string: "https://open.tiktokapis.com/v2/oauth/token/")!,
                revokeURL: URL(string: "https://open.tiktokapis.com/v2/oauth/revoke/"),
                scopes: ["user.info.basic", "video.publish", "video.list"],
                clientIDEnvironment: "TIKTOK_CLIENT_KEY", clientSecretEnvironment: "TIKTOK_CLIENT_SECRET",
                redirectURI: "http://127.0.0.1:8765/oauth/callback", tokenFile: tokenFile)
        case .package:
            return nil
        }
    }
}
