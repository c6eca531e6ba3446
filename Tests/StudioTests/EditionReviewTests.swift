import DramaModel
import Foundation
import Governance
import HTTPTypes
import NIOCore
import Studio
import StudioServer
import StoryEngine
import Testing

/// A series' localised edition in the studio: its lines beside the source, filtered, and a
/// reviewer's correction saved as a person's translation — in the domain, then over HTTP
/// (the page, its form, the API). Each test makes its own series (no render needed).
@Suite struct EditionReviewTests {
    @Test func theSeriesListsItsEditionAndTheEditionIsNoSeriesOfItsOwn() async throws {
        let made = try await EditionFixture().studio()
        let editions = try made.studio.editions(made.id)
        #expect(editions.map(\.language) == ["zh"])
        let zh = try #require(editions.first)
        #expect(zh.languageName == "中文")
        #expect(zh.lines == (try made.record().lines.count))
        #expect(zh.needsTranslator == 1 && zh.stale == 1)
        #expect(zh.finishedEpisodes.isEmpty)
        #expect(zh.problem == nil)
        #expect(try await made.studio.seriesList().map(\.id) == ["vows"], "editions/zh is not a series of the studio")
    }

    @Test func theReviewShowsEveryLineBesideItsSourceWithWhereItsWordsCameFrom() async throws {
        let made = try await EditionFixture().studio()
        let record = try made.record()
        let review = try made.studio.editionReview(made.id, language: "zh")
        #expect(review.sourceLanguage == "en" && review.language == "zh" && review.languageName == "中文")
        #expect(review.counts.all == record.lines.count)
        #expect(review.counts.untranslated == 1 && review.counts.stale == 1 && review.counts.human == 1)
        #expect(review.counts.transcreated == record.lines.count - 2)
        #expect(review.counts.behind == 0)
        #expect(review.episodes.map(\.number) == [1, 2])
        #expect(review.episodes.allSatisfy { !$0.title.isEmpty })
        let lines = review.episodes.flatMap(\.lines)
        #expect(lines.map(\.id) == record.lines.map(\.id.description), "every line, in order")
        for (view, line) in zip(lines, record.lines) {
            #expect(view.source == line.source && view.text == line.text && view.origin == line.origin.rawValue)
            #expect(view.budgetSeconds == line.budgetSeconds && view.spokenSeconds > 0)
            #expect(["fits", "long", "short"].contains(view.fit))
            #expect(view.sourceDigest == EditionRecord.sourceDigest(speaker: line.speaker, text: line.source))
            #expect(!view.speakerName.isEmpty && !view.editionSpeakerName.isEmpty)
        }
        let stale = try #require(lines.first { $0.id == made.stale.description })
        #expect(stale.stale && stale.origin == "human" && stale.text == EditionFixture.personsTranslation)
        let untranslated = try #require(lines.first { $0.id == made.untranslated.description })
        #expect(untranslated.origin == "untranslated" && untranslated.text == EditionFixture.personsLine)
        #expect(review.command == "cliff localize vows --to zh")

        let needs = try made.studio.editionReview(made.id, language: "zh", filter: .needsTranslator)
        #expect(needs.episodes.flatMap(\.lines).map(\.id) == [made.untranslated.description])
        #expect(needs.counts == review.counts, "the counts are of the whole edition")
        let staleOnly = try made.studio.editionReview(made.id, language: "zh", filter: .stale)
        #expect(staleOnly.episodes.flatMap(\.lines).map(\.id) == [made.stale.description])
        let one = try made.studio.editionReview(made.id, language: "zh", episode: 1)
        #expect(one.episodes.map(\.number) == [1] && one.episode == 1)
        #expect(try made.studio.editionReview(made.id, language: "zh", filter: .stale, episode: 1).episodes.isEmpty)

        for language in ["fr", "en", "../zh"] {
            let error = try #require(throws: StudioError.self) { try made.studio.editionReview(made.id, language: language) }
            #expect(error.code == .notFound && error.message.contains("it has zh"), "\(error)")
        }
        let episode = try #require(throws: StudioError.self) { try made.studio.editionReview(made.id, language: "zh", episode: 9) }
        #expect(episode.code == .notFound && episode.field == "episode")
    }

