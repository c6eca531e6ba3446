import DramaModel
import Editing
import Foundation
import Production
import SQLiteStore
import Synchronization
import Testing

/// Model generators that run here: pictures and clips made by ffmpeg from the request (a
/// colour from the seed), recording every request. The adapters to real services are tested
/// against protocol-speaking servers in ModelServicesTests; this checks the graph around them.
final class LocalModels: ImageGenerator, ClipGenerator {
    let generator: GeneratorID
    private let log = Mutex<[String]>([])
    private let references = Mutex<[Int]>([])

    init(id: String) { generator = GeneratorID(id, version: 1) }

    var requests: [String] { log.withLock { $0 } }
    var referenceCounts: [Int] { references.withLock { $0 } }

    func generate(_ request: ImageRequest) async throws -> GeneratedImage {
        log.withLock { $0.append("image \(request.seed)") }
        references.withLock { $0.append(request.references.count) }
        let colour = String(format: "0x%06X", Int(request.seed % 0xFFFFFF))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: url) }
        try await MediaTools.locate().ffmpeg(["-f", "lavfi", "-i", "color=c=\(colour):s=\(request.width / 4)x\(request.height / 4)", "-frames:v", "1", url.path])
        return GeneratedImage(png: try Data(contentsOf: url), usage: Usage([.image: 1]))
    }

    func animate(_ request: ClipRequest) async throws -> GeneratedClip {
        log.withLock { $0.append("clip \(request.seconds)s") }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: url) }
        try await MediaTools.locate().ffmpeg([
            "-f", "lavfi", "-i", "testsrc2=s=270x480:r=10:d=\(request.seconds)", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", url.path,
        ])
        return GeneratedClip(mp4: try Data(contentsOf: url), usage: Usage([.videoSecond: Double(request.seconds)]))
    }
}

@Suite(.serialized) struct ModelPipelineTests {
    @Test func keyframesUseCharacterSheetsAndAreCachedAndPriced() async throws {
        var fixture = try Fixture.make(episodes: 1, settings: "prices:\n  - { generator: test.images, unit: image, usd: 0.04 }\n", targetSeconds: 20)
        let images = LocalModels(id: "test.images")
        var project = fixture.project
        project.models = ModelGenerators(images: images)
        fixture = Fixture(root: fixture.root, project: project, store: fixture.store)
        let (graph, _) = try project.graph(episodes: [1], deliverable: .preview)
        let sheets = graph.nodes.filter { $0.step == CharacterSheetStep.kind }
        let keyframes = graph.nodes.filter { $0.step == KeyframeStep.kind }
        let shots = graph.nodes.filter { $0.step == ShotStep.kind }
        #expect(!sheets.isEmpty && sheets.allSatisfy { $0.episode == nil })
        #expect(keyframes.count == shots.count)
        #expect(graph.nodes.allSatisfy { $0.step != "background" })
        // Each keyframe reads the sheets of the characters it shows.
        for keyframe in keyframes { #expect(keyframe.inputs.allSatisfy { key in sheets.contains { $0.key == key } }) }

        let (_, summary, _) = try await fixture.produce(episodes: [1], deliverable: .preview)
        #expect(summary.failures.isEmpty, "\(summary.failures.map(\.message))")
        #expect(images.requests.count == sheets.count + keyframes.count)
        #expect(images.referenceCounts.reduce(0, +) == keyframes.map(\.inputs.count).reduce(0, +))
        let video = fixture.root.appendingPathComponent("out/ep001/preview.mp4")
        let probe = try await MediaProbe.probe(video, tools: try MediaTools.locate())
        #expect(probe.video?.width == RenderPreset.preview.width)

        let ledger = try await fixture.store.ledger()
        let images_ = ledger.filter { $0.generator == "test.images" && $0.unit == .image }
        #expect(images_.map(\.quantity).reduce(0, +) == Double(sheets.count + keyframes.count))
        #expect(images_.map(\.cost).reduce(Money.zero, +) == Money(nanos: 40_000_000 * Int64(sheets.count + keyframes.count)))
        // A second run pays for nothing.
        let before = images.requests.count
        let (plan, _, _) = try await fixture.produce(episodes: [1], deliverable: .preview)
        #expect(plan.toRun.isEmpty)
        #expect(images.requests.count == before)
    }

    @Test func clipsAnimateKeyframesAndAreCutToTheShot() async throws {
        var fixture = try Fixture.make(
            episodes: 1,
            settings: "prices:\n  - { generator: test.models, unit: image, usd: 0.04 }\n  - { generator: test.models, unit: video_second, usd: 0.05 }\n",
            targetSeconds: 20)
        let models = LocalModels(id: "test.models")
        var project = fixture.project
        project.models = ModelGenerators(images: models, clips: models)
        fixture = Fixture(root: fixture.root, project: project, store: fixture.store)
        let (graph, _) = try project.graph(episodes: [1], deliverable: .preview)
        let clips = graph.nodes.filter { $0.step == ClipStep.kind }
        #expect(clips.count == graph.nodes.filter { $0.step == ShotStep.kind }.count)
        let (_, summary, _) = try await fixture.produce(episodes: [1], deliverable: .preview)
        #expect(summary.failures.isEmpty, "\(summary.failures.map(\.message))")
        let ledger = try await fixture.store.ledger()
        let seconds = ledger.filter { $0.unit == .videoSecond }.map(\.quantity).reduce(0, +)
        #expect(seconds >= Double(clips.count * 5))
        // Every clip is cut to its shot: the picture lasts as long as the sound.
        let probe = try await MediaProbe.probe(fixture.root.appendingPathComponent("out/ep001/preview.mp4"), tools: try MediaTools.locate())
        let picture = try #require(probe.video?.duration.flatMap(Double.init))
        let sound = try #require(probe.audio?.duration.flatMap(Double.init))
        #expect(picture > 10 && abs(picture - sound) < 0.2, "video \(picture) s, audio \(sound) s")
    }
}
