// cliff-fuzz: mutation fuzzing of every parser that reads a user's or a platform's bytes.
//
//   cliff-fuzz <target> [--seconds N] [--runs N] [--seed N] [--corpus DIR] [--findings DIR]
//   cliff-fuzz list
//
// Each run takes an input from the seed corpus (Fuzz/Corpus/<target>/), mutates it (bit flips,
// inserted and deleted ranges, interesting tokens, splices with another seed) and hands it to
// the parser. A finding is a crash (the input is written by a signal handler before the
// process dies), a hang (one input running longer than --hang seconds), or an error the parser
// reports without a location. Findings go to --findings (default Fuzz/findings/) and the exit
// status is 1. Seeded: the same seed replays the same inputs.

import Audience
import Basics
import DramaModel
import Editing
import Foundation
import ModelServices
import Production
import Screenplay
import StoryEngine

/// One parser under test: what it reads, and the problems it reports without a location.
struct Target {
    var name: String
    var about: String
    var run: (Data) -> [String]
}

let projectRoot = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("cliff-fuzz-project")

/// Error diagnostics that say neither a line nor a field path.
func unlocated(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.filter { $0.severity == .error && $0.line == nil && ($0.fieldPath ?? "").isEmpty }.map(\.description)
}

/// An import or ingest error that names neither a message nor where (`file:line:column` or a field).
func located(_ error: AudienceError) -> [String] {
    error.message.isEmpty || (error.field ?? "").isEmpty ? ["an error without a location: \(error.message)"] : []
}

/// Text as the project's loaders see it: checked at the door first.
func text(_ data: Data, _ file: String) -> String? {
    TextInput.problems(in: data, file: file).isEmpty ? String(decoding: data, as: UTF8.self) : nil
}

let targets: [Target] = [
    Target(name: "fountain", about: "Fountain scripts (FountainParser)") { data in
        guard let text = text(data, "ep001.fountain") else { return [] }
        _ = FountainParser.parse(text)
        return []
    },
    Target(name: "bible", about: "series.yaml (SeriesLoader)") { data in
        let problems = TextInput.problems(in: data, file: "series.yaml")
        guard problems.isEmpty else { return unlocated(problems).filter { !$0.contains("more such problems") } }
        return unlocated(SeriesLoader.read(yaml: String(decoding: data, as: UTF8.self)).1)
    },
    Target(name: "settings", about: "cliff.yaml: production settings and services") { data in
        guard let text = text(data, "cliff.yaml") else { return [] }
        return unlocated(ProductionSettingsLoader.read(yaml: text).1) + unlocated(ServiceSettings.read(yaml: text, projectRoot: projectRoot).1)
    },
    Target(name: "phrasebook", about: "project phrasebooks (ProjectPhrasebooks)") { data in
        var problems: [Diagnostic] = []
        do {
            _ = try ProjectPhrasebooks.build([("romance.en.phrasebook", "romance.en.phrasebook", data)], problems: &problems)
        } catch {
            return ["a built-in phrasebook failed: \(error)"]
        }
        return unlocated(problems).filter { !$0.contains("more such problems") }
    },
    Target(name: "srt", about: "SRT subtitles (SubtitleParser)") { data in
        guard let text = text(data, "episode.srt") else { return [] }
        return unlocated(SubtitleParser.parse(text, format: .srt, language: .en, file: "episode.srt").1)
    },
    Target(name: "vtt", about: "WebVTT subtitles (SubtitleParser)") { data in
        guard let text = text(data, "episode.vtt") else { return [] }
        return unlocated(SubtitleParser.parse(text, format: .webVTT, language: .en, file: "episode.vtt").1)
    },
    Target(name: "events", about: "viewer event batches (EventBatchDecoder)") { data in
        do {
            let batch = try EventBatchDecoder(knownSeries: ["demo"], receivedAt: Date(timeIntervalSince1970: 1_800_000_000)).decode(data)
            return batch.rejected.filter { $0.field.isEmpty }.map { "rejection without a field: \($0.reason)" }
        } catch let error as AudienceError {
            return located(error)
        } catch {
            return ["an error of an unexpected type: \(error)"]
        }
    },
    Target(name: "watch-log", about: "platform watch-log CSV exports (ExportImporter)") { data in
        do { _ = try ExportImporter(series: "demo").watchLogEvents(from: data, fileName: "watch.csv") } catch let error as AudienceError {
            return located(error)
        } catch {
            return ["an error of an unexpected type: \(error)"]
        }
        return []
    },
    Target(name: "retention", about: "platform retention-table CSV exports (ExportImporter)") { data in
        do { _ = try ExportImporter(series: "demo").retentionTableEvents(from: data, fileName: "retention.csv", importedAt: Date(timeIntervalSince1970: 1_800_000_000)) } catch let error as AudienceError {
            return located(error)
        } catch {
            return ["an error of an unexpected type: \(error)"]
        }
        return []
    },
]

