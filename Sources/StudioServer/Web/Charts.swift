import Studio
import Basics
import Foundation

/// Dependency-free SVG charts for the audience dashboards, drawn on the server; text is
/// escaped; colours come from the studio style's palette.
///
/// Every chart is one `<svg class="chart">` holding two drawings of it: wide (`Layout.wide`,
/// 640 units across, shown from 700 px) and narrow (`Layout.narrow`, 360 units across, shown
/// on phones). Each scales to the container's width, so a drawing's text is only as readable as
/// its font size over its width allows: the narrow one keeps every label at 11 CSS px or more
/// in a 328 px card (a 390 px wide phone), where the wide one would shrink it to 6 px. The
/// page's `responsiveStyle` shows one drawing and gives the chart that drawing's proportions.
/// Every bar, column and second of a curve has a `<title>` with its value, shown on hover; a
/// chart with nothing to draw says what is missing instead.
enum Charts {
    typealias Band = AudienceDashboard.Band
    typealias Marker = AudienceDashboard.Marker
    typealias Bar = AudienceDashboard.ChartBar

    /// A chart's geometry and type sizes, in viewBox units.
    struct Layout: Sendable, Hashable {
        /// `wide` or `narrow`: the SVG's class is `chart chart-<name>`.
        var name: String
        /// The viewBox width.
        var width: Double
        /// The plot's left and right edges.
        var plotLeft: Double, plotRight: Double
        /// Axis labels, notes and beat names; the title.
        var font: Double, titleFont: Double
        /// Room kept right of the funnel's longest bar for its note.
        var noteRoom: Double

        /// For desktop widths (shown from 700 px).
        static let wide = Layout(name: "wide", width: 640, plotLeft: 44, plotRight: 628, font: 12, titleFont: 14, noteRoom: 170)
        /// For phones: 13-unit text is 11.8 CSS px in a 328 px card.
        static let narrow = Layout(name: "narrow", width: 360, plotLeft: 48, plotRight: 352, font: 13, titleFont: 14, noteRoom: 180)

        /// The title in lines that fit across (by words; a word longer than a line stays whole).
        func titleLines(_ title: String) -> [String] {
            let fits = max(10, Int((width - 16) / (titleFont * 0.56)))
            var lines: [String] = []
            for word in title.split(separator: " ") {
                if let last = lines.last, last.count + 1 + word.count <= fits { lines[lines.count - 1] += " " + word } else { lines.append(String(word)) }
            }
            return lines.isEmpty ? [""] : lines
        }

        /// Where the plot starts under a title of `lines` lines.
        func top(_ lines: Int) -> Double { lines == 1 ? 28 : Double(lines) * (titleFont + 4) + 14 }
    }

    /// The CSS that shows one drawing per screen width, narrow below 700 px (at most 480 px
    /// wide, so its text does not grow past ~17 px on a tablet) and wide from 700 px, each
    /// with its own proportions (`--wide`, `--narrow` on the chart).
    static let responsiveStyle =
        "svg.chart{display:block;width:100%;height:auto;aspect-ratio:var(--wide)}svg.chart>.chart-narrow{display:none}"
        + "@media (max-width:699px){svg.chart{aspect-ratio:var(--narrow);max-width:480px}svg.chart>.chart-wide{display:none}"
        + "svg.chart>.chart-narrow{display:inline}}.chart-empty{padding:4px 0}.chart-empty p{margin:0 0 .4em}"

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

    /// One drawing of a chart: its height in viewBox units and its elements.
    struct Drawing {
        var height: Double
        var body: String
    }

    /// The chart titled `title` drawn in both layouts, in one `<svg class="chart">`.
    static func chart(title: String, _ draw: (Layout) -> Drawing) -> String {
        let wide = draw(.wide), narrow = draw(.narrow)
        // An image to assistive technology, unless it holds links (hotspots): then a group,
        // whose links stay reachable (an image's children are not, WCAG 4.1.2).
        let role = wide.body.contains("<a ") || narrow.body.contains("<a ") ? "group" : "img"
        var svg = ##"<svg class="chart" width="100%" role="\##(role)" aria-label="\##(TextEscaping.html(title))" style="--wide:\##(f(Layout.wide.width))/\##(f(wide.height));--narrow:\##(f(Layout.narrow.width))/\##(f(narrow.height))" xmlns="http://www.w3.org/2000/svg">"##
        for (layout, drawing) in [(Layout.wide, wide), (Layout.narrow, narrow)] {
            svg += ##"<svg class="chart-\##(layout.name)" viewBox="0 0 \##(f(layout.width)) \##(f(drawing.height))" width="100%" height="100%">"##
            svg += drawing.body + "</svg>"
        }
        return svg + "</svg>"
    }

