import Basics
import DramaModel
public import Foundation

/// The audience notes applied to each episode, kept in `revisions.json` in the project: what
/// `cliff write --apply-insights` decided, so every later `cliff write` writes the same revised
/// episodes (the writer's draft with the episode's notes applied), and people can see which
/// insight caused which change.
public struct RevisionLog: Sendable, Hashable, Codable {
    /// What was applied to one episode.
    public struct Entry: Sendable, Hashable, Codable {
        /// The notes, in the order applied.
        public var notes: [RevisionNote]
        /// The changes they made, for people.
        package var changes: [RevisionChange]
        /// When they were applied (ISO 8601).
        public var applied: String

        /// Creates an entry.
        package init(notes: [RevisionNote], changes: [RevisionChange], applied: String) {
            self.notes = notes
            self.changes = changes
            self.applied = applied
        }
    }

    /// The file format.
    public var format = "cliffhanger.revisions/1"
    /// Entries by episode number.
    public var episodes: [Int: Entry] = [:]

    /// An empty log.
    public init() {}

    /// `revisions.json` in `project`.
    public static func url(in project: SeriesProject) -> URL { ProjectLayout(root: project.root).revisions }

    /// The project's log, empty when there is none.
    /// - Throws: `StoryEngineError` `.invalidScripts` when the file is not a revision log.
    public static func load(from project: SeriesProject) throws(StoryEngineError) -> RevisionLog {
        let url = url(in: project)
        guard let data = FileManager.default.contents(atPath: url.path) else { return RevisionLog() }
        do {
            return try JSONDecoder().decode(RevisionLog.self, from: data)
        } catch {
            throw StoryEngineError(
                code: .invalidScripts,
                message: "\(project.displayPath(url)) is not a revision log (\(error)); fix it, or delete it to drop every applied audience note")
        }
    }

    /// Writes the log atomically.
    /// - Throws: `DramaModelError` when the file cannot be written.
    public func save(to project: SeriesProject) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self), to: Self.url(in: project))
    }
}
