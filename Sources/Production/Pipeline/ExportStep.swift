import DramaModel
import Foundation

/// Copies finished outputs from the asset store to where people and players look for them
/// (`out/ep001/episode.srt`), atomically. A later run checks the files are still there and
/// unchanged, and exports again when they are not.
package struct ExportStep: Step {
    /// `export`.
    public static let kind = "export"
    /// `builtin.export@1`.
    public static let generatorID = GeneratorID("builtin.export", version: 1)
    public var kind: String { Self.kind }
    public var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    public init() {}

    /// One file to export: output `name` of input number `input`, to `path` in the project.
    public struct File: Codable, Sendable, Hashable {
        var input: Int
        var name: String
        var path: String
    }

    /// What an export node is made from.
    public struct Parameters: Codable, Sendable, Hashable {
        var files: [File]
    }

    public func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        var output = StepOutput()
        for file in parameters.files {
            guard input.node.inputs.indices.contains(file.input) else {
                throw StepFailure.permanent("\(input.node.label): no input number \(file.input)")
            }
            let data = try input.data(of: input.node.inputs[file.input], file.name)
            do {
                try AtomicFile.write(data, to: input.projectRoot.appendingPathComponent(file.path))
            } catch {
                throw StepFailure.transient(error.message)
            }
            output.exported.append(file.path)
        }
        return output
    }
}
