import Basics
package import Foundation
package import Slate

/// What the studio shows of the slate it serves (a slate folder: `slate.yaml` and, once
/// `cliff slate report` ran, `report.json`).
package struct SlateOverview: Sendable {
    /// The slate's series as `slate.yaml` lists them (status included).
    package var manifest: SlateManifest
    /// The last report, nil before `cliff slate report`.
    package var report: SlateReport?
    /// When the report was written.
    package var reportedAt: Date?
    /// The slate's folder name.
    package var name: String
}

extension Studio {
    /// The slate this studio serves, nil when its folder is not a slate.
    /// - Throws: `StudioError` `conflict` when `slate.yaml` or `report.json` cannot be read
    ///   (the message says what is wrong and how to make it again).
    package func slate() throws(StudioError) -> SlateOverview? {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(SlateManifest.fileName).path) else { return nil }
        let manifest: SlateManifest
        do {
            manifest = try SlateManifest.read(slate: root, displayName: SlateManifest.fileName)
        } catch {
            throw StudioError(code: .conflict, message: "the slate's \(SlateManifest.fileName) cannot be read: \(error.description)")
        }
        let reportURL = root.appendingPathComponent(SlateReport.fileName)
        var report: SlateReport?
        var reportedAt: Date?
        if let data = FileManager.default.contents(atPath: reportURL.path) {
            do {
                report = try JSONDecoder().decode(SlateReport.self, from: data)
            } catch {
                throw StudioError(
                    code: .conflict,
                    message: "the slate's \(SlateReport.fileName) is not a slate report (\(TextInput.excerpt("\(error)", limit: 160))); make it again with cliff slate report \(root.lastPathComponent)")
            }
            reportedAt = (try? FileManager.default.attributesOfItem(atPath: reportURL.path)[.modificationDate]) as? Date
        }
        return SlateOverview(manifest: manifest, report: report, reportedAt: reportedAt, name: root.lastPathComponent)
    }
}
