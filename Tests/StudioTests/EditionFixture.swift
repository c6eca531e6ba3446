import DramaModel
import Foundation
import Logging
import Studio
import StoryEngine
import TestSupport
import Testing

/// An English series of two short episodes with its Chinese edition, made as `cliff localize
/// demo --to zh` makes it, for the edition and channel-language tests. In the edition, line 1
/// of episode 2 is a person's translation whose English line changed since (stale), and line 2
/// of episode 2 is a line a person wrote in the series, which nobody has translated
/// (untranslated); every other line is the writer's transcreation. Reviewer mei, producer
/// paul and admin ada.
///
/// `rendered()` also renders episode 1 of the series for real, approves it and releases it on
/// the channel, and has the studio render episode 1 of the edition (in review, not approved);
/// `released()` approves that and publishes it with the series' episode.
actor EditionFixture {
    /// For the domain and HTTP tests.
    static let shared = EditionFixture()
    /// For the browser tests, which change it.
    static let browser = EditionFixture()
    /// For the release tests, which take the edition's episode through review.
    static let release = EditionFixture()

    struct Made: Sendable {
        let root: URL
        let studio: Studio
        /// The series' id.
        let id: String
        /// A person's translation whose source line changed since.
        let stale: LineID
        /// A line still in English.
        let untranslated: LineID
        /// `editions/zh/`.
        var edition: URL { root.appendingPathComponent("editions/zh") }
        var recordURL: URL { edition.appendingPathComponent("lines.json") }
        func record() throws -> EditionRecord {
            try #require(try EditionRecord.read(recordURL, shown: "lines.json"))
        }
    }

    private var made: Made?
    /// The first Chinese subtitle cues of the edition's episode 1, once released.
    private var subtitles: [String]?

    static let personsTranslation = "这份合同，我一个字都不会改。"
    static let personsLine = "Nobody in this city owes me anything."

    func studio() async throws -> Made {
        if let made { return made }
        let project = try TemporaryProject.make(named: "vows", prefix: "cliff-edition-studio", episodes: 2, seed: 11, targetSeconds: 15)
        let series = SeriesProject(root: project.root)
        let maker = EditionMaker(project: series, language: .zh)
        var record = try maker.make().record
        let episode2 = record.lines.filter { $0.id.episode == 2 }
        let stale = try #require(episode2.first), untranslated = try #require(episode2.dropFirst().first)
        // A person translated line 1 of episode 2 …
        let index = try #require(record.lines.firstIndex { $0.id == stale.id })
        record.lines[index].text = Self.personsTranslation
        record.lines[index].origin = .human
        try record.write(to: maker.recordURL)
        // … then the writer changed it; and line 2 is now a line a person wrote in the series.
        let url = series.episodeURL(2)
        var text = try String(contentsOf: url, encoding: .utf8)
        text = try Self.replacing(stale.source, with: stale.source + " Not one word.", in: text)
        text = try Self.replacing(untranslated.source, with: Self.personsLine, in: text)
        try Data(text.utf8).write(to: url)
        let remade = try maker.make().record
        #expect(remade.byID[stale.id]?.stale == true && remade.byID[stale.id]?.origin == .human)
        #expect(remade.byID[untranslated.id]?.origin == .untranslated)

        let studio = try await Studio(root: project.root, bcryptCost: 4, logger: Logger(label: "edition-test"))
        try await studio.accounts.add(name: "mei", role: .reviewer, password: StudioFixture.password)
        try await studio.accounts.add(name: "paul", role: .producer, password: StudioFixture.password)
        try await studio.accounts.add(name: "ada", role: .admin, password: StudioFixture.password)
        let result = Made(root: project.root, studio: studio, id: "vows", stale: stale.id, untranslated: untranslated.id)
        made = result
        return result
    }

    /// The first occurrence of `line` as a line of its own in `script` replaced.
    static func replacing(_ line: String, with other: String, in script: String) throws -> String {
        let range = try #require(script.range(of: "\n" + line + "\n"))
        return script.replacingCharacters(in: range, with: "\n" + other + "\n")
    }

    /// The studio with episode 1 released in English and rendered in the Chinese edition (by
    /// the studio, as a producer asks for it), not yet approved in Chinese.
    func rendered() async throws -> Made {
        let made = try await studio()
        if renderedEdition { return made }
        let studio = made.studio
        try await studio.render(made.id, episodes: [1], by: StudioUserFixture.producer)
        await studio.waitForRenders()
        try await studio.review(made.id, 1, action: .approve, note: nil, by: StudioUserFixture.reviewer)
        let yesterday = Date().addingTimeInterval(-36 * 3600)
        let day = ISO8601DateFormatter.string(from: yesterday, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        try await studio.setCalendar(
            made.id, ReleaseCalendar(launchDate: day, time: "00:00", timeZone: "UTC", launchEpisodes: 1, perDay: 1, paywallFrom: nil),
            by: StudioUserFixture.producer, now: yesterday.addingTimeInterval(-86_400))
        try await studio.publishDue(made.id)
        #expect(try await studio.isReleased(made.id, 1), "episode 1 of the series is on the channel")

        // The edition's episode 1, rendered by the studio: its words spoken, its subtitles
        // burned in, its label and provenance in Chinese.
        try await studio.reviewEdition(made.id, language: "zh", 1, action: .render, note: nil, by: StudioUserFixture.producer)
        await studio.waitForRenders()
        let episode = try #require(try await studio.editionEpisodes(made.id, language: "zh").first)
        #expect(episode.state == .inReview && episode.sourceState == .published, "\(episode)")
        renderedEdition = true
        return made
    }
    private var renderedEdition = false

    /// The studio with episode 1 released in English and in the Chinese edition (approved by
    /// reviewer mei); returns the texts of the edition's first two subtitle cues too.
    func released() async throws -> (made: Made, subtitles: [String]) {
        let made = try await rendered()
        if let subtitles { return (made, subtitles) }
        try await made.studio.reviewEdition(made.id, language: "zh", 1, action: .approve, note: nil, by: StudioUserFixture.reviewer)
        try await made.studio.publishDue(made.id)
        #expect(try await made.studio.isReleased("\(made.id).zh", 1), "episode 1 of the Chinese edition is on the channel")
        let vtt = try String(contentsOf: made.edition.appendingPathComponent("out/ep001/episode.vtt"), encoding: .utf8)
        let cues = vtt.components(separatedBy: "\n\n").dropFirst().compactMap { block -> String? in
            let lines = block.split(separator: "\n").map(String.init)
            guard let timing = lines.firstIndex(where: { $0.contains("-->") }), timing + 1 < lines.count else { return nil }
            return lines[(timing + 1)...].joined(separator: "\n")
        }
        let lines = Array(cues.prefix(2))
        #expect(lines.count == 2, "\(vtt)")
        subtitles = lines
        return (made, lines)
    }
}
