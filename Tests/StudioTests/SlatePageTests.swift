import Basics
import DramaModel
import Foundation
import Hummingbird
import Logging
import Slate
import Studio
import StudioServer
import TestSupport
import Testing

/// The slate page: a studio serving a slate folder shows the report's ranking with intervals,
/// the figures, the spend, each recommendation with its evidence and the command that takes
/// it, the synthetic label; before a report, how to make one; a broken report, what to do.
@Suite(.serialized) struct SlatePageTests {
    static let titles = ["Paper Vows", "Cold Case", "冷宫医妃", "Night Ward"]

    /// Viewers of a pilot of three episodes: each starts episode 1 and goes as far as `quality` carries them.
    static func viewers(quality: Double, count: Int, seed: UInt64) -> [PilotViewer] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            var viewer = PilotViewer()
            for episode in 1...3 {
                let bit = UInt32(1) << UInt32(episode - 1)
                viewer.started |= bit
                guard Double.random(in: 0..<1, using: &random) < quality else { break }
                viewer.hooked |= bit
                guard Double.random(in: 0..<1, using: &random) < quality else { break }
                viewer.completed |= bit
                guard episode < 3, Double.random(in: 0..<1, using: &random) < quality else { break }
                viewer.continued |= bit
            }
            return viewer
        }
    }

    /// A slate folder with `slate.yaml` (the last series sunset) and, with `report`, `report.json`.
    static func slate(report: Bool) throws -> URL {
        let root = try temporaryDirectory("cliff-slate-page").appendingPathComponent("spring")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var series = titles.enumerated().map { index, title in
            SlateManifest.Series(
                id: "s\(index + 1)", folder: "s\(index + 1)", title: title, premise: "premise \(index + 1)", genre: .romance,
                language: index == 2 ? .zh : .en, seed: UInt64(index), seasonEpisodes: 60, targetSeconds: 60, pilotEpisodes: 3)
        }
        series[3].status = .sunset
        // The studio serves the slate's project folders (one is enough here).
        let project = try TemporaryProject.make(named: "s1", prefix: "cliff-slate-project", episodes: 2, seed: 7, targetSeconds: 15)
        try FileManager.default.moveItem(at: project.root, to: root.appendingPathComponent("s1"))
        try Data(SlateManifest(series: series).yaml.utf8).write(to: root.appendingPathComponent(SlateManifest.fileName))
        if report {
            let inputs = [0.9, 0.6, 0.75, 0.3].enumerated().map { index, quality in
                SlateReport.Input(
                    id: "s\(index + 1)", title: titles[index], pilotEpisodes: 3, paywallEpisode: 9,
                    viewers: viewers(quality: quality, count: 300, seed: UInt64(index + 1)), syntheticViewers: 300,
                    spend: Money(dollars: "0.05")!, finishedMinutes: 3)
            } + [SlateReport.Input(id: "s5", title: "Unwatched", pilotEpisodes: 3, paywallEpisode: 9, viewers: [], syntheticViewers: 0, spend: .zero, finishedMinutes: nil)]
            let made = SlateReport.make(slate: "spring", series: inputs, seed: 4, bootstrap: 50)
            try JSONEncoder().encode(made).write(to: root.appendingPathComponent(SlateReport.fileName))
        }
        return root
    }

    func withServer(root: URL, _ body: @Sendable (Client) async throws -> Void) async throws {
        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "slate-page-test"))
        try await studio.accounts.add(name: "mei", role: .reviewer, password: StudioFixture.password)
        let server = StudioServer(studio: studio, port: 0)
        try await server.serving { port in
            var client = Client(port: port)
            try await client.login("mei")
            try await body(client)
        }
    }

    @Test func theReportIsRankedWithIntervalsEvidenceAndTheCommandForEachDecision() async throws {
        try await withServer(root: try Self.slate(report: true)) { client in
            let list = try await client.send(.get, "/")
            #expect(String(buffer: list.body).contains(#"id="slate-link" href="/slate""#))
            let page = try await client.send(.get, "/slate")
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            // Ranked by quality: Paper Vows, 冷宫医妃, Cold Case, Night Ward; the unwatched one is listed apart.
            let order = ["Paper Vows", "冷宫医妃", "Cold Case", "Night Ward"].compactMap { html.range(of: ">\($0)</a>")?.lowerBound }
            #expect(order.count == 4 && order == order.sorted(), "ranking order")
            #expect(html.contains("id=\"synthetic-label\""))
            #expect(html.contains("Unwatched</b>:"), "the series not measured is listed with why")
            #expect(html.contains("cliff slate decide spring s1 extend --why"), "the one command for the top series")
            #expect(html.contains("badge draft\">sunset"), "a sunset series is marked")
            #expect(html.range(of: #"\d+\.\d \(\d+\.\d–\d+\.\d\)"#, options: .regularExpression) != nil, "scores carry their interval")
            #expect(html.contains("$0.2000"), "the spend")
        }
    }

    @Test func withoutAReportThePageSaysHowToMakeOneAndABrokenReportSaysWhatToDo() async throws {
        let root = try Self.slate(report: false)
        try await withServer(root: root) { client in
            let page = try await client.send(.get, "/slate")
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("cliff slate simulate DIR"))
            try Data("{\"slate\": 3}".utf8).write(to: root.appendingPathComponent(SlateReport.fileName))
            let broken = try await client.send(.get, "/slate")
            #expect(broken.status == .conflict)
            #expect(String(buffer: broken.body).contains("cliff slate report spring"))
        }
    }
}
