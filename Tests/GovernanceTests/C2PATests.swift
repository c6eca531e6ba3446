import Editing
import Foundation
import Governance
import Testing

/// Whether c2patool is on PATH or python3 can import c2pa.
enum C2PATool {
    static let installed: Bool = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        if folders.contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/c2patool") }) { return true }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import c2pa"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}

/// The optional C2PA step, against the real c2pa-python (or c2patool). Skipped, naming the
/// install command, when neither is installed (scripts/test installs c2pa-python).
@Suite(.serialized, .enabled(if: C2PATool.installed, "C2PA tool absent: pip install c2pa-python (or put c2patool on PATH)"))
struct C2PATests {
    @Test func embedsAManifestThatDeclaresAIAndKeepsLabelsAndProvenance() async throws {
        let root = try Fixtures.temporaryProject()
        let video = try await LabelAndProvenanceTests.makeVideo(in: root, label: true, metadata: true)
        let embedder = try #require(await C2PAEmbedder.locate())
        #expect(!C2PAEmbedder.hasManifest(video))
        #expect(try await embedder.embed(video, projectRoot: root, title: "Contract Bride ep001", aigc: ["Label": "1", "ContentProducer": "Cliffhanger"]))
        #expect(C2PAEmbedder.hasManifest(video))
        // Embedding twice does nothing.
        #expect(try await !embedder.embed(video, projectRoot: root, title: "Contract Bride ep001", aigc: [:]))

        let report = try await embedder.read(video)
        #expect(report.validationState == "Valid" || report.validationState == "Trusted", "\(report)")
        #expect(report.digitalSourceType == C2PAEmbedder.trainedAlgorithmicMedia)
        #expect(report.assertions.contains("org.cliffhanger.aigc"))
        #expect(report.statusCodes.allSatisfy { $0 == "signingCredential.untrusted" }, "\(report.statusCodes)")
        let keyMode = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(".cliff/c2pa/signer.key").path)[.posixPermissions] as? Int
        #expect(keyMode == 0o600)

        // The visible label and the AIGC tag survive; provenance signed afterwards verifies.
        let inspection = try await LabelInspector(tools: try MediaTools.locate()).inspect(video)
        #expect(inspection.hasVisibleLabel && inspection.hasAIGCMetadata)
        let gate = try GovernanceGate(projectRoot: root)
        try gate.signProvenance(episode: 1, video: video, seriesTitle: "Contract Bride", graph: LabelAndProvenanceTests.graph(episode: 1), results: [:])
        #expect(try ProvenanceVerifier.verify(video: video, projectRoot: root).episode == 1)
    }

    @Test func aChangedVideoFailsC2PAValidation() async throws {
        let root = try Fixtures.temporaryProject()
        let video = try await LabelAndProvenanceTests.makeVideo(in: root, label: true, metadata: true)
        let embedder = try #require(await C2PAEmbedder.locate())
        try await embedder.embed(video, projectRoot: root, title: "ep001", aigc: ["Label": "1"])
        var bytes = try Data(contentsOf: video)
        bytes[bytes.count - 4000] ^= 0x01
        try bytes.write(to: video)
        let report = try await embedder.read(video)
        #expect(report.validationState == "Invalid", "\(report)")
        #expect(report.statusCodes.contains { $0.contains("mismatch") }, "\(report.statusCodes)")
    }
}