    /// In place of a chart with no data: its title and what is missing.
    static func placeholder(title: String, missing: String) -> String {
        ##"<div class="chart-empty" role="note"><p><b>\##(TextEscaping.html(title))</b></p><p class="muted">\##(TextEscaping.html(missing))</p></div>"##
    }

    /// Per-second retention (share of starts still watching; may exceed 1 with rewatches),
    /// optionally against the series' median episode (drawn within 0–100 % and only as far as
    /// the curve goes), with the script's beats in a strip under the plot and hotspots marked
    /// (each a link to its shot). Hovering a second shows its values. Without at least two
    /// seconds of curve, `missing` is shown instead.
    static func retention(
        curve: [Double], median: [Double]?, bands: [Band], markers: [Marker], title: String, missing: String = "No viewer data for this episode yet",
        platforms: [(label: String, values: [Double?])] = []
    ) -> String {
        // The last second, past the end of the picture, reads as everyone leaving: drop it.
        var curve = curve, median = median
        if curve.count > 2, curve[curve.count - 1] == 0 { curve.removeLast() }
        guard curve.count > 1 else { return placeholder(title: title, missing: missing) }
        // The median: within 0–100 %, and not past the curve's end (the x axis ends there).
        median = median.map { Array($0.prefix(curve.count)).map { min(max($0, 0), 1) } }
        // External channels' curves: not past the curve's end either (they may exceed 100 %).
        let platforms = platforms.map { (label: $0.label, values: Array($0.values.prefix(curve.count))) }
        return chart(title: title) { layout in
            retention(curve: curve, median: median, bands: bands, markers: markers, title: title, platforms: platforms, layout: layout)
        }
    }

    /// The colours of external channels' curves, in order.
    static let platformColours = ["#1f77b4", "#2ca02c", "#9467bd", "#8c564b"]

