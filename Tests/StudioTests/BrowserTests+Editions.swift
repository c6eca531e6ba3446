import DramaModel
import Foundation
import StoryEngine
import Studio
import StudioServer
import TestSupport
import Testing

extension BrowserTests {
    /// Where the browser tests of editions put their screenshots: a temporary folder, or
    /// docs/images with CLIFF_WRITE_SCREENSHOTS=1.
    static func screenshotFolder(_ prefix: String) throws -> URL {
        let folder = ProcessInfo.processInfo.environment["CLIFF_WRITE_SCREENSHOTS"] != nil
            ? Repository.documentationImages : try temporaryDirectory(prefix)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `browser_test.py` with `arguments` against `studio`, served on loopback.
    static func runBrowser(_ studio: Studio, _ arguments: [String]) async throws {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try #require(chromium != nil, "Chromium is missing: run scripts/setup.sh --tests (apt-get install chromium)")
        try await StudioServer(studio: studio, port: 0).serving { port in
            // The studio answers from this process's task pool: the browser is awaited, never
            // blocked on.
            let result = try await runProcess(URL(fileURLWithPath: "/usr/bin/env"), [
                "python3", Self.repository.appendingPathComponent("Tests/Browser/browser_test.py").path, "--base", "http://127.0.0.1:\(port)",
                "--timeout", "120",
            ] + arguments)
            #expect(result.status == 0, "browser test failed:\n\(result.stdout)\n\(result.stderr)")
        }
    }

    /// A reviewer opens the Chinese edition of an English series from the series page, reads
    /// its lines beside the source, filters the ones that need a translator and the stale ones,
    /// has an empty correction refused at its line, corrects the untranslated line in place and
    /// finds it saved as a person's translation after a reload; axe on every state.
    @Test func aReviewerFiltersAnEditionAndCorrectsALineInPlace() async throws {
        let made = try await EditionFixture.browser.studio()
        let screenshots = try Self.screenshotFolder("cliff-browser-editions")
        let correction = "这座城市里，谁也不欠我什么。"
        try await Self.runBrowser(made.studio, [
            "--flows", "editions", "--series", made.id, "--user", "mei", "--password", StudioFixture.password, "--screenshots", screenshots.path,
            "--edition", "zh", "--edition-line", made.untranslated.description, "--stale-line", made.stale.description, "--correction", correction,
        ])
        let saved = try #require(try made.record().byID[made.untranslated])
        #expect(saved.text == correction && saved.origin == .human && saved.stale == nil)
        #expect(try made.record().byID[made.stale]?.stale == true, "the other stale line is still marked")
        let script = try String(contentsOf: made.edition.appendingPathComponent("episodes/ep002.fountain"), encoding: .utf8)
        #expect(script.contains(correction))
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshots.appendingPathComponent("studio-edition-review.png").path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "studio-edition-review.png was saved")
    }

    /// A viewer whose browser asks for Chinese gets the Chinese edition of episode 1, switches
    /// to English — the Chinese subtitles then a soft track whose cues are the edition's lines —
    /// and finds the choice remembered after a reload.
    @Test func aViewerWatchesInTheirLanguageWithTheOtherLanguagesSubtitlesAsASoftTrack() async throws {
        let (made, subtitles) = try await EditionFixture.browser.released()
        let screenshots = try Self.screenshotFolder("cliff-browser-languages")
        try await Self.runBrowser(made.studio, [
            "--flows", "languages", "--series", made.id, "--screenshots", screenshots.path,
            "--viewer-language", "zh-CN,zh;q=0.9", "--edition", "zh", "--source-language", "en", "--edition-text", subtitles[0],
        ])
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshots.appendingPathComponent("watch-language.png").path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "watch-language.png was saved")
    }
}
