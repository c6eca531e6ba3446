public import Editing
public import Foundation

/// Looks at a rendered episode for its labels: the visible AI label in the pixels of the
/// opening, and the machine-readable `AIGC` metadata tag.
///
/// The visible check reads the label's region (top centre, where the renderer's `Label` style
/// puts its boxed text) in two frames, at 0.3 s and 1.9 s, so a label shown for less than about
/// two seconds fails. A region holds the label when it has both bright text strokes and the
/// darkened box around them.
public struct LabelInspector: Sendable {
    /// What was found.
    public struct Inspection: Sendable, Hashable {
        /// Whether each sampled frame showed the label.
        public var labelInFrames: [Bool]
        /// Bright (text) share of the region in each frame, 0–1.
        public var brightShares: [Double]
        /// Dark (box) share of the region in each frame, 0–1.
        public var darkShares: [Double]
        /// The `AIGC` tag, decoded, or nil when absent or not JSON.
        public var aigc: [String: String]?

        /// Whether every sampled frame showed the label.
        public var hasVisibleLabel: Bool { !labelInFrames.isEmpty && labelInFrames.allSatisfy { $0 } }

        /// Whether the `AIGC` tag marks the file as generated and names producer and content id.
        public var hasAIGCMetadata: Bool {
            guard let aigc else { return false }
            return aigc["Label"] == "1" && !(aigc["ContentProducer"] ?? "").isEmpty && !(aigc["ProduceID"] ?? "").isEmpty
        }
    }

    /// Times sampled, in seconds.
    public static let sampleTimes = [0.3, 1.9]
    /// The label region as fractions of the frame: x, y, width, height.
    public static let region = (x: 0.40, y: 0.066, width: 0.20, height: 0.056)

    let tools: MediaTools

    /// An inspector running `tools`.
    public init(tools: MediaTools) { self.tools = tools }

    /// Inspects `video`.
    /// - Throws: `GovernanceError` `.toolMissing` when ffmpeg fails to read the file.
    public func inspect(_ video: URL) async throws(GovernanceError) -> Inspection {
        var inspection = Inspection(labelInFrames: [], brightShares: [], darkShares: [], aigc: nil)
        do {
            let probe = try await MediaProbe.probe(video, tools: tools)
            let tag = probe.tags.first { $0.key.lowercased() == "aigc" }?.value
            if let tag, let json = try? JSONSerialization.jsonObject(with: Data(tag.utf8)) as? [String: Any] {
                inspection.aigc = json.mapValues { "\($0)" }
            }
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cliff-label-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let (w, h) = (160, 40)
            let r = Self.region
            for (index, time) in Self.sampleTimes.enumerated() {
                let out = scratch.appendingPathComponent("frame\(index).gray")
                try await tools.ffmpeg([
                    "-ss", String(format: "%.3f", time), "-i", video.path, "-frames:v", "1",
                    "-vf", "crop=iw*\(r.width):ih*\(r.height):iw*\(r.x):ih*\(r.y),scale=\(w):\(h),format=gray",
                    "-f", "rawvideo", out.path,
                ])
                let pixels = (try? Data(contentsOf: out)) ?? Data()
                guard pixels.count == w * h else {
                    inspection.labelInFrames.append(false)
                    inspection.brightShares.append(0)
                    inspection.darkShares.append(0)
                    continue
                }
                let bright = Double(pixels.filter { $0 >= 190 }.count) / Double(pixels.count)
                let dark = Double(pixels.filter { $0 <= 110 }.count) / Double(pixels.count)
                inspection.brightShares.append(bright)
                inspection.darkShares.append(dark)
                inspection.labelInFrames.append(bright >= 0.04 && dark >= 0.35 && bright + dark >= 0.6)
            }
        } catch {
            throw GovernanceError(code: .toolMissing, message: "cannot inspect \(video.lastPathComponent) with ffmpeg: \(error). Install ffmpeg (apt-get install ffmpeg) and check the file plays.")
        }
        return inspection
    }
}