// MARK: Arguments

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...index + 1) }
    return arguments[index + 1]
}
let seconds = option("--seconds").flatMap(Double.init) ?? 60
let maxRuns = option("--runs").flatMap(Int.init) ?? Int.max
let seed = option("--seed").flatMap(UInt64.init) ?? 1
let hangSeconds = option("--hang").flatMap(Double.init) ?? 10
let corpusRoot = option("--corpus").map { URL(fileURLWithPath: $0) }
let findings = URL(fileURLWithPath: option("--findings") ?? "Fuzz/findings")
guard let name = arguments.first, name != "list", let target = targets.first(where: { $0.name == name }) else {
    print("usage: cliff-fuzz <target> [--seconds N] [--runs N] [--seed N] [--hang N] [--corpus DIR] [--findings DIR]\ntargets:")
    for target in targets { print("  \(target.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(target.about)") }
    exit(arguments.first == "list" ? 0 : 64)
}
let corpusFolder = corpusRoot ?? URL(fileURLWithPath: "Fuzz/Corpus/\(target.name)")
let seeds = ((try? FileManager.default.contentsOfDirectory(at: corpusFolder, includingPropertiesForKeys: nil)) ?? [])
    .sorted { $0.path < $1.path }.compactMap { try? Data(contentsOf: $0) }
guard !seeds.isEmpty else {
    FileHandle.standardError.write(Data("cliff-fuzz: no seed inputs in \(corpusFolder.path); add a file or pass --corpus\n".utf8))
    exit(66)
}
try? FileManager.default.createDirectory(at: findings, withIntermediateDirectories: true)
try? FileManager.default.createDirectory(at: projectRoot, withIntermediateDirectories: true)

// MARK: Crash and hang capture

/// The input being run, where a signal handler can reach it.
nonisolated(unsafe) var current = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 22)
nonisolated(unsafe) var currentCount = 0
nonisolated(unsafe) var crashFile: Int32 = -1
nonisolated(unsafe) var startedAt: Double = 0

let targetName = target.name
let crashPath = findings.appendingPathComponent("\(target.name)-crash").path
crashFile = open(crashPath + ".partial", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
for sig in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
    signal(sig) { number in
        if crashFile >= 0 { _ = write(crashFile, current.baseAddress, currentCount) }
        let message = "cliff-fuzz: the parser crashed (signal \(number)); the input is in the findings folder as <target>-crash.partial\n"
        message.withCString { _ = write(2, $0, strlen($0)) }
        _exit(1)
    }
}
let (hangLimit, findingsFolder) = (hangSeconds, findings)
Thread.detachNewThread {
    let (hangSeconds, findings, targetName) = (hangLimit, findingsFolder, targetName)
    while true {
        Thread.sleep(forTimeInterval: 0.5)
        let began = startedAt
        if began > 0, Date().timeIntervalSince1970 - began > hangSeconds {
            let data = Data(UnsafeBufferPointer(rebasing: current[0..<currentCount]))
            let file = findings.appendingPathComponent("\(targetName)-hang-\(StableHash.of(data.base64EncodedString()))")
            try? data.write(to: file)
            FileHandle.standardError.write(Data("cliff-fuzz: one input ran longer than \(hangSeconds) s: \(file.path)\n".utf8))
            exit(1)
        }
    }
}

