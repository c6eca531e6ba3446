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
}
