public import DramaModel
public import Foundation

/// What a run would do: the graph, which nodes are cached, which must run, and what that
/// is expected to cost. `cliff produce --dry-run` prints it; `ProductionRun` carries it out.
public struct ProductionPlan: Sendable {
    /// The whole graph for the selected episodes.
    public let graph: ProductionGraph
    /// Nodes whose results exist with their assets (and exported files) intact.
    public let cached: Set<NodeKey>
    /// Nodes to run, inputs first.
    public let toRun: [Node]
    /// Nodes with a result whose assets or exports went missing or changed (run again).
    public let stale: [NodeKey]
    /// Estimated cost per node to run.
    public let estimatedCosts: [NodeKey: Money]
    /// The episodes covered (nil: all).
    public let scope: JobScope

    /// Estimated cost of the nodes to run.
    public var estimatedTotal: Money { estimatedCosts.values.reduce(.zero, +) }

    /// Works out the plan for `graph` against what `store` and `assets` already hold.
    /// - Throws: `ProductionError` (`storeFailed`, `unpricedUsage`).
    public static func make(
        graph: ProductionGraph, scope: JobScope, store: any JobStore, assets: AssetStore, projectRoot: URL, prices: PriceBook
    ) async throws -> ProductionPlan {
        let results = try await store.results(for: graph.nodes.map(\.key))
        var cached: Set<NodeKey> = []
        var stale: [NodeKey] = []
        var toRun: [Node] = []
        var costs: [NodeKey: Money] = [:]
        var unpriced: [ProductionError] = []
        for node in graph.nodes {
            if let result = results[node.key] {
                let intact = result.outputs.allSatisfy(assets.contains)
                    && result.exported.allSatisfy { file in
                        FileStat.of(projectRoot.appendingPathComponent(file.path).path).map { $0 == (file.size, file.modified) } ?? false
                    }
                if intact {
                    cached.insert(node.key)
                    continue
                }
                stale.append(node.key)
            }
            toRun.append(node)
            do {
                costs[node.key] = try prices.cost(of: node.estimate, generator: node.generator)
            } catch {
                if !unpriced.contains(where: { $0.message == error.message }) { unpriced.append(error) }
            }
        }
        if let first = unpriced.first {
            throw ProductionError(
                code: .unpricedUsage,
                message: unpriced.count == 1 ? first.message : "\(unpriced.count) generators have no price:\n" + unpriced.map(\.message).joined(separator: "\n"))
        }
        return ProductionPlan(graph: graph, cached: cached, toRun: toRun, stale: stale, estimatedCosts: costs, scope: scope)
    }
}