    @Test func aCorrectionIsAPersonsTranslationInLinesJSONAndTheEditionsScript() async throws {
        let made = try await EditionFixture().studio()
        let line = made.untranslated
        let before = try #require(try made.record().byID[line])
        let corrected = try await made.studio.correctEditionLine(
            made.id, language: "zh", line: line.description, text: "  这座城市里，谁也不欠我什么。\r\n", sourceDigest: before.sourceDigest,
            previous: before.text, by: StudioUserFixture.reviewer)
        #expect(corrected.line.text == "这座城市里，谁也不欠我什么。" && corrected.line.origin == "human" && !corrected.line.stale)
        #expect(!corrected.scriptKept)
        let record = try made.record()
        let saved = try #require(record.byID[line])
        #expect(saved.text == "这座城市里，谁也不欠我什么。" && saved.origin == .human && saved.stale == nil)
        #expect(saved.source == before.source, "the source line is the one corrected")
        // The edition's script says it now (EditionMaker made the scripts again).
        let script = try String(contentsOf: made.edition.appendingPathComponent("episodes/ep002.fountain"), encoding: .utf8)
        #expect(script.contains("\n这座城市里，谁也不欠我什么。\n"))
        #expect(!script.contains(EditionFixture.personsLine))
        // Another person's stale translation stays marked for review; the rest is unchanged.
        #expect(record.byID[made.stale]?.stale == true)
        // The next `cliff localize` keeps it: a person's line always wins.
        let again = try EditionMaker(project: SeriesProject(root: made.root), language: .zh).prepare().record
        #expect(again.byID[line]?.text == "这座城市里，谁也不欠我什么。" && again.byID[line]?.origin == .human)
        // Who corrected what, in the series' audit log.
        let audit = try String(contentsOf: try AuditLog(projectRoot: made.root).url, encoding: .utf8)
        #expect(audit.contains("edition.line") && audit.contains(line.description) && audit.contains("mei"))

        // Saving a stale translation as it is confirms it: no longer stale.
        let stale = try #require(record.byID[made.stale])
        let confirmed = try await made.studio.correctEditionLine(
            made.id, language: "zh", line: made.stale.description, text: stale.text, by: StudioUserFixture.reviewer)
        #expect(!confirmed.line.stale && confirmed.line.origin == "human")
        #expect(try made.record().byID[made.stale]?.stale == nil)
        #expect(try made.studio.editions(made.id).first?.needsTranslator == 0)
    }

