import DramaModel
import Editing
import Foundation
import Governance
import Production
import Testing

/// Real files: small MP4s made with ffmpeg, the label burned in with the renderer's own ASS
/// `Label` style, the AIGC tag written the way the assembler writes it.
@Suite(.serialized) struct LabelAndProvenanceTests {
    static let aigc = #"{"ContentProducer":"Cliffhanger","ContentPropagator":"","Label":"1","ProduceID":"contract-bride-ep001","PropagateID":"","ReservedCode1":"","ReservedCode2":""}"#

    /// A 3 s 540×960 clip over a textured background; with `label`, the AI label over 0–2.5 s.
    static func makeVideo(in folder: URL, label: Bool, metadata: Bool) async throws -> URL {
        let tools = try MediaTools.locate()
        let out = folder.appendingPathComponent("out/ep001/episode.mp4")
        try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
        var filters = ["format=yuv420p"]
        if label {
            let ass = folder.appendingPathComponent("label.ass")
            let document = ASSWriter.document(cues: [], language: .en, style: ASSStyle(), overlays: [
                ASSOverlay(kind: .label, start: .zero, end: .milliseconds(2_500), text: "AI-generated")
            ])
            try Data(document.utf8).write(to: ass)
            filters.insert("ass=\(ass.path)", at: 0)
        }
        var arguments = [
            "-f", "lavfi", "-i", "testsrc2=s=540x960:r=30:d=3", "-vf", filters.joined(separator: ","),
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        ]
        if metadata { arguments += ["-metadata", "AIGC=\(aigc)", "-movflags", "+faststart+use_metadata_tags"] }
        try await tools.ffmpeg(arguments + [out.path])
        return out
    }

    static func graph(episode: Int) -> ProductionGraph {
        var graph = ProductionGraph()
        let shot = graph.add(Node(
            step: ShotStep.kind, generator: ShotStep.generatorID, episode: episode, priority: 0, inputs: [],
            parameters: Data(#"{"overlays":[{"end":{"rate":1000,"value":2500},"kind":"label","start":{"rate":1,"value":0},"text":"AI-generated"}],"shot":{"seed":7}}"#.utf8),
            label: "ep001 shot 1"))
        graph.add(Node(
            step: AssembleStep.kind, generator: AssembleStep.generatorID, episode: episode, priority: 1, inputs: [shot],
            parameters: Data(("{\"aigc\":\(aigc),\"output\":\"episode.mp4\"}").utf8), label: "ep001 assemble"))
        return graph
    }

    @Test func labelledVideoShowsItsLabelAndMetadata() async throws {
        let root = try Fixtures.temporaryProject()
        let video = try await Self.makeVideo(in: root, label: true, metadata: true)
        let inspection = try await LabelInspector(tools: try MediaTools.locate()).inspect(video)
        #expect(inspection.hasVisibleLabel, "glyph \(inspection.glyphLuma), box \(inspection.boxLuma)")
        #expect(inspection.hasAIGCMetadata)
        #expect(inspection.aigc?["ProduceID"] == "contract-bride-ep001")
    }

    @Test func unlabelledVideoIsRefusedForPublishing() async throws {
        let root = try Fixtures.temporaryProject()
        let video = try await Self.makeVideo(in: root, label: false, metadata: false)
        let inspection = try await LabelInspector(tools: try MediaTools.locate()).inspect(video)
        #expect(!inspection.hasVisibleLabel, "glyph \(inspection.glyphLuma), box \(inspection.boxLuma)")
        #expect(!inspection.hasAIGCMetadata)
        let gate = try GovernanceGate(projectRoot: root)
        let report = try await gate.checkBeforePublishing(episode: 1, video: video, series: Fixtures.series(), script: "INT. OFFICE - DAY\n")
        let codes = Set(report.problems.map(\.code))
        #expect(codes == [.labelMissing, .metadataMissing, .provenanceInvalid])
        #expect(report.blocked)
    }

    @Test func signedEpisodePassesAndAnyByteChangeFailsVerification() async throws {
        let root = try Fixtures.temporaryProject()
        let video = try await Self.makeVideo(in: root, label: true, metadata: true)
        let gate = try GovernanceGate(projectRoot: root)
        let signed = try gate.signProvenance(episode: 1, video: video, seriesTitle: "Contract Bride", graph: Self.graph(episode: 1), results: [:])
        #expect(signed.manifest.visibleLabel?.text == "AI-generated")
        #expect(signed.manifest.steps.map(\.step) == ["shot", "assemble"])
        #expect(signed.manifest.steps.first?.seeds == ["shot.seed=7"])
        #expect(signed.manifest.aigc["Label"] == "1")
        let keyURL = ProjectSigningKey.fileURL(projectRoot: root)
        let mode = try FileManager.default.attributesOfItem(atPath: keyURL.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        #expect(try ProvenanceVerifier.verify(video: video, projectRoot: root).episode == 1)
        let report = try await gate.checkBeforePublishing(episode: 1, video: video, series: Fixtures.series(), script: "INT. OFFICE - DAY\n\nHello.\n")
        #expect(report.passed, "\(report.reasons)")

        // One byte of the manifest.
        let manifestURL = ProvenanceVerifier.manifestURL(for: video)
        let original = try Data(contentsOf: manifestURL)
        var edited = original
        let index = try #require(edited.firstRange(of: Data("\"episode\":1".utf8))).upperBound - 1
        edited[index] = UInt8(ascii: "2")
        try edited.write(to: manifestURL)
        let manifestError = #expect(throws: GovernanceError.self) { try ProvenanceVerifier.verify(video: video) }
        #expect(manifestError?.code == .provenanceInvalid)
        #expect(manifestError?.message.contains("signature does not match") == true)
        try original.write(to: manifestURL)

        // One byte of the video.
        var bytes = try Data(contentsOf: video)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: video)
        let videoError = #expect(throws: GovernanceError.self) { try ProvenanceVerifier.verify(video: video) }
        #expect(videoError?.message.contains("does not match its manifest") == true)
    }
}
