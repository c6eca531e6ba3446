import Basics
import Channels
import Foundation
import Testing

/// `channels:` in `cliff.yaml`: defaults per kind, every problem located at once, and no
/// setting that would send an episode out without its AI label.
struct ChannelSettingsTests {
    @Test func channelsReadWithTheirKindsDefaultsAndOrder() throws {
        let yaml = """
            budget:
              max_usd: 3
            channels:
              youtube:
                kind: youtube
                hashtags: ["#microdrama", shorts]
                offset_minutes: 30
                privacy: Unlisted
              tiktok:
                kind: tiktok
                title: "{title} | {series_title}"
                chunk_mb: 6
              douyin:
                kind: package
                platform: Douyin
                subtitles: [zh]
            """
        let (settings, diagnostics) = ChannelSettings.read(yaml: yaml, file: "cliff.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(settings.channels.map(\.name) == ["youtube", "tiktok", "douyin"])
        let youtube = try #require(settings.channel("youtube"))
        #expect(youtube.kind == .youtube && youtube.privacy == "unlisted" && youtube.offsetSeconds == 1800)
        #expect(youtube.hashtags == ["microdrama", "shorts"])
        #expect(youtube.oauth?.tokenFile == ".cliff/tokens/youtube.json" && youtube.dailyQuota == 10_000)
        let tiktok = try #require(settings.channel("tiktok"))
        #expect(tiktok.privacy == "SELF_ONLY" && tiktok.chunkBytes == 6 << 20 && tiktok.title == "{title} | {series_title}")
        let douyin = try #require(settings.channel("douyin"))
        #expect(douyin.oauth == nil && douyin.platform == "Douyin" && douyin.subtitleLanguages == ["zh"])
    }

    @Test func aChannelThatWouldDropALabelIsRefusedWhereItSaysSo() {
        let yaml = """
            channels:
              youtube:
                kind: youtube
                ai_disclosure: false
              douyin:
                kind: package
                burned_in_label: no
            """
        let (_, diagnostics) = ChannelSettings.read(yaml: yaml, file: "cliff.yaml")
        let text = diagnostics.map(\.description)
        #expect(diagnostics.count == 2, "\(text)")
        #expect(text.contains { $0.hasPrefix("cliff.yaml:4:20: error: channels.youtube.ai_disclosure:") && $0.contains("containsSyntheticMedia") }, "\(text)")
        #expect(text.contains { $0.hasPrefix("cliff.yaml:7:22: error: channels.douyin.burned_in_label:") && $0.contains("visible AI label") }, "\(text)")
    }

    @Test func everyProblemIsReportedAtOnceWithItsPlace() {
        let yaml = """
            channels:
              youtube:
                kind: youtub
              tiktok:
                kind: tiktok
                privacy: everyone
                title: "{titel} ep {episode}"
                chunk_mb: 100
                offset_minutes: -5
              Bad Name:
                kind: package
              builtin:
                kind: package
              shop:
                kind: package
                folder: ../elsewhere
                endpoint: https://example.com
            """
        let (_, diagnostics) = ChannelSettings.read(yaml: yaml, file: "cliff.yaml")
        let text = diagnostics.map(\.description).joined(separator: "\n")
        #expect(text.contains("cliff.yaml:3:11: error: channels.youtube.kind: unknown channel kind 'youtub'"), "\(text)")
        #expect(text.contains("Did you mean 'youtube'?"), "\(text)")
        #expect(text.contains("channels.tiktok.privacy: TikTok has no privacy setting 'everyone'"), "\(text)")
        #expect(text.contains("channels.tiktok.title: unknown placeholder '{titel}'"), "\(text)")
        #expect(text.contains("channels.tiktok.chunk_mb: 100 MB is outside 5–64 MB"), "\(text)")
        #expect(text.contains("channels.tiktok.offset_minutes: -5 is outside"), "\(text)")
        #expect(text.contains("'Bad Name' cannot name a channel"), "\(text)")
        #expect(text.contains("'builtin' is the built-in channel's name"), "\(text)")
        #expect(text.contains("channels.shop.folder: '../elsewhere' leads out of the project"), "\(text)")
        #expect(text.contains("channels.shop.endpoint: unknown key 'endpoint'"), "\(text)")
        #expect(diagnostics.count == 9, "\(text)")
    }

    @Test func aProjectWithoutChannelsHasNoneAndLoadThrowsLocated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cliff-channels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ChannelSettings.load(projectRoot: folder).channels.isEmpty)
        try Data("channels:\n  yt:\n    kind: youtube\n    ai_disclosure: false\n".utf8).write(to: folder.appendingPathComponent("cliff.yaml"))
        do {
            _ = try ChannelSettings.load(projectRoot: folder)
            Issue.record("a label-dropping channel was accepted")
        } catch {
            #expect(error.code == .invalidSettings)
            #expect(error.report.contains("cliff.yaml:4:20: error: channels.yt.ai_disclosure:"), "\(error.report)")
        }
    }

    @Test func templatesFillTrimAndCutOnAWord() {
        let values = ["series_title": "The Heir", "episode": "3", "title": "A Ring in the Soup", "hashtags": "#drama #shorts"]
        #expect(TitleTemplate.fill("{series_title} · Ep {episode}: {title}", values) == "The Heir · Ep 3: A Ring in the Soup")
        #expect(TitleTemplate.fill("{{literal}} {hashtags}\n", values) == "{literal} #drama #shorts")
        let cut = TitleTemplate.fill("{title} {title} {title}", values, limit: 30)
        #expect(cut.count <= 30 && cut.hasSuffix("…") && cut.hasPrefix("A Ring in the Soup"), "\(cut)")
        #expect(TitleTemplate.placeholders(in: "{a} {{b}} {c}") == ["a", "c"])
    }
}
