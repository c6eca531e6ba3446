public import Foundation
import DramaModel

extension JobStore {
    /// Records what a model writer consumed (tokens, requests) in the ledger, priced by the
    /// project's price book, as one `write` entry per unit for the episodes written.
    /// - Throws: `ProductionError` (`unpricedUsage` for a unit the price book does not price,
    ///   `storeFailed`).
    /// - Parameters:
    ///   - step: the ledger's step (`write`, `translate`).
    ///   - owner: who spent it (`cliff write`).
    public func recordWriterUsage(
        _ usage: Usage, generator: GeneratorID, episodes: [Int], prices: PriceBook, at time: Date = Date(), step: String = "write",
        owner: String = "cliff write"
    ) async throws {
        guard !usage.isEmpty else { return }
        let key = NodeKey(generator: generator, parameters: step == "write" ? CanonicalJSON.encode(episodes) : CanonicalJSON.encode([step: episodes]), inputs: [])
        var entries: [LedgerEntry] = []
        for (unit, quantity) in usage.quantities.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where quantity > 0 {
            entries.append(LedgerEntry(
                node: key, episode: nil, step: step, generator: generator.id, unit: unit, quantity: quantity,
                cost: try prices.cost(quantity, unit, generator: generator), succeeded: true, attempt: 1, owner: owner, at: time))
        }
        try await recordUsage(entries)
    }
}

extension PriceBook {
    /// Checks, before a model writer is asked for anything, that what it will use can be
    /// priced (its input and output tokens), so nothing is paid for that the ledger cannot
    /// record.
    /// - Throws: `ProductionError` `unpricedUsage` naming every unit without a price.
    public func requireWriterPrices(_ generator: GeneratorID) throws(ProductionError) {
        var missing: [String] = []
        for unit in [UsageUnit.inputToken, .outputToken] {
            do throws(ProductionError) {
                _ = try cost(1, unit, generator: generator)
            } catch {
                missing.append(error.message)
            }
        }
        guard missing.isEmpty else { throw ProductionError(code: .unpricedUsage, message: missing.joined(separator: "\n")) }
    }
}

