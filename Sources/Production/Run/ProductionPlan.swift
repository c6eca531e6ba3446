public import DramaModel
package import Foundation

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
    package static func make(
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

extension ProductionPlan {
    /// Cached and new nodes and their estimated cost, for one step or one episode.
    package struct Tally: Sendable, Hashable {
        /// Nodes already made.
        package var cached = 0
        /// Nodes to make.
        package var new = 0
        /// Estimated cost of the nodes to make.
        package var cost = Money.zero
    }

    /// Tallies per step kind (`voice`, `shot`, …), sorted by step.
    package var tallyByStep: [(step: String, tally: Tally)] {
        tally { $0.step }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Tallies per episode (0: nodes shared by every episode), sorted by episode.
    package var tallyByEpisode: [(episode: Int, tally: Tally)] {
        tally { $0.episode ?? 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private func tally<Key: Hashable>(by key: (Node) -> Key) -> [Key: Tally] {
        var tallies: [Key: Tally] = [:]
        for node in graph.nodes {
            if cached.contains(node.key) {
                tallies[key(node), default: Tally()].cached += 1
            } else {
                tallies[key(node), default: Tally()].new += 1
            }
            tallies[key(node), default: Tally()].cost += estimatedCosts[node.key] ?? .zero
        }
        return tallies
    }
}
