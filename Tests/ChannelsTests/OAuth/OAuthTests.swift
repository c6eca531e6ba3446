import AsyncHTTPClient
import Basics
import Channels
import Foundation
import Logging
import TestSupport
import Testing

/// OAuth for channels: the authorization URL each platform documents, the code exchange with
/// PKCE, the token file only its owner reads, one refresh for many callers, and a revoked
/// grant that stops the channel with the command that fixes it.
struct OAuthTests {
    static let environment = ["YOUTUBE_CLIENT_ID": "test-client-id", "YOUTUBE_CLIENT_SECRET": "test-client-secret", "TIKTOK_CLIENT_KEY": "test-client-id", "TIKTOK_CLIENT_SECRET": "test-client-secret"]

    func client(_ channel: Channel, root: URL, environment: [String: String] = Self.environment) -> OAuthClient {
        OAuthClient(channel: channel, projectRoot: root, http: HTTPClient.shared, environment: environment)
    }

    func query(_ url: URL) -> [String: String] {
        Dictionary(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.map { ($0.name, $0.value ?? "") } ?? [], uniquingKeysWith: { a, _ in a })
    }

    @Test func pkceFollowsRFC7636AndTikToksHexForm() {
        // RFC 7636 appendix B.
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
        #expect(OAuthClient.codeChallenge(for: verifier, kind: .youtube) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
        #expect(OAuthClient.codeChallenge(for: verifier, kind: .tiktok) == "13d31e961a1ad8ec2f16b10c4c982e0876a878ad6df144566ee1894acb70f9c3")
        let made = (0..<20).map { _ in OAuthClient.makeVerifier() }
        #expect(Set(made).count == 20)
        let allowed = Set(OAuthClient.verifierCharacters)
        #expect(made.allSatisfy { (43...128).contains($0.count) && $0.allSatisfy(allowed.contains) })
        #expect(OAuthClient.makeVerifier(length: 10).count == 43 && OAuthClient.makeVerifier(length: 500).count == 128)
    }

    @Test func authorizationURLsCarryWhatEachPlatformDocuments() throws {
        let root = try temporaryDirectory()
        let verifier = OAuthClient.makeVerifier()
        let google = try client(Channel(name: "youtube", kind: .youtube), root: root).authorizationURL(state: "s-1", verifier: verifier)
        #expect(google.absoluteString.hasPrefix("https://accounts.google.com/o/oauth2/v2/auth?"))
        let g = query(google)
        #expect(g["client_id"] == "test-client-id" && g["redirect_uri"] == "http://127.0.0.1:8765/oauth/callback" && g["response_type"] == "code")
        #expect(g["scope"] == "https://www.googleapis.com/auth/youtube.upload https://www.googleapis.com/auth/youtube.force-ssl https://www.googleapis.com/auth/yt-analytics.readonly")
        #expect(g["access_type"] == "offline" && g["prompt"] == "consent" && g["state"] == "s-1")
        #expect(g["code_challenge_method"] == "S256" && g["code_challenge"] == OAuthClient.codeChallenge(for: verifier, kind: .youtube))
        #expect(!google.absoluteString.contains(verifier) && !google.absoluteString.contains("test-client-secret"))

        let tiktok = try client(Channel(name: "tiktok", kind: .tiktok), root: root).authorizationURL(state: "s-2", verifier: verifier)
        #expect(tiktok.absoluteString.hasPrefix("https://www.tiktok.com/v2/auth/authorize/?"))
        let t = query(tiktok)
        #expect(t["client_key"] == "test-client-id" && t["client_id"] == nil && t["scope"] == "user.info.basic,video.publish,video.list")
        #expect(t["response_type"] == "code" && t["state"] == "s-2" && t["redirect_uri"] == "http://127.0.0.1:8765/oauth/callback")
        #expect(t["code_challenge_method"] == "S256" && t["code_challenge"] == OAuthClient.codeChallenge(for: verifier, kind: .tiktok))
    }

