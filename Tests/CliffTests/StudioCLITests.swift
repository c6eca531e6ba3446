import Foundation
import TestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `cliff user` and `cliff serve`, run as a user would.
@Suite struct StudioCLITests {
    @Test func usersAreAddedWithAPasswordFromStandardInputAndServeAnswersOnLoopback() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run("new", "demo", "--premise", "A broke intern signs a contract marriage with a cold CEO", "--episodes", "2").status == 0)

        let noPassword = try await cli.run(["user", "add", "demo", "mei", "--role", "reviewer"], input: "")
        #expect(noPassword.status == 1)
        #expect(noPassword.stderr.contains("no password on standard input"))
        let badRole = try await cli.run(["user", "add", "demo", "mei", "--role", "boss"], input: "a long passphrase\n")
        #expect(badRole.status == 1)
        #expect(badRole.stderr.contains("reviewer, producer or admin"))
        let short = try await cli.run(["user", "add", "demo", "mei"], input: "short\n")
        #expect(short.status == 1)
        #expect(short.stderr.contains("at least 8 characters"))

        let added = try await cli.run(["user", "add", "demo", "mei", "--role", "reviewer"], input: "a long passphrase\n")
        #expect(added.status == 0, "\(added.stderr)")
        let twice = try await cli.run(["user", "add", "demo", "mei", "--role", "admin"], input: "a long passphrase\n")
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("--replace"))
        #expect(try await cli.run("user", "list", "demo").stdout.contains("mei\treviewer"))

        let server = try BackgroundCLI(cli, ["serve", "demo", "--port", "0"])
        defer { server.process.terminate() }
        let address = try await server.waitForOutput(matching: #"127\.0\.0\.1:(\d+)"#, "serve to print its address")
        let found = try #require(Int(address.split(separator: ":")[1]), "serve printed its address")
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(found)/api/v1/series")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 401)
        #expect(String(decoding: data, as: UTF8.self).contains("\"unauthenticated\""))
        server.process.terminate()
        let ended = try await server.wait()
        #expect(ended.status == 0 || ended.status == SIGTERM, "\(ended.stderr)")
    }
}
