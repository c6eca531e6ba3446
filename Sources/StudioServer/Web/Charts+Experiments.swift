import Basics
import Foundation

extension Charts {
    /// One line of a line chart: a name (in the legend) and its points.
    struct Line: Sendable, Hashable {
        /// The legend's name.
        var name: String
        /// (x, y) points in order of x.
        var points: [(x: Double, y: Double)]

        static func == (a: Line, b: Line) -> Bool { a.name == b.name && a.points.map(\.x) == b.points.map(\.x) && a.points.map(\.y) == b.points.map(\.y) }
        func hash(into hasher: inout Hasher) { hasher.combine(name) }
    }

    /// Line colours, one per variant (the control first).
    static let lineColours = ["#2e86ab", "#e4572e", "#27ae60", "#8e44ad", "#f39c12", "#7f8c8d"]

    /// A line chart of a metric per variant over the viewers exposed so far (the experiment
    /// page's "over time"), y as a percentage when `percent`. Every point has a `<title>` with
    /// its value. Fewer than two points in every line: `missing` instead.
    static func lines(_ lines: [Line], title: String, xLabel: String, percent: Bool, missing: String) -> String {
        guard lines.contains(where: { $0.points.count > 1 }) else { return placeholder(title: title, missing: missing) }
        return chart(title: title) { layout in
            let (left, right, font) = (layout.plotLeft, layout.plotRight, f(layout.font))
            let titleLines = layout.titleLines(title), top = layout.top(titleLines.count)
            let height = layout.name == "narrow" ? 170.0 : 190.0
            let legendTop = top + height + 34
            let all = lines.flatMap(\.points)
            let maxX = max(1, all.map(\.x).max() ?? 1)
            var low = all.map(\.y).min() ?? 0, high = all.map(\.y).max() ?? 1
            if high - low < 1e-9 { low -= 0.05; high += 0.05 }
            let pad = (high - low) * 0.1
            low = percent ? max(0, low - pad) : low - pad
            high = percent ? min(1, high + pad) : high + pad
            func x(_ v: Double) -> Double { left + (right - left) * v / maxX }
            func y(_ v: Double) -> Double { top + height * (1 - (v - low) / max(1e-9, high - low)) }
            func label(_ v: Double) -> String { percent ? String(format: "%.1f %%", v * 100) : String(format: "%.1f", v) }
            var body = ""
            for (index, line) in titleLines.enumerated() {
                body += ##"<text x="8" y="\##(f(18 + Double(index) * (layout.titleFont + 4)))" font-size="\##(f(layout.titleFont))" font-weight="600">\##(TextEscaping.html(line))</text>"##
            }
            // Axes with three y ticks and the x range.
            for step in 0...2 {
                let value = low + (high - low) * Double(step) / 2
                body += ##"<line x1="\##(f(left))" x2="\##(f(right))" y1="\##(f(y(value)))" y2="\##(f(y(value)))" stroke="#ddd"/>"##
                body += ##"<text x="\##(f(left - 4))" y="\##(f(y(value) + 4))" font-size="\##(font)" text-anchor="end">\##(TextEscaping.html(percent ? String(format: "%.0f%%", value * 100) : String(format: "%.0f", value)))</text>"##
            }
            body += ##"<text x="\##(f(left))" y="\##(f(top + height + 16))" font-size="\##(font)">0</text>"##
            body += ##"<text x="\##(f(right))" y="\##(f(top + height + 16))" font-size="\##(font)" text-anchor="end">\##(TextEscaping.html("\(Int(maxX)) \(xLabel)"))</text>"##
            for (index, line) in lines.enumerated() where !line.points.isEmpty {
                let colour = lineColours[index % lineColours.count]
                let path = line.points.map { "\(f(x($0.x))),\(f(y($0.y)))" }.joined(separator: " ")
                body += ##"<polyline fill="none" stroke="\##(colour)" stroke-width="2.5" points="\##(path)"\##(index > 0 ? "" : #" stroke-dasharray="6 3""#)/>"##
                for point in line.points {
                    body += ##"<circle cx="\##(f(x(point.x)))" cy="\##(f(y(point.y)))" r="3" fill="\##(colour)"><title>\##(TextEscaping.html("\(line.name): \(label(point.y)) after \(Int(point.x)) \(xLabel)"))</title></circle>"##
                }
                let legendX = left + Double(index) * (layout.name == "narrow" ? 90 : 140)
                body += ##"<rect x="\##(f(legendX))" y="\##(f(legendTop - 10))" width="14" height="4" fill="\##(colour)"/>"##
                body += ##"<text x="\##(f(legendX + 18))" y="\##(f(legendTop - 5))" font-size="\##(font)">\##(TextEscaping.html(line.name))</text>"##
            }
            return Drawing(height: legendTop + 8, body: body)
        }
    }
}
