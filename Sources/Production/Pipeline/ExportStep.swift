import Basics
import DramaModel
import Editing
import Foundation

/// Copies finished outputs from the asset store to where people and players look for them
/// (`out/ep001/episode.srt`), atomically. A later run checks the files are still there and
/// unchanged, and exports again when they are not.
///
/// A file can be tagged on the way out (an MP4, M4A or WAV gets `-metadata` tags such as the
/// AIGC label, its streams copied as they are), can be optional (exported when its input made
/// it), and an export can own a folder (`out/ep001/media`): files there that it no longer
/// exports, left by an earlier cut, are removed.
package struct ExportStep: Step {
    /// `export`.
    package static let kind = "export"
    /// `builtin.export@1`.
    package static let generatorID = GeneratorID("builtin.export", version: 1)
    package var kind: String { Self.kind }
    package var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    package init() {}

    /// One file to export: output `name` of input number `input`, to `path` in the project.
    package struct File: Codable, Sendable, Hashable {
        var input: Int
        var name: String
        var path: String
        /// Metadata tags written into the exported file (MP4, M4A or WAV).
        var tags: [String: String]?
        /// Exported only when the input made it (a stinger the cut does not use is not).
        var optional: Bool?
    }

    /// What an export node is made from.
    package struct Parameters: Codable, Sendable, Hashable {
        var files: [File]
        /// A folder (relative to the project) this export owns: its files not exported now are removed.
        var owns: String?
    }

    /// Every file `graph`'s export nodes write: its path (relative to the project), and the node
    /// and output it copies.
    package static func exports(in graph: ProductionGraph) -> [(path: String, source: NodeKey, name: String)] {
        graph.nodes.filter { $0.step == kind }.flatMap { node -> [(path: String, source: NodeKey, name: String)] in
            guard let parameters = try? JSONDecoder().decode(Parameters.self, from: node.parameters) else { return [] }
            return parameters.files.compactMap { file in
                node.inputs.indices.contains(file.input) ? (file.path, node.inputs[file.input], file.name) : nil
            }
        }
    }

    package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        var output = StepOutput()
        for file in parameters.files {
            guard input.node.inputs.indices.contains(file.input) else {
                throw StepFailure.permanent("\(input.node.label): no input number \(file.input)")
            }
            let key = input.node.inputs[file.input]
            if file.optional == true, input.inputs[key]?.outputs.contains(where: { $0.name == file.name }) != true { continue }
            let destination = input.projectRoot.appendingPathComponent(file.path)
            if let tags = file.tags, !tags.isEmpty {
                try await Self.writeTagged(try input.file(of: key, file.name), tags: tags, to: destination)
            } else {
                let data = try input.data(of: key, file.name)
                do {
                    try AtomicFile.write(data, to: destination)
                } catch {
                    throw StepFailure.transient(error.message)
                }
            }
            output.exported.append(file.path)
        }
        if let owned = parameters.owns {
            Self.prune(input.projectRoot.appendingPathComponent(owned, isDirectory: true), keeping: output.exported, under: owned)
        }
        return output
    }

    /// `source` copied to `destination` with `tags` added (streams copied, not re-encoded),
    /// through a temporary file beside it renamed into place.
    static func writeTagged(_ source: URL, tags: [String: String], to destination: URL) async throws {
        let tools = try StepInput.mediaTools()
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(getpid()).partial.\(destination.pathExtension)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var arguments = ["-i", source.path, "-map", "0", "-c", "copy"]
            for (key, value) in tags.sorted(by: { $0.key < $1.key }) { arguments += ["-metadata", "\(key)=\(value)"] }
            if ["mp4", "m4a", "mov"].contains(destination.pathExtension.lowercased()) {
                arguments += ["-movflags", "+faststart+use_metadata_tags"]
            }
            try await tools.ffmpeg(arguments + [temporary.path])
            guard rename(temporary.path, destination.path) == 0 else {
                throw ProductionError(code: .storeFailed, message: "cannot move the file into place: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw StepFailure.transient("cannot export \(destination.lastPathComponent): \((error as? any ExplainedError)?.message ?? String(describing: error))")
        }
    }

    /// Removes the files of `folder` (the project's `relative`) that are not in `kept`.
    static func prune(_ folder: URL, keeping kept: [String], under relative: String) {
        let keep = Set(kept)
        let prefix = relative.hasSuffix("/") ? relative : relative + "/"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where !keep.contains(prefix + name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
