import Foundation
import TestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The `cliff` binary carries its data (phrasebooks, web assets, rules): copied alone into
/// an empty folder, it still runs every command.
@Suite struct StandaloneBinaryTests {
    @Test func cliffCopiedAloneIntoAnEmptyFolderMakesServesAndReadsASeries() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cliff-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("cliff")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cliff"])
        let cli = try CLIRunner(executable: copy)
        // Another test may start a process while the copy is open for writing: the child holds
        // that descriptor until it execs, and running the copy meanwhile fails with "Text file
        // busy" (ETXTBSY). Wait until the copy runs, with a generous deadline.
        let deadline = Date().addingTimeInterval(180)
        while true {
            do {
                _ = try await cli.run("--help")
                break
            } catch where "\(error)".contains("Text file busy") && Date() < deadline {
                try await Task.sleep(for: .milliseconds(200))
            }
        }

        let made = try await cli.run("new", "demo", "--premise", "A broke intern signs a contract marriage with a cold CEO", "--episodes", "3", "--target-seconds", "20")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try cli.read("demo/episodes/ep001.fountain").contains("INT.") || cli.read("demo/episodes/ep001.fountain").contains("EXT."))

        let produced = try await cli.run("produce", "demo", "--episodes", "1", "--progress", "none")
        #expect(produced.status == 0, "\(produced.stderr)")
        let video = try FileHandle(forReadingFrom: cli.url("demo/out/ep001/episode.mp4"))
        let header = try video.read(upToCount: 12) ?? Data()
        try video.close()
        #expect(header.count == 12 && String(decoding: header[4..<8], as: UTF8.self) == "ftyp", "episode 1 is an MP4 file")

        // The studio serves its pages, stylesheet, channel and OpenAPI document from the binary.
        let server = try BackgroundCLI(cli, ["serve", "demo", "--port", "0"])
        defer { if server.process.endStatus == nil { server.process.terminate() } }
        let port = try await Self.port(of: server)
        for (path, needle) in [("login", "<form method=\"post\" action=\"/login\">"), ("assets/studio.css", ":root {"),
                               ("watch/demo", "data-series=\"demo\""), ("api/v1/openapi.yaml", "openapi: 3.1.0")] {
            let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/\(path)")!)
            #expect((response as? HTTPURLResponse)?.statusCode == 200, "/\(path)")
            #expect(String(decoding: data, as: UTF8.self).contains(needle), "/\(path)")
        }
        server.process.terminate()
        _ = try await server.wait()

        let simulated = try await cli.run("simulate-audience", "demo", "--viewers", "200")
        #expect(simulated.status == 0, "\(simulated.stderr)")
        let insights = try await cli.run("insights", "demo")
        #expect(insights.status == 0, "\(insights.stderr)")
        #expect(insights.stdout.contains("200 viewers"))
    }

    /// The port `cliff serve --port 0` printed, waiting until it does (or exits).
    static func port(of server: BackgroundCLI) async throws -> Int {
        let address = try await server.waitForOutput(matching: #"127\.0\.0\.1:(\d+)"#, "serve to print its address")
        return try #require(Int(address.split(separator: ":")[1]))
    }
}
