package import Editing
package import Foundation

extension StepInput {
    /// The file holding output `name` of input `key`, verified against its hash: for tools
    /// (ffmpeg) that read files rather than bytes.
    /// - Throws: `ProductionError` with code `assetMissing` or `assetCorrupt`.
    package func file(of key: NodeKey, _ name: String) throws -> URL {
        guard let result = inputs[key], let ref = result.outputs.first(where: { $0.name == name }) else {
            throw ProductionError(code: .assetMissing, message: "\(node.label): input \(key.short) has no output '\(name)'")
        }
        guard assets.verify(ref) else {
            _ = try assets.data(ref)  // throws the precise missing/corrupt error (and removes a corrupt file)
            throw ProductionError(code: .assetCorrupt, message: "\(node.label): asset \(ref.hash.prefix(12)) failed verification")
        }
        return assets.url(ofHash: ref.hash)
    }

    /// A fresh folder for a step's intermediate files, under the store's `tmp/` so that one
    /// left by a killed process is swept by the next run. The caller removes it when done.
    /// - Throws: `ProductionError` with code `storeFailed`.
    package func makeScratchFolder() throws -> URL {
        let folder = assets.temporaryFolder.appendingPathComponent("work-\(getpid())-\(UInt64.random(in: 0...UInt64.max))", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ProductionError(code: .storeFailed, message: "cannot create a work folder in \(assets.root.path): \(error.localizedDescription)", underlying: error)
        }
        return folder
    }

    /// ffmpeg and ffprobe, for steps that render; their absence fails the job for good, with
    /// the message naming the package to install.
    package static func mediaTools() throws -> MediaTools {
        do { return try MediaTools.locate() } catch { throw StepFailure.permanent(error.message) }
    }
}