    private static func retention(
        curve: [Double], median: [Double]?, bands: [Band], markers: [Marker], title: String, platforms: [(label: String, values: [Double?])],
        layout: Layout
    ) -> Drawing {
        let (plotLeft, plotRight, font) = (layout.plotLeft, layout.plotRight, f(layout.font))
        let lines = layout.titleLines(title), top = layout.top(lines.count)
        let plotHeight = layout.name == "narrow" ? 180.0 : 200.0, stripTop = top + plotHeight + 8, stripHeight = 20.0
        let height = stripTop + stripHeight + 28
        let seconds = Double(curve.count - 1)
        let peak = max(1, curve.max() ?? 1, platforms.flatMap { $0.values.compactMap { $0 } }.max() ?? 1)
        func x(_ second: Double) -> Double { plotLeft + (plotRight - plotLeft) * min(max(second / seconds, 0), 1) }
        func y(_ share: Double) -> Double { top + plotHeight * (1 - share / peak) }
        var svg = heading(lines, layout: layout)
        for tick in stride(from: 0.0, through: peak, by: peak > 1.5 ? 0.5 : 0.25) {
            svg += ##"<line x1="\##(f(plotLeft))" y1="\##(f(y(tick)))" x2="\##(f(plotRight))" y2="\##(f(y(tick)))" stroke="#ddd" stroke-width="1"/>"##
            svg += ##"<text x="\##(f(plotLeft - 5))" y="\##(f(y(tick) + 4))" text-anchor="end" font-size="\##(font)" fill="#666">\##(Int((tick * 100).rounded()))%</text>"##
        }
        let span = (plotRight - plotLeft) / seconds  // units per second
        let step = [5.0, 10, 15, 30, 60, 120, 300].first { $0 * span >= layout.font * 3.2 } ?? 600
        for tick in stride(from: 0.0, through: seconds, by: step) {
            svg += ##"<text x="\##(f(x(tick)))" y="\##(f(height - 8))" text-anchor="middle" font-size="\##(font)" fill="#666">\##(Int(tick))s</text>"##
        }
        for band in bands where band.end > band.start {
            let left = x(band.start), right = x(band.end)
            svg += ##"<rect x="\##(f(left))" y="\##(f(stripTop))" width="\##(f(max(right - left, 1)))" height="\##(f(stripHeight))" fill="\##(colour(band.label))"><title>\##(TextEscaping.html(band.label)) \##(f(band.start))–\##(f(band.end)) s</title></rect>"##
            if right - left > Double(band.label.count) * layout.font * 0.6 + 6 {
                svg += ##"<text x="\##(f(left + 3))" y="\##(f(stripTop + stripHeight - 5))" font-size="\##(font)" fill="#fff">\##(TextEscaping.html(band.label))</text>"##
            }
        }
        if let median, median.count > 1 {
            svg += ##"<polyline fill="none" stroke="#999" stroke-width="1.5" stroke-dasharray="4 3" points="\##(points(median, x: x, y: y))"><title>series median episode</title></polyline>"##
        }
        for (index, platform) in platforms.enumerated() {
            // Seconds outside the platform's curve break the line rather than drop to 0.
            let known = platform.values.enumerated().compactMap { second, value in value.map { (second, $0) } }
            guard known.count > 1 else { continue }
            let dots = known.map { "\(f(x(Double($0.0)))),\(f(y($0.1)))" }.joined(separator: " ")
            let colour = platformColours[index % platformColours.count]
            svg += ##"<polyline class="platform" fill="none" stroke="\##(colour)" stroke-width="2" points="\##(dots)"><title>\##(TextEscaping.html(platform.label)): viewers watching per view</title></polyline>"##
        }
        svg += ##"<polyline fill="none" stroke="#e4572e" stroke-width="2.5" points="\##(points(curve, x: x, y: y))"/>"##
        // One invisible column per second, over the plot, naming its values on hover.
        for (second, share) in curve.enumerated() {
            let left = max(x(Double(second) - 0.5), plotLeft), right = min(x(Double(second) + 0.5), plotRight)
            var label = "\(second) s: \(percent(share)) still watching"
            if let median, second < median.count { label += " · series median \(percent(median[second]))" }
            for platform in platforms where second < platform.values.count {
                if let value = platform.values[second] { label += " · \(platform.label) \(percent(value)) watching" }
            }
            svg += ##"<rect class="hover" x="\##(f(left))" y="\##(f(top))" width="\##(f(max(right - left, 0.5)))" height="\##(f(plotHeight))" fill="#fff" fill-opacity="0"><title>\##(label)</title></rect>"##
        }
        for marker in markers {
            let index = min(max(Int(marker.second.rounded()), 0), curve.count - 1)
            let circle = ##"<circle cx="\##(f(x(marker.second)))" cy="\##(f(y(curve[index])))" r="6" fill="#fff" stroke="#c0392b" stroke-width="2.5"><title>\##(TextEscaping.html(marker.label))</title></circle>"##
            svg += marker.link.map { ##"<a href="\##(TextEscaping.html($0))">\##(circle)</a>"## } ?? circle
        }
        return Drawing(height: height, body: svg)
    }

    /// Horizontal bars, one per row (a funnel: starts, completions per episode), scaled to the
    /// largest value; `note` is printed at the bar's end and the whole row names its value on
    /// hover. Without rows, `missing` is shown instead.
    static func bars(_ rows: [Bar], title: String, percent: Bool = false, missing: String = "No data yet") -> String {
        guard !rows.isEmpty else { return placeholder(title: title, missing: missing) }
        return chart(title: title) { layout in bars(rows, title: title, percent: percent, layout: layout) }
    }

    private static func bars(_ rows: [Bar], title: String, percent: Bool, layout: Layout) -> Drawing {
        let (plotLeft, plotRight, font) = (layout.plotLeft, layout.plotRight, f(layout.font))
        let lines = layout.titleLines(title), top = layout.top(lines.count)
        let rowHeight = layout.font + 9, height = top + rowHeight * Double(rows.count) + 10
        let peak = max(rows.map(\.value).max() ?? 1, percent ? 1 : 1e-9)
        var svg = heading(lines, layout: layout)
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index), baseline = f(y + rowHeight / 2 + layout.font * 0.35)
            let length = (plotRight - layout.noteRoom - plotLeft) * max(row.value, 0) / peak
            svg += ##"<g class="bar"><title>\##(TextEscaping.html(row.label)): \##(TextEscaping.html(row.note))</title>"##
            svg += ##"<rect class="hover" x="0" y="\##(f(y))" width="\##(f(layout.width))" height="\##(f(rowHeight))" fill="#fff" fill-opacity="0"/>"##
            svg += ##"<text x="\##(f(plotLeft - 5))" y="\##(baseline)" text-anchor="end" font-size="\##(font)" fill="#333">\##(TextEscaping.html(row.label))</text>"##
            svg += ##"<rect x="\##(f(plotLeft))" y="\##(f(y + 3))" width="\##(f(max(length, 1)))" height="\##(f(rowHeight - 6))" rx="2" fill="#2e86ab"/>"##
            svg += ##"<text x="\##(f(plotLeft + max(length, 1) + 5))" y="\##(baseline)" font-size="\##(font)" fill="#333">\##(TextEscaping.html(row.note))</text></g>"##
        }
        return Drawing(height: height, body: svg)
    }

    /// A rate per episode (0–1) as columns, with a dashed line at the series average; each
    /// column names its value on hover. Without rows, `missing` is shown instead.
    static func columns(_ rows: [Bar], title: String, missing: String = "No data yet") -> String {
        guard !rows.isEmpty else { return placeholder(title: title, missing: missing) }
        return chart(title: title) { layout in columns(rows, title: title, layout: layout) }
    }

    private static func columns(_ rows: [Bar], title: String, layout: Layout) -> Drawing {
        let (plotLeft, plotRight, font) = (layout.plotLeft, layout.plotRight, f(layout.font))
        let lines = layout.titleLines(title), top = layout.top(lines.count)
        let plotHeight = 160.0, height = top + plotHeight + layout.font + 18
        let slot = (plotRight - plotLeft) / Double(rows.count)
        // Label every k-th column so labels never overlap (about 2.2 characters each).
        let every = max(1, Int((layout.font * 1.4 + 4) / slot) + 1)
        var svg = heading(lines, layout: layout)
        func y(_ value: Double) -> Double { top + plotHeight * (1 - min(max(value, 0), 1)) }
        for tick in [0.0, 0.5, 1.0] {
            svg += ##"<line x1="\##(f(plotLeft))" y1="\##(f(y(tick)))" x2="\##(f(plotRight))" y2="\##(f(y(tick)))" stroke="#ddd"/>"##
            svg += ##"<text x="\##(f(plotLeft - 5))" y="\##(f(y(tick) + 4))" text-anchor="end" font-size="\##(font)" fill="#666">\##(Int(tick * 100))%</text>"##
        }
        for (index, row) in rows.enumerated() {
            let left = plotLeft + slot * Double(index)
            svg += ##"<g class="column"><title>\##(TextEscaping.html(row.label)): \##(TextEscaping.html(row.note))</title>"##
            svg += ##"<rect class="hover" x="\##(f(left))" y="\##(f(top))" width="\##(f(slot))" height="\##(f(plotHeight))" fill="#fff" fill-opacity="0"/>"##
            svg += ##"<rect x="\##(f(left + slot * 0.15))" y="\##(f(y(row.value)))" width="\##(f(max(slot * 0.7, 1)))" height="\##(f(y(0) - y(row.value)))" fill="#27ae60"/>"##
            if index % every == 0 {
                svg += ##"<text x="\##(f(left + slot * 0.5))" y="\##(f(height - 8))" text-anchor="middle" font-size="\##(font)" fill="#666">\##(TextEscaping.html(row.label))</text>"##
            }
            svg += "</g>"
        }
        let mean = rows.map(\.value).reduce(0, +) / Double(rows.count)
        svg += ##"<line x1="\##(f(plotLeft))" y1="\##(f(y(mean)))" x2="\##(f(plotRight))" y2="\##(f(y(mean)))" stroke="#333" stroke-dasharray="5 4"><title>average \##(Int((mean * 100).rounded()))%</title></line>"##
        return Drawing(height: height, body: svg)
    }

    /// The title, in `lines`.
    private static func heading(_ lines: [String], layout: Layout) -> String {
        lines.enumerated().map { index, line in
            ##"<text x="8.0" y="\##(f(Double(index) * (layout.titleFont + 4) + layout.titleFont + 3))" font-size="\##(f(layout.titleFont))" font-weight="600" fill="#222">\##(TextEscaping.html(line))</text>"##
        }.joined()
    }

    private static func points(_ values: [Double], x: (Double) -> Double, y: (Double) -> Double) -> String {
        values.enumerated().map { "\(f(x(Double($0.offset)))),\(f(y($0.element)))" }.joined(separator: " ")
    }

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

}
