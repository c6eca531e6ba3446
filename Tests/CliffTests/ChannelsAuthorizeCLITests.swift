import AsyncHTTPClient
import Channels
import Foundation
import NIOCore
import NIOHTTP1
import TestSupport
import Testing

/// `cliff channels authorize` against an OAuth server speaking Google's token endpoint: the
/// address it prints carries the PKCE challenge, the browser's return is caught on the loopback
/// redirect, and the tokens land in a file only the user can read.
struct ChannelsAuthorizeCLITests {
    /// A port nothing listens on right now.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                guard bind(fd, raw, length) == 0, getsockname(fd, raw, &length) == 0 else { throw CLIFailure("no free port") }
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    struct CLIFailure: Error, CustomStringConvertible {
        var description: String
        init(_ text: String) { description = text }
    }

    @Test func theCommandPrintsTheAddressCatchesTheBrowsersReturnAndKeepsTheTokensPrivate() async throws {
        let oauth = try await OAuthTestServer.start()
        let cli = try CLIRunner()
        let project = try TemporaryProject.make(named: "heir", prefix: "cliff-authorize", episodes: 1, seed: 5, targetSeconds: 15)
        let port = try Self.freePort()
        let yaml = try String(contentsOf: project.root.appendingPathComponent("cliff.yaml"), encoding: .utf8) + """

            channels:
              youtube:
                kind: youtube
                token_url: \(oauth.tokenURL.absoluteString)
                authorize_url: \(oauth.tokenURL.deletingLastPathComponent().appendingPathComponent("authorize").absoluteString)
                redirect_uri: http://127.0.0.1:\(port)/oauth/callback
                client_id_env: CLIFF_TEST_YT_ID
                client_secret_env: CLIFF_TEST_YT_SECRET

            """
        try Data(yaml.utf8).write(to: project.root.appendingPathComponent("cliff.yaml"))
        let environment = ["CLIFF_TEST_YT_ID": "test-client-id", "CLIFF_TEST_YT_SECRET": "test-client-secret"]

        let listed = try await cli.run(["channels", "list", project.root.path], environment: environment)
        #expect(listed.stdout.contains("not authorised: cliff channels authorize youtube"), "\(listed.stdout)\(listed.stderr)")

        let command = try BackgroundProcess(
            executable: cli.executable, arguments: ["channels", "authorize", "youtube", project.root.path], directory: cli.directory,
            environment: environment)
        let printed = try await command.waitForOutput(matching: "http://[^ \\n]+/authorize\\?[^ \\n]+", "the address to open", deadline: .seconds(600))
        let address = try #require(URL(string: printed))
        let items = Dictionary(URLComponents(url: address, resolvingAgainstBaseURL: false)?.queryItems?.map { ($0.name, $0.value ?? "") } ?? [], uniquingKeysWith: { a, _ in a })
        #expect(items["code_challenge_method"] == "S256" && items["access_type"] == "offline" && items["client_id"] == "test-client-id", "\(items)")

        // The user allows access; the platform sends the browser back to the redirect address.
        let (code, state) = try oauth.consent(to: address, kind: .youtube)
        var back = HTTPClientRequest(url: "http://127.0.0.1:\(port)/oauth/callback?code=\(code)&state=\(state)")
        back.method = .GET
        let answer = try await waitFor("the command to listen on the redirect address", deadline: .seconds(600)) { () -> HTTPClientResponse? in
            try? await HTTPClient.shared.execute(back, timeout: .seconds(600))
        }
        #expect(answer.status == .ok)
        let ended = try await command.wait()
        #expect(ended.status == 0, "\(command.stderr())")
        #expect(command.stdout().contains("Authorised channel 'youtube'"), "\(command.stdout())")

        let file = project.root.appendingPathComponent(".cliff/tokens/youtube.json")
        let mode = (try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        let token = try #require(try TokenFile(url: file).read())
        #expect(oauth.isCurrent(token.accessToken) && token.refreshToken != nil)
        #expect(!command.stdout().contains(token.accessToken) && !command.stderr().contains(token.accessToken), "tokens are never printed")
        let relisted = try await cli.run(["channels", "list", project.root.path], environment: environment)
        #expect(relisted.stdout.contains("authorised"), "\(relisted.stdout)")

        // A code pasted from another authorisation's address is refused, nothing written.
        let stale = try await cli.run(
            ["channels", "authorize", "youtube", project.root.path, "--code", "http://127.0.0.1:\(port)/oauth/callback?code=\(code)&state=other"],
            environment: environment)
        #expect(stale.status == 1 && stale.stderr.contains("state does not match"), "\(stale.stderr)")
        await oauth.stop()
    }
}
