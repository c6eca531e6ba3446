import DramaModel
package import Editing
package import Foundation

/// Looks at a rendered episode for its labels: the visible AI label in the pixels of the
/// opening, and the machine-readable `AIGC` metadata tag.
///
/// The visible check renders the expected label ("AI-generated", "AI生成") with the renderer's
/// own ASS `Label` style onto black at the video's size, which gives the mask of the label's
/// glyphs. In the video's frames at 0.3 s and 1.9 s (so a label shown for less than about two
/// seconds fails), the glyph pixels must be bright and clearly brighter than the box around
/// them. A busy background alone does not pass: its bright parts do not follow the glyphs.
package struct LabelInspector: Sendable {
    /// What was found.
    package struct Inspection: Sendable, Hashable {
        /// Whether each sampled frame showed the label.
        package var labelInFrames: [Bool]
        /// Mean luma (0–255) under the label's glyphs in each frame.
        package var glyphLuma: [Double]
        /// Mean luma of the rest of the label region in each frame.
        package var boxLuma: [Double]
        /// The `AIGC` tag, decoded, or nil when absent or not JSON.
        package var aigc: [String: String]?

        /// Whether every sampled frame showed the label.
        package var hasVisibleLabel: Bool { !labelInFrames.isEmpty && labelInFrames.allSatisfy { $0 } }

        /// Whether the `AIGC` tag marks the file as generated and names producer and content id.
        package var hasAIGCMetadata: Bool {
            guard let aigc else { return false }
            return aigc["Label"] == "1" && !(aigc["ContentProducer"] ?? "").isEmpty && !(aigc["ProduceID"] ?? "").isEmpty
        }
    }

    /// Times sampled, in seconds.
    package static let sampleTimes = [0.3, 1.9]
    /// The label region as fractions of the frame: x, y, width, height.
    package static let region = (x: 0.40, y: 0.066, width: 0.20, height: 0.056)

    let tools: MediaTools

    /// An inspector running `tools`.
    package init(tools: MediaTools) { self.tools = tools }

    /// Inspects `video`, looking for any of `labels`.
    /// - Throws: `GovernanceError` `.toolMissing` when ffmpeg fails to read the file.
    package func inspect(_ video: URL, labels: [String] = ["AI-generated", "AI生成"]) async throws(GovernanceError) -> Inspection {
        var inspection = Inspection(labelInFrames: [], glyphLuma: [], boxLuma: [], aigc: nil)
        do {
            let probe = try await MediaProbe.probe(video, tools: tools)
            let tag = probe.tags.first { $0.key.lowercased() == "aigc" }?.value
            if let tag, let json = try? JSONSerialization.jsonObject(with: Data(tag.utf8)) as? [String: Any] {
                inspection.aigc = json.mapValues { "\($0)" }
            }
            guard let width = probe.video?.width, let height = probe.video?.height else { return inspection }
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cliff-label-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            var masks: [[Bool]] = []
            for (index, text) in labels.enumerated() {
                let ass = scratch.appendingPathComponent("label\(index).ass")
                let document = ASSWriter.document(cues: [], language: text.unicodeScalars.contains { $0.properties.isIdeographic } ? .zh : .en,
                    style: ASSStyle(), overlays: [ASSOverlay(kind: .label, start: .zero, end: .seconds(1), text: text)])
                try Data(document.utf8).write(to: ass)
                let reference = try await grab(["-f", "lavfi", "-i", "color=c=black:s=\(width)x\(height):d=1"], at: 0.5, extra: "ass=\(ass.path),", to: scratch)
                masks.append(reference.map { $0 >= 128 })
            }
            for time in Self.sampleTimes {
                let frame = try await grab(["-i", video.path], at: time, extra: "", to: scratch)
                var best: (shown: Bool, glyph: Double, box: Double) = (false, 0, 0)
                for mask in masks where mask.count == frame.count {
                    var glyphSum = 0.0, glyphCount = 0.0, boxSum = 0.0, boxCount = 0.0
                    for (pixel, isGlyph) in zip(frame, mask) {
                        if isGlyph { glyphSum += Double(pixel); glyphCount += 1 } else { boxSum += Double(pixel); boxCount += 1 }
                    }
                    guard glyphCount >= Double(frame.count) * 0.03, boxCount > 0 else { continue }
                    let glyph = glyphSum / glyphCount, box = boxSum / boxCount
                    let shown = glyph >= 170 && glyph - box >= 70
                    if shown || glyph - box > best.glyph - best.box { best = (shown, glyph, box) }
                }
                inspection.labelInFrames.append(best.shown)
                inspection.glyphLuma.append(best.glyph)
                inspection.boxLuma.append(best.box)
            }
        } catch {
            throw GovernanceError(code: .toolMissing, message: "cannot inspect \(video.lastPathComponent) with ffmpeg: \(error). Install ffmpeg (apt-get install ffmpeg) and check the file plays.")
        }
        return inspection
    }

    /// The label region of the frame at `time` of `input`, as 160×40 grey bytes.
    private func grab(_ input: [String], at time: Double, extra filters: String, to scratch: URL) async throws -> [UInt8] {
        let r = Self.region
        let out = scratch.appendingPathComponent("grab-\(UUID().uuidString).gray")
        try await tools.ffmpeg(["-ss", String(format: "%.3f", time)] + input + [
            "-frames:v", "1", "-vf", "\(filters)crop=iw*\(r.width):ih*\(r.height):iw*\(r.x):ih*\(r.y),scale=160:40,format=gray",
            "-f", "rawvideo", out.path,
        ])
        return Array((try? Data(contentsOf: out)) ?? Data())
    }
}
