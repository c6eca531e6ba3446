public import DramaModel

/// Quantities of usage units a generator call consumed (or is expected to).
public struct Usage: Sendable, Hashable, Codable {
    /// Quantity per unit.
    public var quantities: [UsageUnit: Double]

    /// Creates a usage record.
    public init(_ quantities: [UsageUnit: Double] = [:]) { self.quantities = quantities }

    /// Nothing consumed.
    public static let none = Usage()

    /// Whether nothing was consumed.
    public var isEmpty: Bool { quantities.values.allSatisfy { $0 == 0 } }

    /// Adds usage.
    public static func + (a: Usage, b: Usage) -> Usage {
        Usage(a.quantities.merging(b.quantities, uniquingKeysWith: +))
    }

    /// The quantity of one unit.
    public subscript(unit: UsageUnit) -> Double {
        get { quantities[unit] ?? 0 }
        set { quantities[unit] = newValue }
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: Double].self)
        var quantities: [UsageUnit: Double] = [:]
        for (name, value) in raw {
            guard let unit = UsageUnit(rawValue: name) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown usage unit \(name)"))
            }
            quantities[unit] = value
        }
        self.quantities = quantities
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: quantities.map { ($0.key.rawValue, $0.value) }))
    }
}
