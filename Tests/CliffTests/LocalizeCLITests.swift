import Basics
import DramaModel
import Editing
import Foundation
import StoryEngine
import Testing

/// `cliff localize` end to end: a series rendered, its edition in the other language made
/// offline in one command, and the edition's first episode rendered and checked like the
/// source's — the platform format, loudness, the AI label in the edition's language,
/// subtitles in its language and inside the frame, provenance naming what it localises, and
/// each line spoken to fill its source line's time.
@Suite struct LocalizeCLITests {
    static let cases: [(premise: String, source: Language, target: Language)] = [
        ("A broke intern signs a contract marriage with a cold CEO", .en, .zh),
        ("落魄实习生与冷面总裁签下一年契约婚姻", .zh, .en),
    ]

    @Test(arguments: 0..<2)
    func anEditionsFirstEpisodeRendersLikeItsSourceAndFitsItsLines(_ index: Int) async throws {
        let (premise, source, target) = Self.cases[index]
        let cli = try CLIRunner()
        let made = try await cli.run("new", "demo", "--premise", premise, "--episodes", "3", "--target-seconds", "25", "--seed", "7")
        try #require(made.status == 0, "\(made.stderr)")
        let produced = try await cli.run("produce", "demo", "--episodes", "1", "--progress", "none")
        try #require(produced.status == 0, "\(produced.stderr)")

        let localized = try await cli.run("localize", "demo", "--to", target.rawValue)
        try #require(localized.status == 0, "\(localized.stderr)")
        #expect(localized.stdout.contains("Wrote demo/editions/\(target.rawValue)/: 3 scripts in \(target.rawValue)"))
        #expect(localized.stdout.contains("transcreated by the built-in writer"))
        let edition = "demo/editions/\(target.rawValue)"
        let rendered = try await cli.run("produce", edition, "--episodes", "1", "--progress", "none")
        try #require(rendered.status == 0, "\(rendered.stderr)")

        // The same checks as the source's episode.
        let tools = try MediaTools.locate()
        let folder = cli.url("\(edition)/out/ep001")
        let probe = try await MediaProbe.probe(folder.appendingPathComponent("episode.mp4"), tools: tools)
        #expect(probe.video?.codecName == "h264" && probe.video?.width == 1080 && probe.video?.height == 1920)
        #expect(probe.audio?.codecName == "aac" && probe.audio?.sampleRate == "48000")
        #expect(probe.tags["AIGC"]?.contains("\"Label\":\"1\"") == true)
        let log = try await tools.ffmpegLog(["-i", folder.appendingPathComponent("episode.mp4").path, "-af", "ebur128=peak=true", "-f", "null", "-"])
        let summary = String(log[try #require(log.range(of: "Summary:")).upperBound...])
        let integrated = try #require(Self.number(after: "I:", in: summary))
        #expect(abs(integrated + 14) <= 1, "integrated loudness \(integrated) LUFS")

        // Subtitles in the edition's language, each line short enough to stay inside the frame.
        let srt = try cli.read("\(edition)/out/ep001/episode.srt")
        let textLines = srt.split(separator: "\n").filter { !$0.contains("-->") && Int($0) == nil }
        #expect(!textLines.isEmpty)
        let chinese = textLines.filter { $0.unicodeScalars.contains { $0.properties.isIdeographic } }
        #expect(target == .zh ? chinese.count == textLines.count : chinese.isEmpty, "\(textLines.prefix(4))")
        for line in textLines {
            let columns = line.reduce(0) { $0 + ($1.unicodeScalars.first?.properties.isIdeographic == true || "，。！？：；“”、".contains($1) ? 2 : 1) }
            #expect(columns <= 42, "\(line)")
        }

        // Provenance: the label in the edition's language, and what it localises.
        let provenance = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("provenance.json"))) as? [String: Any]
        let manifest = try #require((provenance?["manifest"] as? [String: Any]) ?? provenance)
        let label = (manifest["visibleLabel"] as? [String: Any])?["text"] as? String
        #expect(label == (target == .zh ? "AI生成" : "AI-generated"))
        let localization = try #require(manifest["localization"] as? [String: Any])
        #expect(localization["sourceSeries"] as? String == "demo")
        #expect(localization["sourceLanguage"] as? String == source.rawValue && localization["language"] as? String == target.rawValue)

        // Each line fills its source line's time as far as the tempo limits allow.
        var ratios: [Double] = []
        var index = 1
        while let sourceLength = Self.wavSeconds(cli.url(String(format: "demo/out/ep001/media/line-%03d.wav", index))) {
            let length = try #require(Self.wavSeconds(cli.url(String(format: "\(edition)/out/ep001/media/line-%03d.wav", index))), "line \(index)")
            ratios.append(length / sourceLength)
            index += 1
        }
        #expect(ratios.count > 3)
        let fitted = ratios.filter { abs($0 - 1) <= 0.08 }.count
        print("edition \(source.rawValue)→\(target.rawValue) episode 1: \(fitted) of \(ratios.count) lines within 8 % of their source line's time; lengths \(ratios.map { String(format: "%.2f", $0) }.joined(separator: " "))")
        #expect(Double(fitted) >= Double(ratios.count) * 0.5, "\(ratios)")
    }

    static func number(after label: String, in text: String) -> Double? {
        guard let range = text.range(of: label) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " }
        return Double(rest.prefix { "-0123456789.".contains($0) })
    }

    /// A PCM WAV file's length from its header.
    static func wavSeconds(_ url: URL) -> Double? {
        guard let data = try? Data(contentsOf: url), data.count > 44 else { return nil }
        let bytes = [UInt8](data)
        func uint32(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24 }
        var offset = 12, byteRate = 0
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = uint32(offset + 4)
            if id == "fmt " { byteRate = uint32(offset + 16) }
            if id == "data" { return byteRate > 0 ? Double(size) / Double(byteRate) : nil }
            offset += 8 + size + (size & 1)
        }
        return nil
    }
}
