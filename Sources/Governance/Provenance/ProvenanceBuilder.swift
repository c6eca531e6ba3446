import Crypto
package import Foundation
package import Production

/// Builds an episode's provenance manifest from the production graph and the job store's
/// results: the episode's assemble node and everything it was made from.
package enum ProvenanceBuilder {
    /// The manifest of episode `episode`, whose finished file is `video`, from `graph` (the
    /// graph that rendered it) and `results` (the store's results for its nodes). The public
    /// key is left empty: `ProjectSigningKey.sign` fills it.
    /// - Throws: `GovernanceError` `.provenanceInvalid` when the graph has no assemble node for
    ///   the episode, `.storeFailed` when the video cannot be read.
    ///
    /// - Parameters:
    ///   - assembleKey: the node that made `video`: an assemble node (an experiment's variant
    ///     has its own), or a cover variant's cover node (`video` is then its `cover.jpg`, whose
    ///     visible label is the AI badge the cover step draws); nil: the episode's first assemble.
    ///   - variant: the variant's tag (`ep001-hook/B`), recorded in the manifest.
    package static func manifest(
        episode: Int, video: URL, seriesTitle: String, graph: ProductionGraph, results: [NodeKey: NodeResult], now: Date = Date(),
        assembleKey: NodeKey? = nil, variant: String? = nil
    ) throws(GovernanceError) -> ProvenanceManifest {
        guard let assemble = graph.nodes.first(where: { node in
            assembleKey.map { node.key == $0 && (node.step == AssembleStep.kind || node.step == CoverStep.kind) }
                ?? (node.step == AssembleStep.kind && node.episode == episode)
        }) else {
            throw GovernanceError(
                code: .provenanceInvalid,
                message: "episode \(episode) has no assemble step in the production graph, so there is no video to vouch for. Render it with cliff render first.")
        }
        // Everything the assemble node reads, inputs before the nodes that read them.
        var ordered: [Node] = []
        var seen: Set<NodeKey> = []
        func visit(_ key: NodeKey) {
            guard seen.insert(key).inserted, let node = graph[key] else { return }
            for input in node.inputs { visit(input) }
            ordered.append(node)
        }
        visit(assemble.key)
        var label: ProvenanceManifest.VisibleLabel?
        let steps = ordered.map { node -> ProvenanceManifest.Step in
            let json = try? JSONSerialization.jsonObject(with: node.parameters)
            if label == nil, node.step == ShotStep.kind, let overlays = (json as? [String: Any])?["overlays"] as? [[String: Any]],
                let overlay = overlays.first(where: { $0["kind"] as? String == "label" })
            {
                label = .init(
                    text: overlay["text"] as? String ?? "", node: node.key.hex, start: Self.compact(overlay["start"]),
                    end: Self.compact(overlay["end"]))
            }
            var outputs: [String: String] = [:]
            for output in results[node.key]?.outputs ?? [] { outputs[output.name] = output.hash }
            return ProvenanceManifest.Step(
                node: node.key.hex, step: node.step, generator: node.generator.id, version: node.generator.version,
                seeds: seeds(in: json).sorted(), parametersSHA256: hex(SHA256.hash(data: node.parameters)),
                inputs: node.inputs.map(\.hex), outputs: outputs)
        }
        if assemble.step == CoverStep.kind, let language = CoverStep.language(assemble) {
            // A still: the badge is drawn into the whole picture.
            label = .init(text: ScriptPipeline.label(language), node: assemble.key.hex, start: "0", end: "still")
        }
        let aigc = aigcTag(of: assemble)
        let (digest, size) = try fileDigest(video)
        return ProvenanceManifest(
            series: seriesTitle, episode: episode, file: video.lastPathComponent, fileSHA256: digest, fileSize: size, aigc: aigc,
            visibleLabel: label, steps: steps, created: AuditLog.timestamp(now), publicKey: "", variant: variant)
    }

    /// The AIGC metadata an assemble node writes into its video.
    static func aigcTag(of assemble: Node) -> [String: String] {
        var aigc: [String: String] = [:]
        if let json = try? JSONSerialization.jsonObject(with: assemble.parameters) as? [String: Any],
            let tag = json["aigc"] as? [String: Any]
        {
            for (key, value) in tag { aigc[key] = "\(value)" }
        }
        return aigc
    }

    /// SHA-256 (hex) and size of a file, read in chunks.
    /// - Throws: `GovernanceError` `.storeFailed`.
    package static func fileDigest(_ url: URL) throws(GovernanceError) -> (sha256: String, size: Int64) {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            var hasher = SHA256()
            var size: Int64 = 0
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
                size += Int64(chunk.count)
            }
            return (hex(hasher.finalize()), size)
        } catch {
            throw GovernanceError(code: .storeFailed, message: "cannot read \(url.path): \(error.localizedDescription).")
        }
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String { AtomicWrite.hex(digest) }

    /// `key=value` for every parameter whose name contains `seed`, at any depth.
    private static func seeds(in json: Any?, path: String = "") -> [String] {
        switch json {
        case let object as [String: Any]:
            return object.flatMap { key, value -> [String] in
                let name = path.isEmpty ? key : "\(path).\(key)"
                if key.lowercased().contains("seed"), !(value is [String: Any]), !(value is [Any]) { return ["\(name)=\(value)"] }
                return seeds(in: value, path: name)
            }
        case let array as [Any]:
            return array.enumerated().flatMap { seeds(in: $1, path: "\(path)[\($0)]") }
        default:
            return []
        }
    }

    private static func compact(_ value: Any?) -> String {
        guard let value else { return "" }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) {
            return String(decoding: data, as: UTF8.self)
        }
        return "\(value)"
    }
}
