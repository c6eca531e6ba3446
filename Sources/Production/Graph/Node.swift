public import Foundation

/// One step's work on specific inputs: what the queue stores as a job and the cache as a result.
public struct Node: Sendable, Hashable {
    /// Hash of generator, version, parameters and input keys.
    public let key: NodeKey
    /// The step that runs it (a `Step.kind` registered in the `StepRegistry`).
    public let step: String
    /// The generator and its version.
    public let generator: GeneratorID
    /// The episode it belongs to, or nil when episodes share it (a character sheet).
    public let episode: Int?
    /// Lower runs first: earlier episodes, then earlier steps.
    public let priority: Int
    /// Nodes whose outputs it reads, in order.
    public let inputs: [NodeKey]
    /// Canonical JSON parameters the step decodes.
    public let parameters: Data
    /// For people: `ep003 cue 12 GRACE`.
    public let label: String
    /// Expected usage, for estimates and budgets.
    public let estimate: Usage

    /// Creates a node and computes its key.
    public init(
        step: String, generator: GeneratorID, episode: Int?, priority: Int, inputs: [NodeKey],
        parameters: Data, label: String, estimate: Usage = .none
    ) {
        self.init(
            key: NodeKey(generator: generator, parameters: parameters, inputs: inputs), step: step, generator: generator,
            episode: episode, priority: priority, inputs: inputs, parameters: parameters, label: label, estimate: estimate)
    }

    /// Recreates a node read back from a store, keeping its recorded key.
    public init(
        key: NodeKey, step: String, generator: GeneratorID, episode: Int?, priority: Int, inputs: [NodeKey],
        parameters: Data, label: String, estimate: Usage
    ) {
        self.key = key
        self.step = step
        self.generator = generator
        self.episode = episode
        self.priority = priority
        self.inputs = inputs
        self.parameters = parameters
        self.label = label
        self.estimate = estimate
    }
}