// MARK: Mutation

var random = SeededGenerator(seed: seed, label: target.name)
let tokens: [[UInt8]] = [
    "\n", "\r\n", ":", ": ", "- ", "  ", "\t", "{", "}", "[", "]", "\"", "'", "#", "&a", "*a", "!!", "|", ">", "-->", "00:00:01,000",
    "00:00:01.000 --> 00:00:02.000", "WEBVTT", "INT. ", "EXT. ", "@", "~", "(", ")", "[[", "]]", "/*", "*/", "===", ">", "<", ".", ",",
    "\u{0}", "\u{7F}", "é", "中文", "\u{FEFF}", "\u{202E}", "9999999999999999999999", "-1", "0", "1e309", "NaN", "null", "true",
    "episode", "series", "message_id", "batch", "position_ms",
].map { Array($0.utf8) }

@MainActor func mutate(_ input: [UInt8]) -> [UInt8] {
    var bytes = input
    for _ in 0..<(1 + random.below(4)) {
        let at = bytes.isEmpty ? 0 : random.below(bytes.count + 1)
        switch random.below(7) {
        case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(1 << random.below(8))
        case 1: bytes.insert(contentsOf: random.pick(tokens) ?? [], at: at)
        case 2 where !bytes.isEmpty:
            let end = min(bytes.count, at + 1 + random.below(64))
            bytes.removeSubrange(min(at, end)..<end)
        case 3 where !bytes.isEmpty:
            let start = random.below(bytes.count)
            let end = min(bytes.count, start + 1 + random.below(128))
            bytes.insert(contentsOf: bytes[start..<end], at: at)
        case 4:
            let other = random.pick(seeds) ?? Data()
            if !other.isEmpty {
                let start = random.below(other.count)
                bytes.insert(contentsOf: other[start..<min(other.count, start + 1 + random.below(256))], at: at)
            }
        case 5 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] = UInt8(random.below(256))
        default: bytes.insert(UInt8(random.below(128)), at: at)
        }
    }
    return Array(bytes.prefix(current.count))
}

// MARK: The loop

let clock = ContinuousClock()
let end = clock.now + .seconds(seconds)
var runs = 0
var problems = 0
var longest = 0.0
while runs < maxRuns, clock.now < end {
    let input = runs < seeds.count ? Array(seeds[runs]) : mutate(Array(random.pick(seeds)!))
    _ = input.withUnsafeBufferPointer { current.update(fromContentsOf: $0) }
    currentCount = input.count
    let began = Date().timeIntervalSince1970
    startedAt = began
    let found = target.run(Data(input))
    startedAt = 0
    longest = max(longest, Date().timeIntervalSince1970 - began)
    runs += 1
    if !found.isEmpty {
        problems += 1
        let file = findings.appendingPathComponent("\(target.name)-unlocated-\(StableHash.of(found.joined()))")
        try? Data(input).write(to: file)
        if problems <= 5 { print("unlocated error (\(file.lastPathComponent)): \(found[0].prefix(300))") }
    }
}
close(crashFile)
try? FileManager.default.removeItem(atPath: crashPath + ".partial")
print("\(target.name): \(runs) inputs in \(String(format: "%.0f", seconds)) s or less, \(seeds.count) seeds, slowest input \(String(format: "%.3f", longest)) s, \(problems) finding\(problems == 1 ? "" : "s")")
exit(problems == 0 ? 0 : 1)
