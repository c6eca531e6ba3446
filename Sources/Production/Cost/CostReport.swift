public import DramaModel

/// What the series cost, from the ledger: per episode (or per generator), split into spend on
/// what the current scripts use ("kept") and spend on takes that were discarded (superseded
/// by an edit, or failed tries), with the cost per finished minute.
public struct CostReport: Sendable {
    /// One row of the report.
    public struct Row: Sendable, Hashable {
        /// `ep003`, `shared`, or a generator id.
        public var name: String
        /// Spend on outputs the current graph uses.
        public var kept: Money = .zero
        /// Spend on superseded outputs and failed tries.
        public var discarded: Money = .zero
        /// Generator calls recorded.
        public var calls = 0
        /// Finished minutes (episodes whose outputs are all made), when known.
        public var minutes: Double?
        /// Everything spent.
        public var total: Money { kept + discarded }
        /// Total per finished minute.
        public var perMinute: Money? {
            guard let minutes, minutes > 0 else { return nil }
            return Money(nanos: Int64((Double(total.nanos) / minutes).rounded()))
        }
    }

    /// How rows are grouped.
    public enum Grouping: String, Sendable, CaseIterable {
        /// One row per episode.
        case episode
        /// One row per generator.
        case generator
    }

    /// The rows.
    public var rows: [Row]
    /// The whole series.
    public var total: Row

    /// Ledger steps that make the scripts rather than nodes of the graph.
    static let scriptSteps: Set<String> = ["write", "translate"]

    /// Builds the report from `ledger`. `graph` is the current full graph (what is kept);
    /// `finishedMinutes` maps finished episodes to their length in minutes.
    public init(ledger: [LedgerEntry], graph: ProductionGraph, finishedMinutes: [Int: Double], by grouping: Grouping, episode: Int? = nil) {
        var rows: [String: Row] = [:]
        var total = Row(name: "series")
        var calls: Set<String> = []
        for entry in ledger where episode == nil || entry.episode == episode {
            let name: String =
                switch grouping {
                case .episode: entry.episode.map { "ep" + String(repeating: "0", count: max(0, 3 - String($0).count)) + String($0) } ?? "shared"
                case .generator: entry.generator
                }
            var row = rows[name] ?? Row(name: name)
            // Writing and translating the scripts are not nodes of the production graph: what
            // they cost is what the scripts are made of.
            let kept = entry.succeeded && (graph.contains(entry.node) || Self.scriptSteps.contains(entry.step))
            if kept { row.kept += entry.cost } else { row.discarded += entry.cost }
            if kept { total.kept += entry.cost } else { total.discarded += entry.cost }
            // One call may record several units: count it once.
            let call = "\(entry.node.hex)/\(entry.attempt)/\(entry.owner)"
            if calls.insert(call).inserted {
                row.calls += 1
                total.calls += 1
            }
            rows[name] = row
        }
        if grouping == .episode {
            for (number, minutes) in finishedMinutes where episode == nil || number == episode {
                let name = "ep" + String(repeating: "0", count: max(0, 3 - String(number).count)) + String(number)
                rows[name, default: Row(name: name)].minutes = minutes
            }
        }
        let relevantMinutes = finishedMinutes.filter { episode == nil || $0.key == episode }.values
        total.minutes = relevantMinutes.isEmpty ? nil : relevantMinutes.reduce(0, +)
        self.rows = rows.values.sorted { $0.name < $1.name }
        self.total = total
    }
}
