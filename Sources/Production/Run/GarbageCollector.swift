import Foundation

/// Removes what the current project no longer references: assets no node of the current
/// graph (all episodes) points to, results of nodes no longer in it, and temporary files
/// left by killed writers. The cost ledger is never touched: money spent stays on record.
public enum GarbageCollector {
    /// What a collection removed, or would remove.
    public struct Report: Sendable, Hashable {
        /// Unreferenced assets.
        public var assets = 0
        /// Their bytes.
        public var assetBytes: Int64 = 0
        /// Leftover temporary files.
        public var temporaries = 0
        /// Their bytes.
        public var temporaryBytes: Int64 = 0
        /// Results of nodes no longer in the graph.
        public var results = 0
        /// Assets kept.
        public var kept = 0
    }

    /// Collects garbage (with `dryRun`, only counts it).
    /// - Throws: `ProductionError` (`invalidScripts`, `storeFailed`).
    public static func collect(_ project: ProductionProject, store: any JobStore, dryRun: Bool) async throws -> Report {
        // Whatever any deliverable (final, preview, subtitles only) of the current scripts
        // still uses is kept.
        let graphs = try Deliverable.allCases.map { try project.graph(deliverable: $0).0 }
        let results = try await store.allResults()
        var live: Set<String> = []
        var dropped: [NodeKey] = []
        for result in results {
            if graphs.contains(where: { $0.contains(result.key) }) {
                for output in result.outputs { live.insert(output.hash) }
            } else {
                dropped.append(result.key)
            }
        }
        var report = Report()
        report.results = dropped.count
        let assets = project.assets
        for (hash, size) in assets.inventory() {
            if live.contains(hash) {
                report.kept += 1
            } else {
                report.assets += 1
                report.assetBytes += size
                if !dryRun { try assets.remove(hash: hash) }
            }
        }
        for (url, size) in assets.temporaries() {
            report.temporaries += 1
            report.temporaryBytes += size
            if !dryRun { try? FileManager.default.removeItem(at: url) }
        }
        if !dryRun { try await store.forget(dropped) }
        return report
    }
}
