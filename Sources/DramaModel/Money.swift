/// An amount of US dollars, exact to a billionth of a dollar (a "nano-dollar").
///
/// Prices of model calls are tiny per unit (15 USD per million characters is 0.000015 per
/// character), so money is kept as whole nano-dollars, never as floating point.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Whole nano-dollars (10⁻⁹ USD).
    public var nanos: Int64

    /// Creates an amount from nano-dollars.
    public init(nanos: Int64) { self.nanos = nanos }

    /// Nothing.
    public static let zero = Money(nanos: 0)

    /// Nano-dollars per dollar.
    public static let nanosPerDollar: Int64 = 1_000_000_000

    /// Parses a decimal dollar amount exactly: `"0.5"`, `"15"`, `"0.000015"`, `"$1.20"`.
    /// Returns nil for anything else (more than nine decimals, signs, exponents).
    public init?(dollars text: String) {
        var text = Substring(text.trimmingWhitespace())
        if text.hasPrefix("$") { text = text.dropFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 9, parts[0].count <= 9 else { return nil }
        let whole = Int64(parts[0].isEmpty ? "0" : String(parts[0])) ?? 0
        let padded = String(fraction) + String(repeating: "0", count: 9 - fraction.count)
        nanos = whole * Self.nanosPerDollar + (Int64(padded) ?? 0)
    }

    /// The amount in dollars, for display and ratios only.
    public var dollars: Double { Double(nanos) / Double(Self.nanosPerDollar) }

    /// `$0.0123`: four decimals, more when the amount is smaller than a cent but not zero.
    public var description: String {
        let sign = nanos < 0 ? "-" : ""
        let value = nanos.magnitude
        let whole = value / UInt64(Self.nanosPerDollar)
        let fraction = value % UInt64(Self.nanosPerDollar)
        var digits = String(fraction)
        digits = String(repeating: "0", count: 9 - digits.count) + digits
        var shown = 4
        if whole == 0, fraction > 0, fraction < 100_000 {
            shown = min(9, (digits.firstIndex(where: { $0 != "0" }).map { digits.distance(from: digits.startIndex, to: $0) } ?? 8) + 2)
        }
        return "\(sign)$\(whole).\(digits.prefix(shown))"
    }

    public static func < (a: Money, b: Money) -> Bool { a.nanos < b.nanos }
    public static func + (a: Money, b: Money) -> Money { Money(nanos: a.nanos + b.nanos) }
    public static func - (a: Money, b: Money) -> Money { Money(nanos: a.nanos - b.nanos) }
    public static func += (a: inout Money, b: Money) { a.nanos += b.nanos }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> Substring {
        let scalars = Substring(self)
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return scalars[first...last]
    }
}
