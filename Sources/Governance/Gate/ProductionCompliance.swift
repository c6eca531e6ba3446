import Foundation
public import Production
import DramaModel
import Editing
import StoryEngine

/// The governance steps of the production line (`ProductionLine`, which every way of producing
/// goes through): the gate before planning, the signed provenance after a render.
public struct ProductionCompliance: ComplianceGate {
    /// The project's governance: its policy rules, consent registry, signing key and audit log.
    public init() {}

    /// Policy and consent over the bible and the scripts of `episodes` (nil: all); throws with
    /// every finding before anything is planned, so blocked content never reaches a generator.
    /// - Throws: `GovernanceError` (`policyBlocked`, `consentMissing`, `consentInvalid`, …),
    ///   whose hint says that nothing was generated.
    public func checkBeforeGeneration(_ project: ProductionProject, episodes: [Int]?, actor: String, recording: Bool = true) throws(GovernanceError) {
        let gate = try GovernanceGate(projectRoot: project.root)
        let wanted = episodes.map(Set.init)
        var scripts: [Int: String] = [:]
        for script in project.files.scriptsOnDisk() where wanted?.contains(script.number) ?? true { scripts[script.number] = script.text }
        let report = try gate.checkBeforeGeneration(series: project.series, scripts: scripts, actor: actor, recording: recording)
        do {
            try report.requirePassed("generation")
        } catch {
            var error = error
            error.hint = "nothing was generated; see docs/governance.md for overrides and consent records"
            throw error
        }
        // Each experiment variant with a script of its own is checked as the episode it stands
        // in for (a look or cover variant is the episode's script, checked above).
        // (Broken experiment files stop the plan that follows, with every problem located.)
        for variant in (try? project.variantScripts(episodes: wanted)) ?? [] where variant.ownScript {
            let report = try gate.checkBeforeGeneration(
                series: project.series, scripts: [variant.episode: variant.text], actor: actor, recording: recording)
            do {
                try report.requirePassed("generation of variant \(variant.tag) (\(variant.file))")
            } catch {
                var error = error
                error.hint = "nothing was generated; change the variant's script \(variant.file), or see docs/governance.md for overrides"
                throw error
            }
        }
    }

    /// Signs the provenance manifest of every rendered episode of `episodes` (nil: all).
    /// - Throws: `GovernanceError`; `ProductionError` when the store fails.
    public func signRendered(_ project: ProductionProject, store: any JobStore, episodes: [Int]?, deliverable: Deliverable) async throws {
        let file = deliverable == .preview ? "preview.mp4" : "episode.mp4"
        let (graph, _) = try project.graph(episodes: episodes, deliverable: deliverable)
        let results = try await store.results(for: graph.nodes.map(\.key))
        let gate = try GovernanceGate(projectRoot: project.root)
        // A cover variant is a still of its own (no video beside it): its cover is signed.
        let covers = ExportStep.exports(in: graph).filter { $0.name == "cover.jpg" && graph[$0.source]?.step == CoverStep.kind && Self.variantTag($0.path) != nil }
        for cover in covers.sorted(by: { $0.path < $1.path }) {
            let url = project.root.appendingPathComponent(cover.path)
            let video = url.deletingLastPathComponent().appendingPathComponent(file)
            guard let node = graph[cover.source], let number = node.episode, FileManager.default.fileExists(atPath: url.path),
                !FileManager.default.fileExists(atPath: video.path)
            else { continue }
            try gate.signProvenance(
                episode: number, video: url, seriesTitle: project.series.title, graph: graph, results: results, assembleKey: node.key,
                variant: Self.variantTag(cover.path.replacingOccurrences(of: "/cover.jpg", with: "/episode.mp4")))
        }
        guard deliverable != .subtitles else { return }
        let c2pa = await C2PAEmbedder.locate()
        // Every rendered video the graph exports: each episode's, and each experiment variant's.
        let renders = ExportStep.exports(in: graph).filter { $0.name == file && graph[$0.source]?.step == AssembleStep.kind }
        for render in renders.sorted(by: { $0.path < $1.path }) {
            guard let assemble = graph[render.source], let number = assemble.episode else { continue }
            let path = render.path
            let variant = Self.variantTag(path)
            let video = project.root.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: video.path) else { continue }
            let subject = "episode \(number)" + (variant.map { " variant \($0)" } ?? "")
            // The series' other languages ride along as soft subtitle tracks (an episode's own
            // video only; a variant is tested in its own language).
            if variant == nil, deliverable == .final {
                let (others, own) = project.softSubtitleTracks(episode: number)
                if try await SoftSubtitles.attach(others, own: own, to: video, tools: try MediaTools.locate()) {
                    _ = try gate.audit.append(
                        kind: "subtitles.attach", actor: "production", subject: subject,
                        details: ["file": video.lastPathComponent, "languages": others.map(\.language.rawValue).joined(separator: ",")])
                    try await Self.recordOnDisk(path, results: results, store: store, projectRoot: project.root)
                }
            }
            // C2PA is the last step that touches the video; the signed sidecar covers its result.
            if let c2pa,
                try await c2pa.embed(
                    video, projectRoot: project.root, title: "\(project.series.title) \(String(format: "ep%03d", number))\(variant.map { " \($0)" } ?? "")",
                    aigc: ProvenanceBuilder.aigcTag(of: assemble))
            {
                _ = try gate.audit.append(kind: "c2pa.embed", actor: "production", subject: subject, details: ["file": video.lastPathComponent, "tool": "\(c2pa.tool)"])
                try await Self.recordOnDisk(path, results: results, store: store, projectRoot: project.root)
            }
            try gate.signProvenance(
                episode: number, video: video, seriesTitle: project.series.title, graph: graph, results: results, assembleKey: assemble.key, variant: variant)
        }
    }

    /// Records the exported file at `path` as it now is on disk, so the export step does not
    /// take a video changed after its export (tracks, C2PA) for a stale copy.
    static func recordOnDisk(_ path: String, results: [NodeKey: NodeResult], store: any JobStore, projectRoot: URL) async throws {
        guard let export = results.values.first(where: { $0.exported.contains { $0.path == path } }) else { return }
        let files = export.exported.map { ExportedFile.onDisk($0.path, projectRoot: projectRoot) ?? $0 }
        try await store.updateExported(export.key, files: files)
    }

    /// `ep001-hook/B` for `out/ep001/variants/ep001-hook/B/episode.mp4`; nil for an episode's own video.
    static func variantTag(_ path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 6, parts[2] == "variants" else { return nil }
        return "\(parts[3])/\(parts[4])"
    }
}
