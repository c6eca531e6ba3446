import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Studio
import Testing
@testable import StudioServer

@Suite struct ChartsTests {
    /// Parses an SVG with Foundation's XML parser: the chart must be well-formed XML.
    static func wellFormed(_ svg: String) -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }

    @Test func retentionPlotsTheCurveBeatsAndHotspots() throws {
        let curve = [1.0, 0.9, 0.8, 0.5, 0.45, 0.4]
        let svg = Charts.retention(
            curve: curve, median: [1, 0.95, 0.9, 0.85, 0.8, 0.75],
            bands: [.init(start: 0, end: 2, label: "hook"), .init(start: 2, end: 5, label: "exposition")],
            markers: [.init(second: 3, label: "shot 4 <exposition>", link: "/series/a/episodes/1#shot-4")],
            title: "Episode 1 & retention")
        #expect(Self.wellFormed(svg))
        #expect(svg.contains("Episode 1 &amp; retention"))
        #expect(svg.contains("shot 4 &lt;exposition&gt;"))
        #expect(svg.contains(#"href="/series/a/episodes/1#shot-4""#))
        // The curve's first point is at the top-left of the plot (100 %), the sixth at 40 %.
        #expect(svg.contains(#"points="44.0,28.0 "#))
        #expect(svg.contains("628.0,148.0"))
        #expect(svg.contains(##"fill="#7f8c8d""##))  // the exposition band
    }

    @Test func rewatchesRaiseTheScaleAboveOneHundredPercent() {
        let svg = Charts.retention(curve: [1, 1.5, 1.2], median: nil, bands: [], markers: [], title: "r")
        #expect(svg.contains(">150%<"))
        #expect(Self.wellFormed(svg))
    }

    @Test func barsAndColumnsScaleToTheirValues() {
        let bars = Charts.bars([.init(label: "ep 1", value: 100, note: "100 starts"), .init(label: "ep 2", value: 50, note: "50")], title: "Funnel")
        #expect(Self.wellFormed(bars))
        #expect(bars.contains(#"width="414.0""#) && bars.contains(#"width="207.0""#))
        let columns = Charts.columns([.init(label: "1→2", value: 0.8, note: "80 %"), .init(label: "2→3", value: 0.4, note: "40 %")], title: "Continue")
        #expect(Self.wellFormed(columns))
        #expect(columns.contains("average 60%"))
    }

    // MARK: Reading a chart's SVG

    /// The drawing of `svg` for `layout` ("wide" or "narrow"); a chart drawn once is its own
    /// drawing for either.
    static func drawing(_ svg: String, _ layout: String) -> String {
        guard let start = svg.range(of: "<svg class=\"chart-\(layout)\"") else { return svg }
        let rest = svg[start.lowerBound...]
        return String(rest[..<(rest.range(of: "</svg>")?.upperBound ?? rest.endIndex)])
    }

    /// The numbers in the first `name="…"` attribute of `svg`.
    static func numbers(_ name: String, in svg: String) -> [Double] {
        guard let start = svg.range(of: " \(name)=\"") else { return [] }
        let value = svg[start.upperBound...].prefix { $0 != "\"" }
        return value.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
    }

    /// The `y` of the `<text>` element whose text is `content` (`>100%<`).
    static func labelY(_ content: String, in svg: String) -> Double? {
        guard let end = svg.range(of: content), let start = svg[..<end.lowerBound].range(of: "<text", options: .backwards) else { return nil }
        return numbers("y", in: String(svg[start.lowerBound..<end.lowerBound])).first
    }

    /// Every `font-size` in `svg`.
    static func fontSizes(_ svg: String) -> [Double] {
        svg.components(separatedBy: "font-size=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
    }

    /// The smallest text of `svg`'s `layout` drawing, in CSS px, when the chart is `width` px wide.
    static func smallestText(_ svg: String, layout: String, width: Double) throws -> Double {
        let drawing = Self.drawing(svg, layout)
        let viewBoxWidth = try #require(numbers("viewBox", in: drawing).dropFirst(2).first)
        return try #require(fontSizes(drawing).min()) * width / viewBoxWidth
    }

    static let sampleCharts: [(name: String, svg: String)] = [
        ("retention", Charts.retention(
            curve: (0..<90).map { 1 - Double($0) / 120 }, median: (0..<90).map { 0.95 - Double($0) / 130 },
            bands: [.init(start: 0, end: 12, label: "hook"), .init(start: 12, end: 60, label: "exposition"), .init(start: 60, end: 89, label: "cliffhanger")],
            markers: [.init(second: 30, label: "−4 % at 30 s", link: "/series/a/episodes/1#shot-3")],
            title: "Episode 12: share of starts still watching (synthetic audience)")),
        ("funnel", Charts.bars((1...12).map { .init(label: "ep \($0)", value: Double(1300 - $0 * 100), note: "\(1300 - $0 * 100) starts · 67 % finish") }, title: "Funnel: starts per episode")),
        ("continue", Charts.columns((1...40).map { .init(label: "\($0)", value: 0.5 + Double($0 % 5) / 10, note: "\(50 + $0 % 5 * 10) % go on to \($0 + 1)") }, title: "Continue rate n → n+1")),
    ]

    /// A 390 px phone: the page's container keeps 14 px on each side and a card 17 px (padding
    /// and border), so a chart is 328 px wide. On a desktop the wide drawing is shown from a 700 px
    /// window, where its card is 618 px wide.
    static let phoneChartWidth = 328.0, narrowestDesktopChartWidth = 618.0

    @Test(arguments: [0, 1, 2])
    func everyLabelIsAtLeastElevenPixelsOnAPhoneAndOnTheNarrowestDesktop(chart: Int) throws {
        let (name, svg) = Self.sampleCharts[chart]
        #expect(Self.wellFormed(svg), "\(name)")
        let phone = try Self.smallestText(svg, layout: "narrow", width: Self.phoneChartWidth)
        #expect(phone >= 11, "\(name): \(phone) px on a phone")
        let desktop = try Self.smallestText(svg, layout: "wide", width: Self.narrowestDesktopChartWidth)
        #expect(desktop >= 11, "\(name): \(desktop) px in a 700 px window")
    }

    @Test func theMedianIsDrawnWithinZeroToOneHundredPercentAndNoFurtherThanTheCurve() throws {
        let curve = [1.0, 0.9, 0.8, 0.7]
        let svg = Charts.retention(curve: curve, median: [1.3, 1.2, 0.9, 0.8, 1.5, 1.6], bands: [], markers: [], title: "r")
        for layout in ["wide", "narrow"] {
            let drawing = Self.drawing(svg, layout)
            // The axis labels sit 4 units under their gridlines.
            let top = try #require(Self.labelY(">100%<", in: drawing)) - 4, bottom = try #require(Self.labelY(">0%<", in: drawing)) - 4
            let dashed = try #require(drawing.range(of: "stroke-dasharray=\"4 3\"").map { String(drawing[$0.lowerBound...]) })
            let points = Self.numbers("points", in: dashed)
            let xs = stride(from: 0, to: points.count, by: 2).map { points[$0] }, ys = stride(from: 1, to: points.count, by: 2).map { points[$0] }
            #expect(xs.count == curve.count, "\(layout): one median point per second of the curve, not \(xs.count)")
            #expect(ys.allSatisfy { $0 >= top - 0.05 && $0 <= bottom + 0.05 }, "\(layout): median y \(ys) outside 100 % (\(top)) – 0 % (\(bottom))")
        }
    }

    @Test func everyBarColumnAndSecondOfTheCurveNamesItsValueOnHover() {
        let curve = [1.0, 0.75, 0.5, 0.5]
        let retention = Charts.retention(curve: curve, median: [1, 0.8, 0.6, 0.5], bands: [], markers: [], title: "r")
        for (second, share) in curve.enumerated() {
            #expect(retention.contains("<title>\(second) s: \(Int(share * 100)) % still watching"), "second \(second)")
        }
        #expect(retention.contains("<title>1 s: 75 % still watching · series median 80 %</title>"))
        let rows: [Charts.Bar] = [.init(label: "ep 1", value: 100, note: "100 starts · 70 % finish"), .init(label: "ep 2", value: 0, note: "0 starts")]
        let bars = Self.drawing(Charts.bars(rows, title: "Funnel"), "wide")
        let columns = Self.drawing(Charts.columns(rows.map { .init(label: $0.label, value: $0.value / 100, note: $0.note) }, title: "Continue"), "wide")
        for chart in [bars, columns] {
            #expect(chart.contains("<title>ep 1: 100 starts · 70 % finish</title>"))
            #expect(chart.contains("<title>ep 2: 0 starts</title>"), "a zero bar is hoverable too")
        }
    }

    @Test func aChartWithNothingToDrawSaysWhatIsMissing() {
        let continues = Charts.columns([], title: "Continue rate n → n+1", missing: "No episode has continue data yet: it needs viewers who finished episode n and started n+1")
        #expect(!continues.contains("<svg"))
        #expect(continues.contains("Continue rate n → n+1") && continues.contains("it needs viewers who finished episode n and started n+1"))
        #expect(Charts.bars([], title: "Funnel", missing: "No starts & no <funnel>").contains("No starts &amp; no &lt;funnel&gt;"))
        #expect(Charts.retention(curve: [], median: nil, bands: [], markers: [], title: "r", missing: "no curve").contains("no curve"))
    }
}
