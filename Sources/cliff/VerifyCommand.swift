import ArgumentParser
import Foundation
import Governance

/// `cliff verify`: check an episode file against its signed provenance manifest.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check an episode's SHA-256 and Ed25519 signature against its provenance.json.",
        discussion: """
            Examples:
              cliff verify demo/out/ep001/episode.mp4
              cliff verify episode.mp4 --manifest provenance.json

            Exits 1 and says what failed: a missing or damaged manifest, a signature that
            does not match (the manifest was edited), a signer that is not the project's
            key, or a file whose hash differs (the video was edited).

            When the file carries a C2PA manifest (embedded when c2pa-python or c2patool is
            installed), it is read and validated too; a local project certificate shows as
            "untrusted", which is expected.
            """
    )

    @Argument(help: "The episode file.") var video: String
    @Option(help: "The manifest (default: provenance.json beside the video).") var manifest: String?

    func run() async throws {
        let url = URL(fileURLWithPath: video)
        // out/epNNN/episode.mp4 → the project two folders up (five for an experiment's variant,
        // out/epNNN/variants/<key>/<variant>/episode.mp4), when it has a key.
        var projectRoot: URL?
        var folder = url.deletingLastPathComponent()
        for _ in 0..<6 {
            folder = folder.deletingLastPathComponent()
            if FileManager.default.fileExists(atPath: ProjectSigningKey.fileURL(projectRoot: folder).path) {
                projectRoot = folder
                break
            }
        }
        let verified = try ProvenanceVerifier.verify(video: url, manifest: manifest.map { URL(fileURLWithPath: $0) }, projectRoot: projectRoot)
        print("OK: \(url.lastPathComponent) matches its signed manifest (\(verified.series), episode \(verified.episode)\(verified.variant.map { ", variant \($0)" } ?? ""), SHA-256 \(verified.fileSHA256.prefix(16))…, \(verified.steps.count) steps, key \(verified.publicKey.prefix(12))…).")
        guard C2PAEmbedder.hasManifest(url) else {
            print("C2PA: none embedded (optional; \(C2PAEmbedder.installHint), then render again).")
            return
        }
        guard let c2pa = await C2PAEmbedder.locate() else {
            print("C2PA: a manifest is embedded; \(C2PAEmbedder.installHint) to validate it.")
            return
        }
        let report = try await c2pa.read(url)
        let codes = report.statusCodes.isEmpty ? "" : " (\(report.statusCodes.joined(separator: ", ")))"
        print("C2PA: \(report.validationState)\(codes); source \(report.digitalSourceType ?? "not declared"); assertions \(report.assertions.joined(separator: ", ")).")
        if report.validationState == "Invalid" { throw CLIError(message: "the C2PA manifest of \(url.lastPathComponent) is invalid\(codes)") }
    }
}