    @Test func aRefusedCorrectionSaysWhichLineAndWhyAndChangesNothing() async throws {
        let made = try await EditionFixture().studio()
        let line = made.untranslated
        let current = try #require(try made.record().byID[line])
        let bytes = try Data(contentsOf: made.recordURL)
        let script = try Data(contentsOf: made.edition.appendingPathComponent("episodes/ep002.fountain"))
        func refusal(
            _ text: String, line id: String = line.description, digest: String? = nil, previous: String? = nil
        ) async throws -> StudioError {
            let error = await #expect(throws: StudioError.self) {
                try await made.studio.correctEditionLine(
                    made.id, language: "zh", line: id, text: text, sourceDigest: digest, previous: previous, by: StudioUserFixture.reviewer)
            }
            return try #require(error)
        }
        let empty = try await refusal(" \n ")
        #expect(empty.code == .invalidInput && empty.field == "text" && empty.message.hasPrefix("\(line): the words are empty"), "\(empty)")
        let direction = try await refusal("(轻声)")
        #expect(direction.code == .invalidInput && direction.field == "text" && direction.message.contains("one line of dialogue"), "\(direction)")
        let note = try await refusal("[[一条备注]]")
        #expect(note.code == .invalidInput && note.field == "text" && note.message.contains("never spoken"))
        let control = try await refusal("谁也\u{7}不欠我")
        #expect(control.code == .invalidInput && control.message.contains("U+0007"))
        let long = try await refusal(String(repeating: "长", count: 1001))
        #expect(long.code == .invalidInput && long.message.contains("1,000"))
        let changed = try await refusal("新的台词。", digest: "0000000000000000")
        #expect(changed.code == .conflict && changed.field == "sourceDigest" && changed.message.contains(line.description))
        let overtaken = try await refusal("新的台词。", previous: "别人刚改过的台词。")
        #expect(overtaken.code == .conflict && overtaken.field == "previous" && overtaken.message.contains(current.text))
        let unknown = try await refusal("新的台词。", line: "ep002-L0999")
        #expect(unknown.code == .notFound && unknown.field == "line" && unknown.message.contains("episode 2 has lines 1–"))
        let malformed = try await refusal("新的台词。", line: "line-7")
        #expect(malformed.code == .invalidInput && malformed.field == "line")
        let edition = await #expect(throws: StudioError.self) {
            try await made.studio.correctEditionLine(made.id, language: "fr", line: line.description, text: "x", by: StudioUserFixture.reviewer)
        }
        #expect(edition?.code == .notFound)
        #expect(try Data(contentsOf: made.recordURL) == bytes, "lines.json is unchanged")
        #expect(try Data(contentsOf: made.edition.appendingPathComponent("episodes/ep002.fountain")) == script, "the script is unchanged")

        // A line the series' script changed since the edition was made is refused until the
        // edition is brought up to date.
        let url = made.root.appendingPathComponent("episodes/ep002.fountain")
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(try EditionFixture.replacing(EditionFixture.personsLine, with: "Nobody owes me a thing.", in: text).utf8).write(to: url)
        let behind = try made.studio.editionReview(made.id, language: "zh")
        #expect(behind.counts.behind == 1)
        #expect(behind.episodes.flatMap(\.lines).first { $0.id == line.description }?.sourceNow == "Nobody owes me a thing.")
        let stale = try await refusal("谁也不欠我。")
        #expect(stale.code == .conflict && stale.field == "line" && stale.message.contains("cliff localize vows --to zh"), "\(stale)")
        #expect(try Data(contentsOf: made.recordURL) == bytes)
    }
}

