import DramaModel
package import Foundation

/// One kind of production work: turns a node's parameters and its inputs' outputs into files.
///
/// A step is a pure function of what its node's key covers (generator, version, parameters,
/// inputs): the graph only runs it when no result for that key exists. Steps report what
/// they consumed so the ledger can price it.
package protocol Step: Sendable {
    /// The name jobs record to find this step again (`cue`, `subtitles`, `voice`).
    var kind: String { get }
    /// The generator and version this step runs.
    var generator: GeneratorID { get }
    /// Does the work.
    /// - Throws: `StepFailure` (transient or permanent); any other error counts as permanent.
    func run(_ input: StepInput) async throws -> StepOutput
}

/// What a step gets: its node and read access to its inputs' outputs.
package struct StepInput: Sendable {
    /// The node being made.
    package let node: Node
    /// The project folder (steps that export files write under `out/`).
    package let projectRoot: URL
    /// Which try this is, from 1.
    package let attempt: Int
    /// Outputs of each input node, by name.
    package let inputs: [NodeKey: NodeResult]
    let assets: AssetStore

    /// Creates an input (the runner does this).
    package init(node: Node, projectRoot: URL, attempt: Int, inputs: [NodeKey: NodeResult], assets: AssetStore) {
        self.node = node
        self.projectRoot = projectRoot
        self.attempt = attempt
        self.inputs = inputs
        self.assets = assets
    }

    /// Decodes the node's parameters.
    package func parameters<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try CanonicalJSON.decode(type, from: node.parameters)
        } catch {
            throw StepFailure.permanent("the parameters of \(node.label) do not decode as \(T.self): \(error)")
        }
    }

    /// The bytes of output `name` of input `key`, verified against their hash.
    /// - Throws: `ProductionError` with code `assetMissing` or `assetCorrupt`.
    package func data(of key: NodeKey, _ name: String) throws -> Data {
        guard let result = inputs[key], let ref = result.outputs.first(where: { $0.name == name }) else {
            throw ProductionError(code: .assetMissing, message: "\(node.label): input \(key.short) has no output '\(name)'")
        }
        return try assets.data(ref)
    }

    /// Metadata value `name` of input `key`.
    package func metadata(of key: NodeKey, _ name: String) -> String? { inputs[key]?.metadata[name] }
}

/// What a step made.
package struct StepOutput: Sendable {
    /// Named outputs to keep in the asset store.
    package var files: [(name: String, data: Data)] = []
    /// Files written outside the store (exports under `out/`), relative to the project folder.
    package var exported: [String] = []
    /// Small facts about the outputs (a duration), kept with the result.
    package var metadata: [String: String] = [:]
    /// What the work consumed.
    package var usage: Usage = .none

    /// An empty output.
    package init() {}

    /// Adds a named output file.
    package mutating func add(_ name: String, _ data: Data) { files.append((name, data)) }
}

/// A step's failure: transient ones are retried with backoff, permanent ones are kept with
/// their cause. Usage already billed for the failed try is still recorded.
public struct StepFailure: Error, Sendable, CustomStringConvertible {
    /// Whether trying again may help.
    public var isTransient: Bool
    /// What went wrong, for people.
    public var message: String
    /// What the failed try consumed (billed services charge failed calls too).
    public var usage: Usage

    /// A failure worth retrying (a timeout, a 429, a 503).
    public static func transient(_ message: String, usage: Usage = .none) -> StepFailure {
        StepFailure(isTransient: true, message: message, usage: usage)
    }

    /// A failure that will happen again (bad input, a refused request).
    public static func permanent(_ message: String, usage: Usage = .none) -> StepFailure {
        StepFailure(isTransient: false, message: message, usage: usage)
    }

    public var description: String { message }
}

/// The steps a build knows, by kind.
package struct StepRegistry: Sendable {
    private var steps: [String: any Step] = [:]

    /// An empty registry.
    package init() {}

    /// A registry holding `steps`.
    package init(_ steps: [any Step]) { for step in steps { register(step) } }

    /// Adds or replaces a step.
    package mutating func register(_ step: any Step) { steps[step.kind] = step }

    /// The step for `kind`.
    package subscript(kind: String) -> (any Step)? { steps[kind] }
}
