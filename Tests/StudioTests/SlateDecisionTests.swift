import Basics
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Slate
import Studio
import StudioServer
import TestSupport
import Testing

/// Decisions on a slate's series: the shared checks and record (`SlateDesk`, what `cliff slate
/// decide` calls).
@Suite(.serialized) struct SlateDecisionTests {
    /// Every file under `root` and its bytes, but the SQLite files (logins write sessions there;
    /// the calendars in them are checked through the studio).
    static func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true, !url.lastPathComponent.contains(".db") else { continue }
            files[String(url.path.dropFirst(root.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The last record of series `folder`'s audit log.
    static func lastRecord(_ root: URL, _ folder: String) throws -> AuditRecord? {
        try AuditLog(projectRoot: root.appendingPathComponent(folder)).records().last
    }

    @Test func aBadDecisionIsRefusedWithEveryProblemNamedByItsArgumentAndNothingChanged() async throws {
        let root = try SlatePageTests.slate(report: true)
        let before = try Self.snapshot(root)
        let error = await #expect(throws: SlateError.self) {
            try await SlateDesk.decide(
                slate: root, shown: "spring", SlateDecisionRequest(series: "s11", decision: "sunsett", why: "  ", episodes: 2), actor: "mei")
        }
        #expect(error?.code == .invalidDecision)
        let problems = error?.diagnostics.map { "\($0.fieldPath ?? ""): \($0.message)" } ?? []
        for expected in [
            "<series>: 's11' is not a series of spring/slate.yaml. Did you mean 's1'?", "<decision>: 'sunsett' is not a decision. Did you mean 'sunset'?",
            "--why: missing; a decision is recorded with its reason. Add --why",
        ] {
            #expect(problems.contains { $0.hasPrefix(expected) }, "\(expected) not in \(problems)")
        }
        // The studio names its own fields; a sunset series and episodes with iterate are refused too.
        let studio = await #expect(throws: SlateError.self) {
            try await SlateDesk.decide(
                slate: root, shown: "spring", SlateDecisionRequest(series: "s4", decision: "iterate", why: "again", episodes: 2), actor: "mei",
                labels: .studio)
        }
        let fields = studio?.diagnostics.compactMap(\.fieldPath) ?? []
        #expect(fields.contains("episodes") && fields.contains("s4"), "\(fields)")
        #expect(studio?.diagnostics.contains { $0.message.contains("the series is sunset") } == true)
        #expect(try Self.snapshot(root) == before, "nothing was written")
    }
}
