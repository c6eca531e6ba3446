public import Foundation

#if canImport(Glibc)
import Glibc

private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin

private let systemWrite = Darwin.write
#endif

/// A channel's OAuth tokens as the platform granted them.
///
/// Its `description`, `debugDescription` and mirror never show the tokens themselves, so a
/// token cannot reach a log line or a message by interpolation or `dump`.
public struct OAuthToken: Sendable, Hashable, Codable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The bearer token sent with each API call.
    public var accessToken: String
    /// The token that buys a new access token; nil when the platform gave none.
    public var refreshToken: String?
    /// When the access token stops working.
    public var expiresAt: Date
    /// The scopes granted, as the platform wrote them (space- or comma-separated).
    public var scope: String?
    /// The token type (`Bearer`).
    public var tokenType: String
    /// TikTok's id of the user who authorised (`open_id`); nil elsewhere.
    public var openID: String?

    /// Creates a token.
    public init(accessToken: String, refreshToken: String?, expiresAt: Date, scope: String?, tokenType: String = "Bearer", openID: String? = nil) {
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.expiresAt = expiresAt
        self.scope = scope
        self.tokenType = tokenType
        self.openID = openID
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case refreshToken = "refresh_token"
        case expiresAt = "expires_at"
        case scope
        case tokenType = "token_type"
        case openID = "open_id"
    }

    /// Whether the access token expires within `margin` seconds of `now` (or already has).
    public func expires(within margin: TimeInterval, now: Date = Date()) -> Bool {
        expiresAt.timeIntervalSince(now) < margin
    }

    /// `OAuthToken(access_token: [redacted], expires_at: …, scope: …)`: never the tokens.
    public var description: String {
        let expiry = ISO8601DateFormatter().string(from: expiresAt)
        return "OAuthToken(access_token: [redacted], refresh_token: \(refreshToken == nil ? "none" : "[redacted]"), expires_at: \(expiry), scope: \(scope ?? "-"))"
    }

    /// The same as `description`.
    public var debugDescription: String { description }

    /// A mirror without the tokens, for `dump` and debuggers.
    public var customMirror: Mirror {
        Mirror(self, children: ["expiresAt": expiresAt, "scope": scope as Any, "tokenType": tokenType], displayStyle: .struct)
    }
}

/// The file holding a channel's tokens (`.cliff/tokens/<channel>.json` by default):
///
/// ```json
/// {"access_token": "…", "refresh_token": "…", "expires_at": "2026-12-06T14:00:00Z",
///  "scope": "video.publish,video.list", "token_type": "Bearer", "open_id": "…"}
/// ```
///
/// Written atomically — a temporary file created with mode 0600 in the same folder (which is
/// created with mode 0700), then renamed over the old one — so a reader never sees half a file
/// and the tokens are never readable by anyone but the owner. A file that group or others may
/// read is refused rather than used.
public struct TokenFile: Sendable, CustomStringConvertible {
    /// Where the file is.
    public let url: URL

    /// The file at `url`.
    public init(url: URL) { self.url = url }

    /// The token file `channel`'s OAuth settings name, relative to `projectRoot`.
    public init(channel: Channel, projectRoot: URL) {
        let relative = channel.oauth?.tokenFile ?? ".cliff/tokens/\(channel.name).json"
        self.url = relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : projectRoot.appendingPathComponent(relative)
    }

    /// `token file /path/to/file.json`.
    public var description: String { "token file \(url.path)" }

    /// Whether the file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: url.path) }

    /// The tokens in the file; nil when there is no file.
    /// - Throws: `ChannelsError` `notAuthorized` when group or others may read the file (with the
    ///   `chmod 600` that fixes it) or it cannot be read; `malformedResponse` when it is not a
    ///   token file.
    public func read() throws(ChannelsError) -> OAuthToken? {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw ChannelsError(code: .notAuthorized, message: "cannot read the \(description): \(String(cString: strerror(errno)))")
        }
        if info.st_mode & 0o077 != 0 {
            throw ChannelsError(
                code: .notAuthorized,
                message: "the \(description) is readable by other users (mode \(String(info.st_mode & 0o777, radix: 8))); it holds the channel's credentials: run `chmod 600 \(url.path)` (and consider revoking the tokens if others could have read them)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ChannelsError(code: .notAuthorized, message: "cannot read the \(description) (\(Self.reason(error)))")
        }
        do {
            return try Self.decoder.decode(OAuthToken.self, from: data)
        } catch {
            throw ChannelsError(
                code: .malformedResponse,
                message: "the \(description) is not a token file (it needs access_token, expires_at and token_type); authorise the channel again to rewrite it")
        }
    }

    /// Writes `token` atomically with mode 0600, creating the folder with mode 0700.
    /// - Throws: `ChannelsError` `notAuthorized` when the file cannot be written.
    public func write(_ token: OAuthToken) throws(ChannelsError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ChannelsError(code: .notAuthorized, message: "cannot create the folder \(folder.path) for the \(description) (\(Self.reason(error)))")
        }
        let data: Data
        do {
            data = try Self.encoder.encode(token)
        } catch {
            throw ChannelsError(code: .notAuthorized, message: "cannot encode the tokens for the \(description)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw ChannelsError(code: .notAuthorized, message: "cannot create a temporary file in \(folder.path) for the \(description): \(String(cString: strerror(errno)))")
        }
        var failure: String?
        if fchmod(descriptor, 0o600) != 0 { failure = String(cString: strerror(errno)) }
        data.withUnsafeBytes { buffer in
            var offset = 0
            while failure == nil, offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                } else {
                    offset += written
                }
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary.path, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw ChannelsError(code: .notAuthorized, message: "cannot write the \(description): \(failure)")
        }
    }

    /// Removes the file (nothing happens when there is none).
    public func remove() {
        unlink(url.path)
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
