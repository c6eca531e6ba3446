/// A set of nodes closed under inputs, in an order where every node follows its inputs.
///
/// Nodes with equal keys are one node: an episode that needs a character sheet another
/// episode also needs shares it.
public struct ProductionGraph: Sendable {
    /// Nodes in dependency order.
    public private(set) var nodes: [Node] = []
    private var index: [NodeKey: Int] = [:]

    /// An empty graph.
    public init() {}

    /// Adds a node whose inputs are already in the graph and returns its key.
    /// - Precondition: every input was added before (graphs are built front to back).
    @discardableResult
    public mutating func add(_ node: Node) -> NodeKey {
        if index[node.key] != nil { return node.key }
        for input in node.inputs {
            precondition(index[input] != nil, "input \(input.short) of \(node.label) must be added first")
        }
        index[node.key] = nodes.count
        nodes.append(node)
        return node.key
    }

    /// The node with `key`.
    public subscript(key: NodeKey) -> Node? { index[key].map { nodes[$0] } }

    /// Whether the graph has a node with `key`.
    public func contains(_ key: NodeKey) -> Bool { index[key] != nil }

    /// Number of nodes.
    public var count: Int { nodes.count }

    /// Every key.
    public var keys: Set<NodeKey> { Set(index.keys) }

    /// The nodes that read `key`'s outputs, directly or through others.
    public func dependents(of key: NodeKey) -> Set<NodeKey> {
        var readers: [NodeKey: [NodeKey]] = [:]
        for node in nodes { for input in node.inputs { readers[input, default: []].append(node.key) } }
        var found: Set<NodeKey> = []
        var stack = [key]
        while let next = stack.popLast() {
            for reader in readers[next] ?? [] where found.insert(reader).inserted { stack.append(reader) }
        }
        return found
    }
}
