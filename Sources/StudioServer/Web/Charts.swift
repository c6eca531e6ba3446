import Studio
import Basics
import Foundation

/// Dependency-free SVG charts for the audience dashboards, drawn on the server. Every chart
/// scales to its container (`viewBox`, width 100 %), so it reads on a phone; text is escaped;
/// colours come from the studio style's palette.
enum Charts {
    typealias Band = AudienceDashboard.Band
    typealias Marker = AudienceDashboard.Marker
    typealias Bar = AudienceDashboard.ChartBar

    static let width = 640.0
    static let plotLeft = 44.0
    static let plotRight = 628.0

    /// Beat colours by kind; unknown kinds are grey.
    static func colour(_ beat: String) -> String {
        switch beat {
        case "hook": "#e4572e"
        case "confrontation", "humiliation": "#c0392b"
        case "reveal", "cliffhanger": "#8e44ad"
        case "romance", "plea": "#d35d8e"
        case "exposition": "#7f8c8d"
        case "scheme", "warning": "#2e86ab"
        case "triumph": "#27ae60"
        default: "#95a5a6"
        }
    }

    /// Per-second retention (share of starts still watching; may exceed 1 with rewatches),
    /// optionally against the series' median episode, with the script's beats in a strip under
    /// the plot and hotspots marked (each a link to its shot).
    static func retention(curve: [Double], median: [Double]?, bands: [Band], markers: [Marker], title: String) -> String {
        // The last second, past the end of the picture, reads as everyone leaving: drop it.
        var curve = curve, median = median
        if curve.count > 2, curve[curve.count - 1] == 0 { curve.removeLast() }
        if let m = median, m.count > 2, m[m.count - 1] == 0 { median = Array(m.dropLast()) }
        let top = 28.0, plotHeight = 200.0, stripTop = top + plotHeight + 8, stripHeight = 18.0, height = stripTop + stripHeight + 26
        let seconds = Double(max(curve.count - 1, 1))
        let peak = max(1, (curve + (median ?? [])).max() ?? 1)
        func x(_ second: Double) -> Double { plotLeft + (plotRight - plotLeft) * min(max(second / seconds, 0), 1) }
        func y(_ share: Double) -> Double { top + plotHeight * (1 - share / peak) }
        var svg = header(height: height, title: title)
        for tick in stride(from: 0.0, through: peak, by: peak > 1.5 ? 0.5 : 0.25) {
            svg += ##"<line x1="\##(f(plotLeft))" y1="\##(f(y(tick)))" x2="\##(f(plotRight))" y2="\##(f(y(tick)))" stroke="#ddd" stroke-width="1"/>"##
            svg += ##"<text x="\##(f(plotLeft - 6))" y="\##(f(y(tick) + 4))" text-anchor="end" font-size="11" fill="#666">\##(Int((tick * 100).rounded()))%</text>"##
        }
        let step = seconds > 120 ? 30.0 : seconds > 40 ? 15.0 : 5.0
        for tick in stride(from: 0.0, through: seconds, by: step) {
            svg += ##"<text x="\##(f(x(tick)))" y="\##(f(height - 8))" text-anchor="middle" font-size="11" fill="#666">\##(Int(tick))s</text>"##
        }
        for band in bands where band.end > band.start {
            let left = x(band.start), right = x(band.end)
            svg += ##"<rect x="\##(f(left))" y="\##(f(stripTop))" width="\##(f(max(right - left, 1)))" height="\##(f(stripHeight))" fill="\##(colour(band.label))"><title>\##(TextEscaping.html(band.label)) \##(f(band.start))–\##(f(band.end)) s</title></rect>"##
            if right - left > 54 {
                svg += ##"<text x="\##(f(left + 3))" y="\##(f(stripTop + 13))" font-size="10" fill="#fff">\##(TextEscaping.html(band.label))</text>"##
            }
        }
        if let median, median.count > 1 {
            svg += ##"<polyline fill="none" stroke="#999" stroke-width="1.5" stroke-dasharray="4 3" points="\##(points(median, x: x, y: y))"><title>series median episode</title></polyline>"##
        }
        if curve.count > 1 {
            svg += ##"<polyline fill="none" stroke="#e4572e" stroke-width="2.5" points="\##(points(curve, x: x, y: y))"/>"##
        }
        for marker in markers {
            let index = min(max(Int(marker.second.rounded()), 0), max(curve.count - 1, 0))
            let share = curve.isEmpty ? 0 : curve[index]
            let circle = ##"<circle cx="\##(f(x(marker.second)))" cy="\##(f(y(share)))" r="6" fill="#fff" stroke="#c0392b" stroke-width="2.5"><title>\##(TextEscaping.html(marker.label))</title></circle>"##
            svg += marker.link.map { ##"<a href="\##(TextEscaping.html($0))">\##(circle)</a>"## } ?? circle
        }
        return svg + "</svg>"
    }

    /// Horizontal bars, one per row (a funnel: starts, completions per episode), scaled to the
    /// largest value; `note` is printed at the bar's end.
    static func bars(_ rows: [Bar], title: String, percent: Bool = false) -> String {
        let rowHeight = 20.0, top = 28.0, height = top + rowHeight * Double(rows.count) + 10
        let peak = max(rows.map(\.value).max() ?? 1, percent ? 1 : 1e-9)
        var svg = header(height: height, title: title)
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            let length = (plotRight - 170 - plotLeft) * max(row.value, 0) / peak
            svg += ##"<text x="\##(f(plotLeft - 6))" y="\##(f(y + 14))" text-anchor="end" font-size="11" fill="#333">\##(TextEscaping.html(row.label))</text>"##
            svg += ##"<rect x="\##(f(plotLeft))" y="\##(f(y + 3))" width="\##(f(max(length, 1)))" height="\##(f(rowHeight - 6))" rx="2" fill="#2e86ab"/>"##
            svg += ##"<text x="\##(f(plotLeft + max(length, 1) + 6))" y="\##(f(y + 14))" font-size="11" fill="#333">\##(TextEscaping.html(row.note))</text>"##
        }
        return svg + "</svg>"
    }

