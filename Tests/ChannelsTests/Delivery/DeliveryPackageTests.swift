import Basics
import Channels
import Foundation
import TestSupport
import Testing

/// Delivery packages: every file a person needs for a platform's upload form, written
/// atomically and idempotently, refused before anything is written when a file is missing,
/// malformed or over the platform's limits.
struct DeliveryPackageTests {
    // MARK: - Fixtures

    /// A project with a rendered episode 3: master, cover, Chinese SRT (with its VTT sibling)
    /// and an English VTT.
    struct Fixture {
        let root: URL
        let episode: URL
        var release: EpisodeRelease
        var channel: Channel

        init(masterBytes: Int = 64 * 1024) throws {
            root = try temporaryDirectory("delivery")
            episode = root.appendingPathComponent("out/ep003", isDirectory: true)
            try FileManager.default.createDirectory(at: episode, withIntermediateDirectories: true)
            let video = episode.appendingPathComponent("episode.mp4")
            try Fixture.bytes(count: masterBytes, seed: 1).write(to: video)
            let cover = episode.appendingPathComponent("cover.PNG")
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]).write(to: cover)
            let zhSRT = episode.appendingPathComponent("ep003.zh.srt")
            try Data(Fixture.chineseSRT.utf8).write(to: zhSRT)
            try Data(Fixture.chineseVTT.utf8).write(to: episode.appendingPathComponent("ep003.zh.vtt"))
            let enVTT = episode.appendingPathComponent("ep003.en.vtt")
            try Data(Fixture.englishVTT.utf8).write(to: enVTT)
            release = EpisodeRelease(
                series: "jade-throne", episode: 3, video: video, cover: cover, subtitles: ["zh": zhSRT, "en": enVTT],
                title: "她回来了 · Ep 3", description: "她说，\"不\"，然后离开了。\nShe said, \"no\", and left.",
                hashtags: ["短剧", "microdrama"], durationSeconds: 75.5, language: "zh",
                releasedAt: Date(timeIntervalSince1970: 1_800_000_000),
                provenance: ["generator": "Cliffhanger", "manifest": "urn:uuid:1234", "signer": "jade-throne project key"])
            channel = Channel(name: "douyin", kind: .package)
            channel.platform = "Douyin"
            channel.offsetSeconds = 1800
        }

        var packageFolder: URL { root.appendingPathComponent("out/delivery/douyin/jade-throne-ep003", isDirectory: true) }
        var channelFolder: URL { root.appendingPathComponent("out/delivery/douyin", isDirectory: true) }

        func write() throws(ChannelsError) -> DeliveryPackage.Result {
            try DeliveryPackage.write(release, channel: channel, projectRoot: root)
        }

        /// Deterministic pseudo-random bytes (a linear congruential generator).
        static func bytes(count: Int, seed: UInt64) -> Data {
            var state = seed
            return Data((0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            })
        }

        static let chineseSRT = """
            1
            00:00:01,000 --> 00:00:02,500
            她回来了。

            2
            00:00:03,000 --> 00:00:05,000
            你终于来了，
            我等了很久。

            """

        static let chineseVTT = """
            WEBVTT

            00:00:01.000 --> 00:00:02.500
            她回来了。

            00:00:03.000 --> 00:00:05.000
            你终于来了，
            我等了很久。

            """

        static let englishVTT = """
            WEBVTT

            NOTE written by the timeline step

            1
            00:00:01.000 --> 00:00:02.500 line:85%
            She's back.

            2
            00:00:03.000 --> 00:00:05.000
            <v Mei>You finally came.

            """
    }

    /// RFC 4180 records, read independently of the package's own writer.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" {
                        chars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r" && chars.first == "\n" {
                chars.removeFirst()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }

    static func run(_ executable: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static func inode(_ url: URL) throws -> UInt64? {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    static func hidden(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
    }

    // MARK: - Writing

    @Test func writesEveryFileTheFormNeeds() throws {
        let fixture = try Fixture()
        let result = try fixture.write()
        let folder = fixture.packageFolder
        #expect(result.folder.standardizedFileURL.path == folder.standardizedFileURL.path)
        #expect(!result.unchanged)
        #expect(
            result.files == [
                "README.txt", "checksums.sha256", "cover.png", "jade-throne-ep003.mp4", "metadata.csv", "metadata.json",
                "subtitles/jade-throne-ep003.en.vtt", "subtitles/jade-throne-ep003.zh.srt", "subtitles/jade-throne-ep003.zh.vtt",
            ])
        #expect(result.missingSubtitleLanguages.isEmpty && result.warnings.isEmpty)
        let onDisk = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix("subtitles") }.sorted()
        #expect(onDisk == result.files)

        // The master travels byte for byte, hard-linked on the same file system.
        let master = folder.appendingPathComponent("jade-throne-ep003.mp4")
        #expect(try Data(contentsOf: master) == Data(contentsOf: fixture.release.video))
        #expect(try Self.inode(master) == Self.inode(fixture.release.video))
        #expect(try Data(contentsOf: folder.appendingPathComponent("cover.png")) == Data(contentsOf: fixture.release.cover!))
        #expect(try String(contentsOf: folder.appendingPathComponent("subtitles/jade-throne-ep003.zh.srt"), encoding: .utf8) == Fixture.chineseSRT)
        #expect(try String(contentsOf: folder.appendingPathComponent("subtitles/jade-throne-ep003.en.vtt"), encoding: .utf8) == Fixture.englishVTT)

        // metadata.json
        let metadata = try JSONDecoder().decode(DeliveryPackage.Metadata.self, from: Data(contentsOf: folder.appendingPathComponent("metadata.json")))
        #expect(metadata.platform == "Douyin" && metadata.channel == "douyin" && metadata.series == "jade-throne" && metadata.episode == 3)
        #expect(metadata.title == fixture.release.title && metadata.description == fixture.release.description)
        #expect(metadata.hashtags == ["短剧", "microdrama"] && metadata.language == "zh" && metadata.durationSeconds == 75.5)
        #expect(metadata.video.file == "jade-throne-ep003.mp4" && metadata.video.sizeBytes == 64 * 1024 && metadata.video.sha256 == result.masterSHA256)
        #expect(metadata.video.sha256.count == 64 && metadata.video.width == nil)
        #expect(metadata.cover == "cover.png")
        #expect(metadata.subtitles.map(\.file) == ["subtitles/jade-throne-ep003.en.vtt", "subtitles/jade-throne-ep003.zh.srt", "subtitles/jade-throne-ep003.zh.vtt"])
        #expect(metadata.releaseTime == "2027-01-15T08:30:00Z")  // 1_800_000_000 + 30 min
        #expect(metadata.aiGenerated && metadata.aiDeclaration.contains("AI生成: 是") && metadata.aiDeclaration.contains("yes"))
        #expect(metadata.provenance == fixture.release.provenance)
        let json = try String(contentsOf: folder.appendingPathComponent("metadata.json"), encoding: .utf8)
        #expect(json.contains("\"release_time\"") && json.contains("\"ai_generated\" : true") && json.contains("\"duration_seconds\""))

        // metadata.csv: BOM, RFC 4180, header + one row.
        let csvData = try Data(contentsOf: folder.appendingPathComponent("metadata.csv"))
        #expect(Array(csvData.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csvText = String(decoding: csvData.dropFirst(3), as: UTF8.self)
        #expect(csvText.hasSuffix("\r\n"))
        let records = Self.parseCSV(csvText)
        try #require(records.count == 2)
        #expect(records[0].count == records[1].count)
        let row = Dictionary(uniqueKeysWithValues: zip(records[0].map { String($0.prefix { $0 != " " }) }, records[1]))
        #expect(row["platform"] == "Douyin" && row["series"] == "jade-throne" && row["episode"] == "3")
        #expect(row["title"] == fixture.release.title)
        #expect(row["description"] == fixture.release.description)
        #expect(row["hashtags"] == "#短剧 #microdrama")
        #expect(row["duration_s"] == "75.5" && row["language"] == "zh")
        #expect(row["video_file"] == "jade-throne-ep003.mp4" && row["file_size_bytes"] == "65536" && row["video_sha256"] == result.masterSHA256)
        #expect(row["cover_file"] == "cover.png" && row["resolution"] == "")
        #expect(row["subtitle_files"] == "subtitles/jade-throne-ep003.en.vtt; subtitles/jade-throne-ep003.zh.srt; subtitles/jade-throne-ep003.zh.vtt")
        #expect(row["release_time_utc"] == "2027-01-15T08:30:00Z")
        #expect(row["ai_generated"]?.hasPrefix("yes") == true && row["ai_generated"]?.contains("AI生成: 是") == true)
        #expect(row["provenance"] == "generator=Cliffhanger; manifest=urn:uuid:1234; signer=jade-throne project key")
        #expect(records[0].contains("title / 标题"))
        #expect(csvText.contains("\"她说，\"\"不\"\"，然后离开了。\nShe said, \"\"no\"\", and left.\""))

        // README in both languages, with the warning about labels.
        let readme = try String(contentsOf: folder.appendingPathComponent("README.txt"), encoding: .utf8)
        for phrase in ["C2PA", "AI label", "metadata.csv", "do not re-encode", "Do not edit", "AI生成", "显式AI标识", "请勿", "抖音"] {
            #expect(readme.contains(phrase), "README.txt lacks '\(phrase)'")
        }

        // checksums.sha256 in sha256sum's own format, over every other file.
        let sums = try String(contentsOf: folder.appendingPathComponent("checksums.sha256"), encoding: .utf8)
        let listed = sums.split(separator: "\n").map { String($0.dropFirst(66)) }
        #expect(listed == result.files.filter { $0 != "checksums.sha256" })
        let check = try Self.run("/usr/bin/env", ["sha256sum", "--strict", "-c", "checksums.sha256"], in: folder)
        #expect(check.status == 0, "\(check.output)")

        let verification = try DeliveryPackage.verify(folder: folder)
        #expect(verification.metadata == metadata)
        #expect(verification.files == result.files.filter { $0 != "checksums.sha256" })
        #expect(try Self.hidden(in: fixture.channelFolder).isEmpty)
    }

    @Test func writingAgainLeavesThePackageAlone() throws {
        let fixture = try Fixture()
        let first = try fixture.write()
        let folderInode = try Self.inode(fixture.packageFolder)
        let second = try fixture.write()
        #expect(second.unchanged && second.files == first.files && second.masterSHA256 == first.masterSHA256)
        #expect(try Self.inode(fixture.packageFolder) == folderInode)

        // A changed text (not only a new master) makes a new package.
        var retitled = fixture
        retitled.release.title = "她回来了（修订）"
        let third = try retitled.write()
        #expect(!third.unchanged)
        #expect(try DeliveryPackage.verify(folder: fixture.packageFolder).metadata.title == "她回来了（修订）")
        #expect(try Self.hidden(in: fixture.channelFolder).isEmpty)
    }

    @Test func aNewRenderReplacesThePackage() throws {
        let fixture = try Fixture()
        let first = try fixture.write()
        // The renderer replaces the master with a new file (write and rename), as renders do.
        let newMaster = Fixture.bytes(count: 80 * 1024, seed: 2)
        try newMaster.write(to: fixture.release.video, options: .atomic)
        let second = try fixture.write()
        #expect(!second.unchanged && second.masterSHA256 != first.masterSHA256)
        #expect(try Data(contentsOf: fixture.packageFolder.appendingPathComponent("jade-throne-ep003.mp4")) == newMaster)
        let verification = try DeliveryPackage.verify(folder: fixture.packageFolder)
        #expect(verification.metadata.video.sha256 == second.masterSHA256 && verification.metadata.video.sizeBytes == 80 * 1024)
        #expect(try Self.hidden(in: fixture.channelFolder).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.channelFolder.path) == ["jade-throne-ep003"])
    }

    @Test func aDamagedPackageIsFoundAndWrittenAgain() throws {
        let fixture = try Fixture()
        _ = try fixture.write()
        let subtitle = fixture.packageFolder.appendingPathComponent("subtitles/jade-throne-ep003.zh.srt")
        try Data((Fixture.chineseSRT + "3\n00:00:06,000 --> 00:00:07,000\n多余\n").utf8).write(to: subtitle)
        try Data("stray".utf8).write(to: fixture.packageFolder.appendingPathComponent("notes.txt"))
        do {
            _ = try DeliveryPackage.verify(folder: fixture.packageFolder)
            Issue.record("a damaged package verified")
        } catch {
            #expect(error.code == .packageFailed)
            #expect(error.diagnostics.map(\.file) == ["notes.txt", "subtitles/jade-throne-ep003.zh.srt"])
            #expect(error.message.contains("does not match checksums.sha256"))
        }
        let again = try fixture.write()
        #expect(!again.unchanged)
        _ = try DeliveryPackage.verify(folder: fixture.packageFolder)
    }

    @Test func aLeftoverPartialFolderIsNeverTrusted() throws {
        let fixture = try Fixture()
        // A killed run left a half-built folder (and an old package moved aside).
        let partial = fixture.channelFolder.appendingPathComponent(".jade-throne-ep003.partial-killed", isDirectory: true)
        try FileManager.default.createDirectory(at: partial, withIntermediateDirectories: true)
        try Data("half a video".utf8).write(to: partial.appendingPathComponent("jade-throne-ep003.mp4"))
        let old = fixture.channelFolder.appendingPathComponent(".jade-throne-ep003.old-killed", isDirectory: true)
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        // Another episode's leftovers are that episode's business.
        let other = fixture.channelFolder.appendingPathComponent(".jade-throne-ep004.partial-running", isDirectory: true)
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)

        let result = try fixture.write()
        #expect(!result.unchanged)
        #expect(try Self.hidden(in: fixture.channelFolder) == [".jade-throne-ep004.partial-running"])
        #expect(try Data(contentsOf: fixture.packageFolder.appendingPathComponent("jade-throne-ep003.mp4")) == Data(contentsOf: fixture.release.video))
        _ = try DeliveryPackage.verify(folder: fixture.packageFolder)

        // A package folder without its checksums (a copy cut short) is replaced, not trusted.
        try FileManager.default.removeItem(at: fixture.packageFolder.appendingPathComponent("checksums.sha256"))
        #expect(try !fixture.write().unchanged)
        _ = try DeliveryPackage.verify(folder: fixture.packageFolder)
    }

    @Test func subtitlesFollowTheChannelsLanguages() throws {
        var fixture = try Fixture()
        fixture.channel.subtitleLanguages = ["zh", "fr"]
        let result = try fixture.write()
        #expect(result.files.filter { $0.hasPrefix("subtitles/") } == ["subtitles/jade-throne-ep003.zh.srt", "subtitles/jade-throne-ep003.zh.vtt"])
        #expect(result.missingSubtitleLanguages == ["fr"])
        #expect(try DeliveryPackage.verify(folder: result.folder).metadata.subtitles.map(\.language) == ["zh", "zh"])

        var none = try Fixture()
        none.channel.subtitleLanguages = []
        none.release.cover = nil
        let bare = try none.write()
        #expect(bare.files == ["README.txt", "checksums.sha256", "jade-throne-ep003.mp4", "metadata.csv", "metadata.json"])
        #expect(try DeliveryPackage.verify(folder: bare.folder).metadata.cover == nil)
    }

    @Test func aMasterOnAnotherFileSystemIsCopied() throws {
        var fixture = try Fixture()
        // /dev/shm is a tmpfs on Linux: a hard link from the temporary folder cannot cross to it.
        let shm = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
        guard let shmDevice = try? FileManager.default.attributesOfItem(atPath: shm.path)[.systemNumber] as? NSNumber,
            let tmpDevice = try FileManager.default.attributesOfItem(atPath: fixture.root.path)[.systemNumber] as? NSNumber,
            shmDevice != tmpDevice
        else { return }  // no second file system here: the hard-link path is covered above
        let elsewhere = shm.appendingPathComponent("cliff-tests-delivery-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        fixture.channel.folder = elsewhere.path
        let result = try fixture.write()
        let master = result.folder.appendingPathComponent("jade-throne-ep003.mp4")
        #expect(try Data(contentsOf: master) == Data(contentsOf: fixture.release.video))
        #expect(try Self.inode(master) != Self.inode(fixture.release.video))
        _ = try DeliveryPackage.verify(folder: result.folder)
        #expect(try fixture.write().unchanged)
    }

    @Test func theChannelsFolderIsUsed() throws {
        var fixture = try Fixture()
        fixture.channel.folder = "deliveries/抖音"
        let result = try fixture.write()
        #expect(result.folder.path.hasSuffix("/deliveries/抖音/jade-throne-ep003"))
        _ = try DeliveryPackage.verify(folder: result.folder)
        #expect(DeliveryPackage.name(series: "s", episode: 1234) == "s-ep1234")
    }

    // MARK: - Refusals

    @Test func aBrokenSubtitleFileIsRefusedWithEveryProblemLocated() throws {
        let fixture = try Fixture()
        let broken = """
            1
            00:00:01,000 --> 00:00:02,500
            她回来了。

            3
            00:00:04,000 --> 00:00:03,000
            你终于来了。

            """
        try Data(broken.utf8).write(to: fixture.release.subtitles["zh"]!)
        do {
            _ = try fixture.write()
            Issue.record("a broken SRT was packaged")
        } catch {
            #expect(error.code == .refused)
            let located = error.diagnostics.map(\.description)
            #expect(located.count == 2, "\(located)")
            #expect(located.contains { $0.hasPrefix("ep003.zh.srt:5:1: error: cue number 3, expected 2") })
            #expect(located.contains { $0.hasPrefix("ep003.zh.srt:6:1: error: cue ends (00:00:03,000) before it starts (00:00:04,000)") })
            #expect(error.message.contains("ep003.zh.srt:5:1") && error.message.contains("ep003.zh.srt:6:1"))
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.channelFolder.path))
    }

    @Test func aMissingMasterIsRefused() throws {
        var fixture = try Fixture()
        fixture.release.video = fixture.episode.appendingPathComponent("missing.mp4")
        do {
            _ = try fixture.write()
            Issue.record("a package without its master was written")
        } catch {
            #expect(error.code == .refused)
            #expect(error.message.contains("missing.mp4") && error.message.contains("Render the episode"))
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.channelFolder.path))
    }

    @Test func douyinsLimitsAreKept() throws {
        var fixture = try Fixture()
        // 129 MiB without writing 129 MiB: a sparse file.
        let handle = try FileHandle(forWritingTo: fixture.release.video)
        try handle.truncate(atOffset: 129 << 20)
        try handle.close()
        do {
            _ = try fixture.write()
            Issue.record("a 129 MiB master was packaged for Douyin")
        } catch {
            #expect(error.code == .refused)
            #expect(error.message.contains("129 MB") && error.message.contains("Douyin's 128 MB"))
        }
        try Fixture.bytes(count: 1024, seed: 3).write(to: fixture.release.video, options: .atomic)
        fixture.release.durationSeconds = 15 * 60 + 1
        do {
            _ = try fixture.write()
            Issue.record("a 15 min 1 s episode was packaged for Douyin")
        } catch {
            #expect(error.code == .refused && error.message.contains("901 s") && error.message.contains("900 s"))
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.packageFolder.path))

        // The drama apps' limits are not in the table: not checked.
        fixture.channel.platform = "ReelShort"
        #expect(try !fixture.write().unchanged)
        #expect(PlatformLimits.forPlatform(" DOUYIN ")?.maxBytes == 128 << 20 && PlatformLimits.forPlatform("抖音") != nil)
        #expect(PlatformLimits.forPlatform("Kuaishou") == nil && PlatformLimits.forPlatform(nil) == nil)
    }

    @Test func theResolutionIsReadFromTheMP4Header() throws {
        var fixture = try Fixture()
        try Self.mp4(width: 1080, height: 1920).write(to: fixture.release.video, options: .atomic)
        let result = try fixture.write()
        let metadata = try DeliveryPackage.verify(folder: result.folder).metadata
        #expect(metadata.video.width == 1080 && metadata.video.height == 1920)
        let csv = try String(contentsOf: result.folder.appendingPathComponent("metadata.csv"), encoding: .utf8)
        #expect(csv.contains(",1080x1920,"))

        try Self.mp4(width: 480, height: 854).write(to: fixture.release.video, options: .atomic)
        do {
            _ = try fixture.write()
            Issue.record("a 480p master was packaged for Douyin")
        } catch {
            #expect(error.code == .refused && error.message.contains("480x854") && error.message.contains("720p"))
        }
        fixture.channel.platform = "Kuaishou"
        #expect(try !fixture.write().unchanged)
    }

    // MARK: - Subtitle checks

    @Test func subtitleChecksFindEveryProblem() {
        func check(_ text: String, _ format: SubtitleCheck.Format) -> [String] {
            SubtitleCheck.check(data: Data(text.utf8), format: format, file: "ep001.\(format.rawValue)").map(\.description)
        }
        #expect(check(Fixture.chineseSRT, .srt).isEmpty)
        #expect(check("\u{FEFF}" + Fixture.chineseSRT.replacingOccurrences(of: "\n", with: "\r\n"), .srt).isEmpty)
        #expect(check(Fixture.englishVTT, .vtt).isEmpty)
        #expect(check("WEBVTT - title\n\n01:00.000 --> 01:02.000\nshort hours\n", .vtt).isEmpty)

        let srt = check("1\n00:00:01.000 --> 00:00:02,000\ntext\n\n2\n00:00:03,000 --> 00:00:04,000\n\n\n3\n00:00:00,500 --> 00:00:00,900\nearly\n", .srt)
        #expect(srt.count == 3, "\(srt)")
        #expect(srt[0].hasPrefix("ep001.srt:2:1: error: malformed start time '00:00:01.000'"))
        #expect(srt[1].hasPrefix("ep001.srt:6:1: error: cue has no text"))
        #expect(srt[2].hasPrefix("ep001.srt:10:1: error: cue starts at 00:00:00.500, before the previous cue (line 6)"))

        let vtt = check("1\n00:00:01.000 --> 00:00:03.000\na\n\n00:00:02.000 --> 00:00:04,000\nb\n", .vtt)
        #expect(vtt.count == 2, "\(vtt)")
        #expect(vtt[0].hasPrefix("ep001.vtt:1:1: error: missing WEBVTT header"))
        #expect(vtt[1].hasPrefix("ep001.vtt:5:18: error: malformed end time '00:00:04,000'"))

        let overlap = SubtitleCheck.check(
            data: Data("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\na\n\n00:00:02.000 --> 00:00:04.000\nb\n".utf8), format: .vtt, file: "x.vtt")
        #expect(overlap.count == 1 && overlap[0].severity == .warning && overlap[0].line == 6)
        #expect(check("", .srt).map { $0.hasPrefix("ep001.srt: error: the file has no cues") } == [true])
        #expect(SubtitleCheck.check(data: Data([0xFF, 0xFE, 0x00]), format: .srt, file: "bad.srt").first?.message.contains("UTF-8") == true)
    }

    // MARK: - A minimal MP4 header

    /// `ftyp` then `moov` → `trak` → (`tkhd` with the size, `mdia` → `hdlr` `vide`), then `mdat`.
    static func mp4(width: Int, height: Int) -> Data {
        func u32(_ value: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        func box(_ type: String, _ body: [UInt8]) -> [UInt8] { u32(8 + body.count) + Array(type.utf8) + body }
        let identity: [Int] = [0x0001_0000, 0, 0, 0, 0x0001_0000, 0, 0, 0, 0x4000_0000]
        let tkhd = [0, 0, 0, 3] + [UInt8](repeating: 0, count: 20) + [UInt8](repeating: 0, count: 16) + identity.flatMap(u32)
            + u32(width << 16) + u32(height << 16)
        let hdlr = [UInt8](repeating: 0, count: 8) + Array("vide".utf8) + [UInt8](repeating: 0, count: 13)
        let soun = box("trak", box("mdia", box("hdlr", [UInt8](repeating: 0, count: 8) + Array("soun".utf8) + [UInt8](repeating: 0, count: 13))))
        let trak = box("trak", box("tkhd", tkhd) + box("mdia", box("hdlr", hdlr)))
        return Data(box("ftyp", Array("isom".utf8) + u32(512)) + box("moov", box("mvhd", [UInt8](repeating: 0, count: 100)) + soun + trak)
            + box("mdat", [UInt8](repeating: 7, count: 256)))
    }
}
