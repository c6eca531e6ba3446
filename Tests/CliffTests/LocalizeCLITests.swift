import Basics
import DramaModel
import Editing
import Foundation
import Production
import StoryEngine
import TestSupport
import Testing

/// `cliff localize` end to end: a series rendered, its edition in the other language made
/// offline in one command, and the edition's first episode rendered and checked like the
/// source's — the platform format, loudness, the AI label in the edition's language,
/// subtitles in its language and inside the frame, provenance naming what it localises, and
/// each line spoken to fill its source line's time.
@Suite struct LocalizeCLITests {
    static let cases: [(premise: String, source: Language, target: Language)] = [
        ("A broke intern signs a contract marriage with a cold CEO", .en, .zh),
        ("落魄实习生与冷面总裁签下一年契约婚姻", .zh, .en),
    ]

    @Test(arguments: 0..<2)
    func anEditionsFirstEpisodeRendersLikeItsSourceAndFitsItsLines(_ index: Int) async throws {
        let (premise, source, target) = Self.cases[index]
        let cli = try CLIRunner()
        let made = try await cli.run("new", "demo", "--premise", premise, "--episodes", "3", "--target-seconds", "25", "--seed", "7")
        try #require(made.status == 0, "\(made.stderr)")
        let produced = try await cli.run("produce", "demo", "--episodes", "1", "--progress", "none")
        try #require(produced.status == 0, "\(produced.stderr)")

        let localized = try await cli.run("localize", "demo", "--to", target.rawValue)
        try #require(localized.status == 0, "\(localized.stderr)")
        #expect(localized.stdout.contains("Wrote demo/editions/\(target.rawValue)/: 3 scripts in \(target.rawValue)"))
        #expect(localized.stdout.contains("transcreated by the built-in writer"))
        let edition = "demo/editions/\(target.rawValue)"
        let rendered = try await cli.run("produce", edition, "--episodes", "1", "--progress", "none")
        try #require(rendered.status == 0, "\(rendered.stderr)")

        // The same checks as the source's episode.
        let tools = try MediaTools.locate()
        let folder = cli.url("\(edition)/out/ep001")
        let probe = try await MediaProbe.probe(folder.appendingPathComponent("episode.mp4"), tools: tools)
        #expect(probe.video?.codecName == "h264" && probe.video?.width == 1080 && probe.video?.height == 1920)
        #expect(probe.audio?.codecName == "aac" && probe.audio?.sampleRate == "48000")
        #expect(probe.tags["AIGC"]?.contains("\"Label\":\"1\"") == true)
        let log = try await tools.ffmpegLog(["-i", folder.appendingPathComponent("episode.mp4").path, "-af", "ebur128=peak=true", "-f", "null", "-"])
        let summary = String(log[try #require(log.range(of: "Summary:")).upperBound...])
        let integrated = try #require(Self.number(after: "I:", in: summary))
        #expect(abs(integrated + 14) <= 1, "integrated loudness \(integrated) LUFS")

        // Subtitles in the edition's language, each line short enough to stay inside the frame.
        let srt = try cli.read("\(edition)/out/ep001/episode.srt")
        let textLines = srt.split(separator: "\n").filter { !$0.contains("-->") && Int($0) == nil }
        #expect(!textLines.isEmpty)
        let chinese = textLines.filter { $0.unicodeScalars.contains { $0.properties.isIdeographic } }
        #expect(target == .zh ? chinese.count == textLines.count : chinese.isEmpty, "\(textLines.prefix(4))")
        for line in textLines {
            let columns = line.reduce(0) { $0 + ($1.unicodeScalars.first?.properties.isIdeographic == true || "，。！？：；“”、".contains($1) ? 2 : 1) }
            #expect(columns <= 42, "\(line)")
        }

        // Provenance: the label in the edition's language, and what it localises.
        let provenance = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("provenance.json"))) as? [String: Any]
        let manifest = try #require((provenance?["manifest"] as? [String: Any]) ?? provenance)
        let label = (manifest["visibleLabel"] as? [String: Any])?["text"] as? String
        #expect(label == (target == .zh ? "AI生成" : "AI-generated"))
        let localization = try #require(manifest["localization"] as? [String: Any])
        #expect(localization["sourceSeries"] as? String == "demo")
        #expect(localization["sourceLanguage"] as? String == source.rawValue && localization["language"] as? String == target.rawValue)

        // Soft subtitles: the edition's video carries the source's subtitles as a track, and
        // once the series is produced again (nothing is re-rendered) its video the edition's.
        let again = try await cli.run("produce", "demo", "--episodes", "1", "--progress", "none")
        try #require(again.status == 0, "\(again.stderr)")
        for (path, other) in [("\(edition)/out/ep001", source), ("demo/out/ep001", target)] {
            let streams = try await tools.ffprobe([
                "-show_entries", "stream=codec_type,codec_name:stream_tags=language", "-of", "json", cli.url("\(path)/episode.mp4").path,
            ])
            let parsed = try JSONSerialization.jsonObject(with: Data(streams.utf8)) as? [String: Any]
            let subtitles = (parsed?["streams"] as? [[String: Any]] ?? []).filter { $0["codec_type"] as? String == "subtitle" }
            #expect(subtitles.count == 1 && subtitles.first?["codec_name"] as? String == "mov_text", "\(path): \(streams)")
            #expect((subtitles.first?["tags"] as? [String: Any])?["language"] as? String == SoftSubtitles.iso6392(other), "\(path): \(streams)")
            let vtt = try cli.read("\(path)/subtitles/\(other.rawValue).vtt")
            #expect(vtt.hasPrefix("WEBVTT"))
            #expect(FileManager.default.fileExists(atPath: cli.url("\(path)/subtitles/\((path.hasPrefix("demo/out") ? source : target).rawValue).vtt").path))
        }
        for path in ["demo/out/ep001/episode.mp4", "\(edition)/out/ep001/episode.mp4"] {
            let verified = try await cli.run("verify", path)
            #expect(verified.status == 0, "the signed provenance covers the video with its tracks: \(verified.stdout)\(verified.stderr)")
        }

        // Each line fills its source line's time as far as the tempo limits allow.
        var ratios: [Double] = []
        var index = 1
        while let sourceLength = Self.wavSeconds(cli.url(String(format: "demo/out/ep001/media/line-%03d.wav", index))) {
            let length = try #require(Self.wavSeconds(cli.url(String(format: "\(edition)/out/ep001/media/line-%03d.wav", index))), "line \(index)")
            ratios.append(length / sourceLength)
            index += 1
        }
        #expect(ratios.count > 3)
        let fitted = ratios.filter { abs($0 - 1) <= 0.08 }.count
        print("edition \(source.rawValue)→\(target.rawValue) episode 1: \(fitted) of \(ratios.count) lines within 8 % of their source line's time; lengths \(ratios.map { String(format: "%.2f", $0) }.joined(separator: " "))")
        #expect(Double(fitted) >= Double(ratios.count) * 0.5, "\(ratios)")

        // With CLIFF_WRITE_STILLS=1: the same moments of the source and the edition side by side
        // for the docs (the opening with its label and title, the second line's shot).
        guard ProcessInfo.processInfo.environment["CLIFF_WRITE_STILLS"] != nil else { return }
        let second = (Self.wavSeconds(cli.url("demo/out/ep001/media/line-001.wav")) ?? 2) + 3.2
        var inputs: [String] = []
        for time in [1.2, second] {
            for video in ["demo/out/ep001/episode.mp4", "\(edition)/out/ep001/episode.mp4"] {
                inputs += ["-ss", String(format: "%.2f", time), "-i", cli.url(video).path]
            }
        }
        let scale = (0..<4).map { "[\($0):v]scale=360:640[v\($0)]" }.joined(separator: ";")
        try await tools.ffmpeg(inputs + [
            "-filter_complex", scale + ";[v0][v1][v2][v3]hstack=inputs=4", "-frames:v", "1",
            Repository.documentationImages.appendingPathComponent("edition-\(source.rawValue)-\(target.rawValue).png").path,
        ])
    }