    /// A rate per episode (0–1) as columns, with a dashed line at the series average.
    static func columns(_ rows: [Bar], title: String) -> String {
        let top = 28.0, plotHeight = 160.0, height = top + plotHeight + 30
        let count = Double(max(rows.count, 1))
        let slot = (plotRight - plotLeft) / count
        var svg = header(height: height, title: title)
        func y(_ value: Double) -> Double { top + plotHeight * (1 - min(max(value, 0), 1)) }
        for tick in [0.0, 0.5, 1.0] {
            svg += ##"<line x1="\##(f(plotLeft))" y1="\##(f(y(tick)))" x2="\##(f(plotRight))" y2="\##(f(y(tick)))" stroke="#ddd"/>"##
            svg += ##"<text x="\##(f(plotLeft - 6))" y="\##(f(y(tick) + 4))" text-anchor="end" font-size="11" fill="#666">\##(Int(tick * 100))%</text>"##
        }
        for (index, row) in rows.enumerated() {
            let left = plotLeft + slot * Double(index) + slot * 0.15
            svg += ##"<rect x="\##(f(left))" y="\##(f(y(row.value)))" width="\##(f(max(slot * 0.7, 1)))" height="\##(f(y(0) - y(row.value)))" fill="#27ae60"><title>\##(TextEscaping.html(row.label)): \##(TextEscaping.html(row.note))</title></rect>"##
            if rows.count <= 30 || index % 5 == 0 {
                svg += ##"<text x="\##(f(left + slot * 0.35))" y="\##(f(height - 12))" text-anchor="middle" font-size="10" fill="#666">\##(TextEscaping.html(row.label))</text>"##
            }
        }
        if !rows.isEmpty {
            let mean = rows.map(\.value).reduce(0, +) / Double(rows.count)
            svg += ##"<line x1="\##(f(plotLeft))" y1="\##(f(y(mean)))" x2="\##(f(plotRight))" y2="\##(f(y(mean)))" stroke="#333" stroke-dasharray="5 4"><title>average \##(Int((mean * 100).rounded()))%</title></line>"##
        }
        return svg + "</svg>"
    }

    private static func header(height: Double, title: String) -> String {
        ##"<svg class="chart" viewBox="0 0 \##(f(width)) \##(f(height))" width="100%" role="img" aria-label="\##(TextEscaping.html(title))" xmlns="http://www.w3.org/2000/svg">"##
            + ##"<text x="\##(f(plotLeft))" y="16" font-size="13" font-weight="600" fill="#222">\##(TextEscaping.html(title))</text>"##
    }

    private static func points(_ values: [Double], x: (Double) -> Double, y: (Double) -> Double) -> String {
        values.enumerated().map { "\(f(x(Double($0.offset)))),\(f(y($0.element)))" }.joined(separator: " ")
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

}
