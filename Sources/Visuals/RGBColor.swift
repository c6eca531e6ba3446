import Foundation

/// An opaque sRGB colour of a character design or a scene.
package struct RGBColor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Red, 0–255.
    package var red: UInt8
    /// Green, 0–255.
    package var green: UInt8
    /// Blue, 0–255.
    package var blue: UInt8

    /// Creates a colour from its components.
    package init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Creates a colour from `0xrrggbb`.
    package init(_ hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xff), green: UInt8((hex >> 8) & 0xff), blue: UInt8(hex & 0xff))
    }

    /// Parses `#rrggbb` (the `#` is optional); `nil` for anything else.
    package init?(hex text: String) {
        var digits = text.trimmingCharacters(in: .whitespaces)
        if digits.hasPrefix("#") { digits.removeFirst() }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(value)
    }

    /// `#rrggbb`.
    package var hex: String {
        let value = (Int(red) << 16) | (Int(green) << 8) | Int(blue)
        let digits = String(value, radix: 16)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }

    package var description: String { hex }

    /// Components as 0–1 doubles, for cairo.
    var unit: (r: Double, g: Double, b: Double) { (Double(red) / 255, Double(green) / 255, Double(blue) / 255) }

    /// Creates a colour from 0–1 components, clamped.
    init(unitRed r: Double, green g: Double, blue b: Double) {
        func byte(_ v: Double) -> UInt8 { UInt8(max(0, min(255, (v * 255).rounded()))) }
        self.init(red: byte(r), green: byte(g), blue: byte(b))
    }

    /// A straight mix: `amount` 0 is `self`, 1 is `other`.
    func mixed(with other: RGBColor, _ amount: Double) -> RGBColor {
        let a = unit, b = other.unit
        return RGBColor(unitRed: a.r + (b.r - a.r) * amount, green: a.g + (b.g - a.g) * amount, blue: a.b + (b.b - a.b) * amount)
    }

    /// Towards black by `amount` (0–1).
    func darker(_ amount: Double) -> RGBColor { mixed(with: RGBColor(0x000000), amount) }
    /// Towards white by `amount` (0–1).
    func lighter(_ amount: Double) -> RGBColor { mixed(with: RGBColor(0xffffff), amount) }

    /// Each component multiplied by the other colour's (a colour filter).
    func multiplied(by other: RGBColor) -> RGBColor {
        let a = unit, b = other.unit
        return RGBColor(unitRed: a.r * b.r, green: a.g * b.g, blue: a.b * b.b)
    }

    /// Perceived brightness, 0–1.
    var luminance: Double {
        let c = unit
        return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b
    }

    /// Sum of absolute component differences, 0–765.
    func distance(to other: RGBColor) -> Int {
        abs(Int(red) - Int(other.red)) + abs(Int(green) - Int(other.green)) + abs(Int(blue) - Int(other.blue))
    }

    /// The outline ink for a fill: a much darker, slightly warm version.
    var outline: RGBColor { darker(0.62).mixed(with: RGBColor(0x2a1a1f), 0.25) }
}