    static func number(after label: String, in text: String) -> Double? {
        guard let range = text.range(of: label) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " }
        return Double(rest.prefix { "-0123456789.".contains($0) })
    }

    /// A PCM WAV file's length from its header.
    static func wavSeconds(_ url: URL) -> Double? { EditionSlots.wavLength(url)?.seconds }
}

/// A third language through a chat model: the test double of a hosted model speaks the OpenAI
/// chat protocol (a wrong key is refused, a rate limit answered once) and translates like a
/// model, mistakes included.
@Suite struct LocalizeThroughAModelCLITests {
    func translatorServer(untranslatable: String) async throws -> (BackgroundProcess, Int) {
        let script = Repository.root.appendingPathComponent("Tests/CliffTests/Doubles/chat_translator_double.py")
        let folder = try temporaryDirectory("cliff-translator")
        let server = try BackgroundProcess(
            executable: URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", script.path, "translator-key", untranslatable], directory: folder)
        let line = try await server.waitForOutput(matching: #"[0-9]+\n"#, "the translation model double to print its port")
        return (server, Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0)
    }

    @Test func aSpanishEditionIsTranslatedWithTheGlossaryHonouredAndItsTokensInTheLedger() async throws {
        let cli = try CLIRunner()
        let made = try await cli.run("new", "demo", "--premise", "A broke intern signs a contract marriage with a cold CEO", "--episodes", "3", "--target-seconds", "25", "--seed", "7")
        try #require(made.status == 0, "\(made.stderr)")
        // The protagonist has a Spanish name; one line holds a word the model never answers.
        var bible = try cli.read("demo/series.yaml")
        let protagonist = try #require(bible.range(of: #"  - id: ([a-z]+)\n    name: ([A-Za-z]+) "#, options: .regularExpression))
        let block = String(bible[protagonist])
        let given = try #require(block.split(separator: "\n")[1].split(separator: " ").dropFirst().first.map(String.init))
        bible.replaceSubrange(protagonist, with: block.replacingOccurrences(of: "\n    name: ", with: "\n    names: {es: Graciela}\n    name: "))
        try cli.write("demo/series.yaml", bible)
        var script = try cli.read("demo/episodes/ep002.fountain")
        let cue = try #require(script.range(of: #"\n\n[A-Z]+\n[^(\n][^\n]*"#, options: .regularExpression))
        script.replaceSubrange(cue, with: String(script[cue]) + " Zanzibar.")
        try cli.write("demo/episodes/ep002.fountain", script)

        let (server, port) = try await translatorServer(untranslatable: "Zanzibar")
        defer { server.signal(SIGKILL) }
        var settings = try cli.read("demo/cliff.yaml")
        settings = settings.replacingOccurrences(of: "prices:\n", with: """
            prices:
              - { generator: "chat.translator-model", unit: input_token, usd: 1.0, per: 1000 }
              - { generator: "chat.translator-model", unit: output_token, usd: 2.0, per: 1000 }
              - { generator: "chat.translator-model", unit: request, usd: 0 }

            """)
        settings += """

            services:
              writer:
                kind: openai-chat
                endpoint: http://127.0.0.1:\(port)/v1
                model: translator-model
                api_key_env: TRANSLATOR_KEY
                max_repairs: 2

            """
        try cli.write("demo/cliff.yaml", settings)

        // A refused key stops the run with the service's message, and nothing is translated.
        let refused = try await cli.run(["localize", "demo", "--to", "es"], environment: ["TRANSLATOR_KEY": "wrong-key"])
        #expect(refused.status == 1, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("translating stopped after 0 lines"), "\(refused.stderr)")
        #expect(!(refused.stdout + refused.stderr).contains("wrong-key"), "the key is never printed")

        let run = try await cli.run(["localize", "demo", "--to", "es"], environment: ["TRANSLATOR_KEY": "translator-key"])
        try #require(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("Translated "), "\(run.stdout)")
        #expect(run.stdout.contains("repair prompt"))
        #expect(!(run.stdout + run.stderr).contains("translator-key"), "the key is never printed")

        let record = try JSONDecoder().decode(EditionRecord.self, from: Data(contentsOf: cli.url("demo/editions/es/lines.json")))
        #expect(record.language == .es && record.sourceLanguage == .en)
        let untranslated = record.lines.filter { $0.origin != .machine }
        // The line the model never answered is reported and left as written, not shortened.
        #expect(untranslated.count == 1 && untranslated[0].source.hasSuffix("Zanzibar."), "\(untranslated.map(\.source))")
        #expect(untranslated[0].text == untranslated[0].source)
        #expect(run.stderr.contains("\(untranslated[0].id): not translated"), "\(run.stderr)")
        // Every other line is the model's, with the glossary's name (the first answers broke it).
        for line in record.lines where line.origin == .machine {
            #expect(line.text.hasPrefix("[es] "))
            if line.source.contains(given) { #expect(line.text.contains("Graciela") && !line.text.contains(given), "\(line.text)") }
        }
        #expect(record.lines.contains { $0.source.contains(given) && $0.origin == .machine })
        let episode1 = try cli.read("demo/editions/es/episodes/ep001.fountain")
        #expect(episode1.contains("[es] "))
        #expect(episode1.contains("CORTE A:") || episode1.contains("CONTINUARÁ"))

        // The tokens are in the edition's ledger, priced.
        let cost = try await cli.run("cost", "demo/editions/es", "--by", "generator")
        #expect(cost.status == 0, "\(cost.stderr)")
        let row = try #require(cost.stdout.split(separator: "\n").first { $0.contains("chat.translator-model") }, "\(cost.stdout)")
        #expect(!row.contains("$0.0000  $0.0000"), "\(row)")

        // Asking again costs nothing: the answers are cached and the model's lines are kept.
        let again = try await cli.run(["localize", "demo", "--to", "es"], environment: ["TRANSLATOR_KEY": "translator-key"])
        #expect(again.status == 0, "\(again.stderr)")
        let second = try JSONDecoder().decode(EditionRecord.self, from: Data(contentsOf: cli.url("demo/editions/es/lines.json")))
        #expect(second.lines.map(\.text) == record.lines.map(\.text))

        // A model's language needs a model: without one, the edition is refused with the fix.
        try cli.write("demo/cliff.yaml", try cli.read("demo/cliff.yaml").components(separatedBy: "\nservices:")[0])
        try cli.write("demo/editions/es/cliff.yaml", try cli.read("demo/cliff.yaml"))
        let offline = try await cli.run("localize", "demo", "--to", "es")
        #expect(offline.status == 1)
        #expect(offline.stderr.contains("services.writer"), "\(offline.stderr)")
    }
}

/// Translators' files through the command: exported, edited in a tool, imported back.
@Suite struct LocalizeXLIFFCLITests {
    @Test func anExportedFileEditedAndImportedBecomesAPersonsTranslation() async throws {
        let cli = try CLIRunner()
        let made = try await cli.run("new", "demo", "--premise", "A broke intern signs a contract marriage with a cold CEO", "--episodes", "2", "--target-seconds", "25", "--seed", "7")
        try #require(made.status == 0, "\(made.stderr)")
        let exported = try await cli.run("localize", "demo", "--to", "zh", "--export-xliff", "zh.xlf")
        try #require(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("Exported ") && exported.stdout.contains("zh.xlf (XLIFF 1.2)"))
        let before = try JSONDecoder().decode(EditionRecord.self, from: Data(contentsOf: cli.url("demo/editions/zh/lines.json")))
        let line = try #require(before.lines.first { !$0.text.contains("&") && !$0.text.contains("<") })
        var xliff = try cli.read("zh.xlf")
        let target = ">\(line.text)</target>"
        try #require(xliff.contains(target))
        xliff = xliff.replacingOccurrences(of: target, with: ">译者改过的这一句。</target>")
        try cli.write("zh.xlf", xliff)

        // A file that is not there changes nothing.
        let missing = try await cli.run("localize", "demo", "--to", "zh", "--import-xliff", "elsewhere.xlf")
        #expect(missing.status == 1 && missing.stderr.contains("nothing was changed"), "\(missing.stderr)")

        let imported = try await cli.run("localize", "demo", "--to", "zh", "--import-xliff", "zh.xlf")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported 1 translation from zh.xlf"), "\(imported.stdout)")
        #expect(imported.stdout.contains("1 translated by people"))
        let after = try JSONDecoder().decode(EditionRecord.self, from: Data(contentsOf: cli.url("demo/editions/zh/lines.json")))
        let changed = try #require(after.byID[line.id])
        #expect(changed.text == "译者改过的这一句。" && changed.origin == .human)
        let script = try cli.read("demo/editions/zh/episodes/ep\(String(format: "%03d", line.id.episode)).fountain")
        #expect(script.contains("译者改过的这一句。"))

        // A file whose unit names a line the edition does not have is refused at its line.
        let broken = xliff.replacingOccurrences(of: "id=\"\(line.id)\"", with: "id=\"ep099-L0001\"")
        try cli.write("broken.xlf", broken)
        let refused = try await cli.run("localize", "demo", "--to", "zh", "--import-xliff", "broken.xlf")
        #expect(refused.status == 1)
        let lineNumber = try #require(broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("ep099-L0001") }) + 1
        #expect(refused.stderr.contains("broken.xlf:\(lineNumber):"), "\(refused.stderr)")
        #expect(refused.stderr.contains("nothing was changed"))
    }
}