    @Test func aMissingClientVariableNamesItAndItsSetting() async throws {
        let root = try temporaryDirectory()
        let noSecret = client(Channel(name: "tiktok", kind: .tiktok), root: root, environment: ["TIKTOK_CLIENT_KEY": "k"])
        do {
            _ = try await noSecret.exchange(code: "c", verifier: OAuthClient.makeVerifier())
            Issue.record("exchanged without a secret")
        } catch {
            #expect(error.code == .notAuthorized)
            #expect(error.message.contains("TIKTOK_CLIENT_SECRET") && error.message.contains("channels.tiktok.client_secret_env"), "\(error.message)")
        }
        #expect(throws: ChannelsError.self) { try client(Channel(name: "yt", kind: .youtube), root: root, environment: [:]).authorizationURL(state: "s", verifier: "v") }
        do {
            _ = try client(Channel(name: "yt", kind: .youtube), root: root, environment: [:]).authorizationURL(state: "s", verifier: "v")
        } catch {
            #expect(error.message.contains("YOUTUBE_CLIENT_ID") && error.message.contains("client_id_env"), "\(error.message)")
        }
    }

    @Test(arguments: [Channel.Kind.youtube, .tiktok])
    func theCodeIsExchangedWithItsVerifierOnceOnly(kind: Channel.Kind) async throws {
        let server = try await OAuthTestServer.start()
        let root = try temporaryDirectory()
        let oauth = client(server.channel(kind), root: root)
        let verifier = OAuthClient.makeVerifier()

        // A wrong verifier is refused, and the code is spent.
        let first = try server.consent(to: try oauth.authorizationURL(state: "st", verifier: verifier), kind: kind)
        #expect(first.state == "st")
        await #expect(throws: ChannelsError.self) { try await oauth.exchange(code: first.code, verifier: OAuthClient.makeVerifier()) }

        let second = try server.consent(to: try oauth.authorizationURL(state: "st", verifier: verifier), kind: kind)
        let token = try await oauth.exchange(code: second.code, verifier: verifier)
        #expect(!token.accessToken.isEmpty)
        #expect(token.refreshToken != nil)
        #expect(token.expiresAt > Date().addingTimeInterval(3000))
        #expect(token.openID == (kind == .tiktok ? "open-id-1" : nil))
        do {
            _ = try await oauth.exchange(code: second.code, verifier: verifier)
            Issue.record("a code worked twice")
        } catch {
            #expect(error.code == .rejected && error.message.contains("cliff channels authorize \(kind.rawValue)"), "\(error.message)")
            #expect(!error.message.contains(second.code) && !error.message.contains(verifier))
        }
        #expect(server.exchanges == 1)

        // Google's refresh answer has no refresh token: the old one is kept.
        let renewed = try await oauth.refresh(token)
        #expect(renewed.accessToken != token.accessToken && renewed.refreshToken == token.refreshToken && renewed.scope == token.scope)
        await server.stop()
    }

