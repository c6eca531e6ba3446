public import Foundation

/// What a synthetic audience did: its events, and the taste it was drawn with.
public struct SimulationRun: Sendable, Hashable {
    /// The series id on every event.
    public var series: String
    /// The run's seed.
    public var seed: UInt64
    /// How many viewers started.
    public var viewers: Int
    /// The weights the run's viewers were drawn around.
    package var taste: SimulationTaste
    /// Every event, viewer by viewer, each viewer's in time order; all marked synthetic.
    public var events: [SimulatedEvent]

    /// Creates a run.
    package init(series: String, seed: UInt64, viewers: Int, taste: SimulationTaste, events: [SimulatedEvent]) {
        self.series = series
        self.seed = seed
        self.viewers = viewers
        self.taste = taste
        self.events = events
    }

    /// The events as the ingest's batch body, `{"batch": [...]}`, for one batch of at most 1,000
    /// (`SimulationPoster` splits larger runs).
    public static func batchBody(_ events: some Collection<SimulatedEvent>) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(SimulationBatchBody(batch: Array(events)))) ?? Data(#"{"batch":[]}"#.utf8)
    }

    /// The events as JSON Lines (one event per line), for saving a run to a file.
    public func jsonLines() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return events.map { event in (try? encoder.encode(event)).map { String(decoding: $0, as: UTF8.self) } ?? "" }.joined(separator: "\n") + "\n"
    }
}

/// The ingest's request body.
struct SimulationBatchBody: Encodable {
    var batch: [SimulatedEvent]
}
