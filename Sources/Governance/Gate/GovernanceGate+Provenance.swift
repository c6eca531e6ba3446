package import Foundation
package import Production

extension GovernanceGate {
    /// Builds, signs (with the project key, created on first use) and writes the provenance
    /// manifest of episode `episode` next to its rendered `video`, and records it in the audit log.
    /// - Throws: `GovernanceError` `.provenanceInvalid` (no assemble node), `.storeFailed`.
    @discardableResult
    package func signProvenance(
        episode: Int, video: URL, seriesTitle: String, graph: ProductionGraph, results: [NodeKey: NodeResult], actor: String = "cliff",
        assembleKey: NodeKey? = nil, variant: String? = nil
    ) throws(GovernanceError) -> SignedManifest {
        let manifest = try ProvenanceBuilder.manifest(
            episode: episode, video: video, seriesTitle: seriesTitle, graph: graph, results: results, assembleKey: assembleKey, variant: variant)
        let signed = try ProjectSigningKey.loadOrCreate(projectRoot: projectRoot).sign(manifest)
        try ProvenanceVerifier.write(signed, nextTo: video)
        try audit.append(
            kind: "provenance.sign", actor: actor, subject: "episode \(episode)" + (variant.map { " variant \($0)" } ?? ""),
            details: ["file": video.lastPathComponent, "sha256": manifest.fileSHA256, "steps": String(manifest.steps.count)])
        return signed
    }
}
