import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Studio
import StudioServer
import TestSupport
import Testing

/// What other sites and guessers meet: cross-site requests refused, framing forbidden, logins
/// throttled per address and per account, and unknown names costing as much as known ones.
@Suite(.serialized) struct StudioHardeningTests {
    func withServer(_ body: @Sendable (Client, Int) async throws -> Void) async throws {
        let (_, studio) = try await StudioFixture.shared.studio()
        let server = StudioServer(studio: studio, port: 0)
        try await server.serving { port in try await body(Client(port: port), port) }
    }

    @Test func aCrossSiteRequestWithTheSessionCookieIsRefused() async throws {
        try await withServer { client, port in
            var client = client
            try await client.login("mei")
            // A form on another site posting text/plain, as a browser sends it.
            for headers: HTTPFields in [
                [HTTPField.Name("Origin")!: "http://evil.example", .contentType: "text/plain"],
                [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"],
                [HTTPField.Name("Origin")!: "null"],
            ] {
                let refused = try await client.send(.post, "/api/v1/logout", headers: headers)
                #expect(refused.status == .forbidden, "\(headers)")
                #expect((try refused.error()["message"] as? String)?.contains("only from its own pages") == true)
            }
            #expect(try await client.send(.get, "/api/v1/me").status == .ok, "the session survived")
            // The studio's own pages send their origin: accepted.
            let own = try await client.send(
                .post, "/api/v1/logout", headers: [HTTPField.Name("Origin")!: "http://127.0.0.1:\(port)", HTTPField.Name("Sec-Fetch-Site")!: "same-origin"])
            #expect(own.status == .ok)
            #expect(try await client.send(.get, "/api/v1/me").status == .unauthorized, "logged out")
        }
    }

    @Test func everyResponseForbidsFramingAndPagesHaveAPolicy() async throws {
        try await withServer { client, _ in
            for path in ["/login", "/api/v1/openapi.yaml", "/watch/midnight", "/api/v1/series"] {
                let response = try await client.send(.get, path)
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(path)")
                #expect(response.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("frame-ancestors 'none'") == true, "\(path)")
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(path)")
            }
        }
    }

    @Test func wrongPasswordsLockTheAccountWithGrowingWaits() async throws {
        try await withServer { client, _ in
            for _ in 0..<5 {
                let wrong = try await client.send(.post, "/api/v1/login", json: #"{"name":"paul","password":"not the password"}"#)
                #expect(wrong.status == .unauthorized)
            }
            // Now even the right password waits: the guesser cannot tell.
            let locked = try await client.send(.post, "/api/v1/login", json: #"{"name":"paul","password":"\#(StudioFixture.password)"}"#)
            #expect(locked.status == .tooManyRequests)
            #expect((try locked.error()["message"] as? String)?.contains("too many wrong passwords for this account") == true)
            // Another account is not affected.
            var other = client
            try await other.login("ada")
        }
    }

    @Test func unknownNamesAreCheckedAgainstADecoyOfTheSameCost() {
        for cost: UInt8 in [4, 12] {
            let decoy = Accounts.decoyHash(cost: cost)
            let field = decoy.split(separator: "$", omittingEmptySubsequences: true).dropFirst().first
            #expect(field.flatMap { Int($0) } == Int(cost), "\(decoy.prefix(7))")
        }
    }
}

/// A series whose files cannot be loaded shows an anonymous viewer that it is unavailable,
/// never the load error's text (which quotes the files).
struct StudioPublicErrorTests {
    @Test func aSeriesWhoseBibleLeadsOutOfTheProjectShowsViewersNothingOfIt() async throws {
        let project = try TemporaryProject.make(named: "leaky", prefix: "cliff-leak", episodes: 2, seed: 3, targetSeconds: 15).root
        let secret = project.deletingLastPathComponent().appendingPathComponent("secret.txt")
        try Data("root:x:0:0:the secret line\n".utf8).write(to: secret)
        let bible = project.appendingPathComponent("series.yaml")
        try FileManager.default.removeItem(at: bible)
        try FileManager.default.createSymbolicLink(at: bible, withDestinationURL: secret)
        let studio = try await Studio(root: project, bcryptCost: 4)
        let server = StudioServer(studio: studio, port: 0)
        try await server.serving { port in
            let viewer = Client(port: port)
            for path in ["/api/v1/channel/leaky", "/watch/leaky"] {
                let response = try await viewer.send(.get, path)
                let text = String(buffer: response.body)
                #expect(response.status == .serviceUnavailable || response.status == .notFound, "\(path): \(response.status)")
                #expect(!text.contains("the secret line") && !text.contains("root:x"), "\(path): \(text.prefix(300))")
                #expect(!text.contains("series.yaml"), "\(path): \(text.prefix(300))")
            }
        }
    }
}