/// The edition's review page, its form and its API over a live server on loopback.
@Suite struct EditionReviewHTTPTests {
    @Test func aReviewerReadsFiltersAndCorrectsAnEditionOverHTTP() async throws {
        let made = try await EditionFixture().studio()
        let line = made.untranslated.description
        try await StudioServer(studio: made.studio, port: 0).serving { port in
            var client = Client(port: port)
            // Signed out: the page sends to the login, the API says 401.
            let anonymous = try await client.send(.get, "/series/vows/editions/zh")
            #expect(anonymous.status == .seeOther)
            #expect(try await client.send(.get, "/api/v1/series/vows/editions").status == .unauthorized)
            try await client.login("mei")

            // The series page links to its edition.
            let series = String(buffer: try await client.send(.get, "/series/vows").body)
            #expect(series.contains(#"<a id="edition-zh" href="/series/vows/editions/zh">中文 edition</a>"#))
            #expect(series.contains("1 needs a translator") && series.contains("1 changed since translated"))

            // The page: every line beside its source, where its words came from, the time.
            let page = try await client.send(.get, "/series/vows/editions/zh")
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            let rows = html.components(separatedBy: "<tr id=\"line-").count - 1
            #expect(rows == (try made.record().lines.count))
            #expect(html.contains(#"<tr id="line-\#(line)" data-line="\#(line)" data-origin="untranslated">"#))
            #expect(html.contains(#"<tr id="line-\#(made.stale)" data-line="\#(made.stale)" data-origin="human" data-stale="true">"#))
            #expect(html.contains("Not a translation:"), "the writer's transcreation says it is not a translation")
            #expect(html.contains(#"class="badge origin-transcreated""#) && html.contains(#"class="badge stale-mark""#))
            #expect(html.contains(#"status-\#(made.stale)">\#(EditionFixture.personsTranslation)</textarea>"#))
            #expect(html.contains(#"<a href="/" aria-current="page">Series</a>"#))
            // The filters.
            let needs = String(buffer: try await client.send(.get, "/series/vows/editions/zh?show=needs-translator").body)
            #expect(needs.components(separatedBy: "<tr id=\"line-").count - 1 == 1 && needs.contains(#"id="line-\#(line)""#))
            #expect(needs.contains(#"data-filter="needs-translator" aria-current="page""#))
            let stale = String(buffer: try await client.send(.get, "/series/vows/editions/zh?show=stale&episode=2").body)
            #expect(stale.components(separatedBy: "<tr id=\"line-").count - 1 == 1 && stale.contains(#"id="line-\#(made.stale)""#))
            #expect(try await client.send(.get, "/series/vows/editions/zh?show=everything").status == .badRequest)
            #expect(try await client.send(.get, "/series/vows/editions/fr").status == .notFound)

            // The API.
            let list = try await client.send(.get, "/api/v1/series/vows/editions")
            let editions = try JSONSerialization.jsonObject(with: Data(String(buffer: list.body).utf8)) as? [[String: Any]]
            #expect(editions?.first?["language"] as? String == "zh" && editions?.first?["needsTranslator"] as? Int == 1)
            let review = try await client.send(.get, "/api/v1/series/vows/editions/zh?show=needs-translator").json()
            let shown = (review["episodes"] as? [[String: Any]])?.flatMap { ($0["lines"] as? [[String: Any]]) ?? [] } ?? []
            #expect(shown.map { $0["id"] as? String } == [line])
            let digest = try #require(shown.first?["sourceDigest"] as? String)

            // A correction refused at its line, then saved: the form (no script) …
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            let refused = try await client.send(
                .post, "/series/vows/editions/zh/lines/\(line)", body: "text=%28%E8%BD%BB%E5%A3%B0%29&sourceDigest=\(digest)&show=needs-translator",
                headers: form)
            #expect(refused.status == .badRequest)
            let refusedPage = String(buffer: refused.body)
            #expect(refusedPage.contains(#"<p class="field-error" id="error-\#(line)" role="alert">\#(line): the script would not read"#))
            #expect(refusedPage.contains("aria-invalid=\"true\""))
            #expect(refusedPage.contains(">(轻声)</textarea>"), "what was typed is kept")
            let saved = try await client.send(
                .post, "/series/vows/editions/zh/lines/\(line)",
                body: "text=%E8%BF%99%E5%BA%A7%E5%9F%8E%E5%B8%82%E9%87%8C%E3%80%82&sourceDigest=\(digest)&show=needs-translator", headers: form)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/series/vows/editions/zh?show=needs-translator&saved=\(line)#line-\(line)")
            #expect(try made.record().byID[made.untranslated]?.text == "这座城市里。")
            // … and the API.
            let previous = "这座城市里。"
            let bad = try await client.send(.put, "/api/v1/series/vows/editions/zh/lines/\(line)", json: #"{"text":"  "}"#)
            #expect(bad.status == .badRequest)
            #expect(try bad.error()["field"] as? String == "text")
            let conflict = try await client.send(
                .put, "/api/v1/series/vows/editions/zh/lines/\(line)", json: #"{"text":"新的。","previous":"别的。"}"#)
            #expect(conflict.status == .conflict)
            #expect(try conflict.error()["field"] as? String == "previous")
            let put = try await client.send(
                .put, "/api/v1/series/vows/editions/zh/lines/\(line)", json: #"{"text":"这座城市里，谁也不欠我什么。","previous":"\#(previous)"}"#)
            #expect(put.status == .ok)
            let answer = try put.json()
            #expect((answer["line"] as? [String: Any])?["origin"] as? String == "human")
            #expect((answer["message"] as? String)?.hasPrefix("Saved \(line)") == true)
            #expect(try made.record().byID[made.untranslated]?.text == "这座城市里，谁也不欠我什么。")
            let missing = try await client.send(.put, "/api/v1/series/vows/editions/zh/lines/ep009-L0001", json: #"{"text":"x"}"#)
            #expect(missing.status == .notFound)
            let noText = try await client.send(.put, "/api/v1/series/vows/editions/zh/lines/\(line)", json: #"{}"#)
            #expect(noText.status == .badRequest)
            #expect(try noText.error()["field"] as? String == "text")
            // From another site, with the session: refused.
            let crossSite = try await client.send(
                .put, "/api/v1/series/vows/editions/zh/lines/\(line)", json: #"{"text":"x"}"#,
                headers: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"])
            #expect(crossSite.status == .forbidden)
            #expect(try made.record().byID[made.untranslated]?.text == "这座城市里，谁也不欠我什么。")
        }
    }
}
