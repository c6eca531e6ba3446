public import DramaModel

/// Prices usage with the project's price book (`cliff.yaml` `prices:`).
///
/// The first rule whose generator glob matches and whose unit is the usage's unit applies.
/// Built-in generators cost nothing unless priced; any other generator's usage must be
/// priced, so a budget can never be bypassed by a forgotten price. Requests (`request`) are
/// counted for every service call but cost nothing unless a rule prices them, since few
/// services bill per call.
public struct PriceBook: Sendable, Hashable {
    /// The rules, in order.
    package var rules: [ProductionSettings.PriceRule]

    /// Creates a price book.
    package init(_ rules: [ProductionSettings.PriceRule]) { self.rules = rules }

    /// The cost of `quantity` units for `generator`, rounded up to the nano-dollar.
    /// - Throws: `ProductionError` with code `unpricedUsage` for a generator that is not local (`builtin.*`, `local.*`) and has no price.
    public func cost(_ quantity: Double, _ unit: UsageUnit, generator: GeneratorID) throws(ProductionError) -> Money {
        guard quantity > 0 else { return .zero }
        guard let rule = rules.first(where: { $0.unit == unit && GeneratorPattern.matches($0.generator, generator.id) }) else {
            if generator.isLocal || unit == .request { return .zero }
            throw ProductionError(
                code: .unpricedUsage,
                message: "cliff.yaml: prices: no price for \(unit) of generator '\(generator.id)'. Add a line under 'prices:', e.g. - { generator: \"\(generator.id)\", unit: \(unit), usd: 0.01 }")
        }
        let nanos = (quantity * Double(rule.price.nanos) / Double(rule.per)).rounded(.up)
        return Money(nanos: Int64(min(nanos, Double(Int64.max / 2))))
    }

    /// The cost of every unit of `usage`.
    /// - Throws: `ProductionError` with code `unpricedUsage`.
    public func cost(of usage: Usage, generator: GeneratorID) throws(ProductionError) -> Money {
        var total = Money.zero
        for (unit, quantity) in usage.quantities.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            total += try cost(quantity, unit, generator: generator)
        }
        return total
    }
}