    @Test func theTokenFileIsTheOwnersAloneAndNeverPrinted() throws {
        let root = try temporaryDirectory()
        let file = TokenFile(channel: Channel(name: "tiktok", kind: .tiktok), projectRoot: root)
        #expect(file.url.path.hasSuffix(".cliff/tokens/tiktok.json"))
        #expect(try file.read() == nil)
        let token = OAuthToken(
            accessToken: "act.SECRET-ACCESS", refreshToken: "rft.SECRET-REFRESH", expiresAt: Date(timeIntervalSince1970: 1_800_000_000), scope: "video.publish",
            openID: "open-1")
        try file.write(token)
        try file.write(token)  // replaces atomically
        let attributes = try FileManager.default.attributesOfItem(atPath: file.url.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: file.url.deletingLastPathComponent().path)
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.url.deletingLastPathComponent().path) == ["tiktok.json"])

        let text = try String(contentsOf: file.url, encoding: .utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["access_token"] as? String == "act.SECRET-ACCESS" && json["expires_at"] as? String == "2027-01-15T08:00:00Z")
        #expect(json["open_id"] as? String == "open-1" && json["token_type"] as? String == "Bearer" && json["scope"] as? String == "video.publish")
        #expect(try file.read() == token)

        var dumped = ""
        dump(token, to: &dumped)
        for shown in ["\(token)", String(reflecting: token), dumped, "\(file)"] {
            #expect(!shown.contains("SECRET"), "\(shown)")
        }

        // Readable by the group: refused with the command that fixes it, and no token in it.
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.url.path)
        do {
            _ = try file.read()
            Issue.record("a group-readable token file was used")
        } catch {
            #expect(error.code == .notAuthorized && error.message.contains("chmod 600 \(file.url.path)"), "\(error.message)")
            #expect(!error.message.contains("SECRET") && !"\(error)".contains("SECRET"))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o604], ofItemAtPath: file.url.path)
        #expect(throws: ChannelsError.self) { try file.read() }
    }

    @Test func manyCallersOfAnExpiringTokenShareOneRefresh() async throws {
        let server = try await OAuthTestServer.start()
        let root = try temporaryDirectory()
        let oauth = client(server.channel(.tiktok), root: root)
        let verifier = OAuthClient.makeVerifier()
        let code = try server.consent(to: try oauth.authorizationURL(state: "s", verifier: verifier), kind: .tiktok).code
        var token = try await oauth.exchange(code: code, verifier: verifier)
        token.expiresAt = Date().addingTimeInterval(20)  // within the 60 s margin
        try oauth.tokenFile.write(token)

        let tokens = OAuthTokens(client: oauth)
        let got = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<24 { group.addTask { try await tokens.accessToken() } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(got).count == 1 && got.first != token.accessToken)
        #expect(server.refreshes == 1)
        let onDisk = try #require(try oauth.tokenFile.read())
        #expect(onDisk.accessToken == got.first && onDisk.expiresAt > Date().addingTimeInterval(3000))

        // 401s with the same token: one refresh; a stale rejection gets the current token.
        let current = try #require(got.first)
        let renewed = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<12 { group.addTask { try await tokens.refresh(rejected: current) } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(renewed).count == 1 && renewed.first != current && server.refreshes == 2)
        #expect(try await tokens.refresh(rejected: token.accessToken) == renewed.first)
        #expect(server.refreshes == 2)
        await server.stop()
    }

    @Test func aRevokedGrantAsksForAuthorisationAgain() async throws {
        let server = try await OAuthTestServer.start()
        let root = try temporaryDirectory()
        let oauth = client(server.channel(.youtube, name: "yt-main"), root: root)
        let verifier = OAuthClient.makeVerifier()
        let code = try server.consent(to: try oauth.authorizationURL(state: "s", verifier: verifier), kind: .youtube).code
        var token = try await oauth.exchange(code: code, verifier: verifier)
        token.expiresAt = Date().addingTimeInterval(-5)
        try oauth.tokenFile.write(token)
        server.revokeAll()

        let tokens = OAuthTokens(client: oauth)
        do {
            _ = try await tokens.accessToken()
            Issue.record("a revoked grant was refreshed")
        } catch {
            #expect(error.code == .reauthorize)
            #expect(error.message.contains("run `cliff channels authorize yt-main` to authorise again"), "\(error.message)")
            #expect(!error.message.contains(token.refreshToken ?? "-") && !error.message.contains(token.accessToken))
        }

        // Never authorised: no token file.
        let fresh = OAuthTokens(client: client(server.channel(.tiktok, name: "tt"), root: root))
        do {
            _ = try await fresh.accessToken()
            Issue.record("a token without a file")
        } catch {
            #expect(error.code == .notAuthorized && error.message.contains("run `cliff channels authorize tt`"), "\(error.message)")
        }
        await server.stop()
    }
}
