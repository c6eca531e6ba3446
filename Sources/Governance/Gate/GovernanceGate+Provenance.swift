import Basics
import Crypto
import DramaModel
package import Foundation
package import Production
import StoryEngine

extension GovernanceGate {
    /// Builds, signs (with the project key, created on first use) and writes the provenance
    /// manifest of episode `episode` next to its rendered `video`, and records it in the audit log.
    /// - Throws: `GovernanceError` `.provenanceInvalid` (no assemble node), `.storeFailed`.
    @discardableResult
    package func signProvenance(
        episode: Int, video: URL, seriesTitle: String, graph: ProductionGraph, results: [NodeKey: NodeResult], actor: String = "cliff",
        assembleKey: NodeKey? = nil, variant: String? = nil
    ) throws(GovernanceError) -> SignedManifest {
        var manifest = try ProvenanceBuilder.manifest(
            episode: episode, video: video, seriesTitle: seriesTitle, graph: graph, results: results, assembleKey: assembleKey, variant: variant)
        manifest.localization = try localization(episode: episode)
        let signed = try ProjectSigningKey.loadOrCreate(projectRoot: projectRoot).sign(manifest)
        try ProvenanceVerifier.write(signed, nextTo: video)
        try audit.append(
            kind: "provenance.sign", actor: actor, subject: "episode \(episode)" + (variant.map { " variant \($0)" } ?? ""),
            details: ["file": video.lastPathComponent, "sha256": manifest.fileSHA256, "steps": String(manifest.steps.count)])
        return signed
    }

    /// What the project localises, when it is an edition of a series (nil otherwise).
    func localization(episode: Int) throws(GovernanceError) -> ProvenanceManifest.Localization? {
        let layout = ProjectLayout(root: projectRoot)
        guard let source = layout.editionSource else { return nil }
        let data: Data
        let record: EditionRecord
        do {
            data = try Data(contentsOf: layout.editionRecord)
            record = try JSONDecoder().decode(EditionRecord.self, from: data)
        } catch {
            throw GovernanceError(
                code: .storeFailed,
                message: "\(layout.editionRecord.path) cannot be read to record what the edition localises: \(error). Run cliff localize again.")
        }
        let origins = Dictionary(grouping: record.lines.filter { $0.id.episode == episode }, by: \.origin.rawValue).mapValues(\.count)
        return ProvenanceManifest.Localization(
            sourceSeries: source.lastPathComponent, sourceLanguage: record.sourceLanguage.rawValue, language: record.language.rawValue,
            linesSHA256: SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined(), lineOrigins: origins)
    }
}
