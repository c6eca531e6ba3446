import Basics
public import DramaModel
public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Soft subtitle tracks: an episode's finished subtitles in other languages, carried in its MP4
/// (`mov_text`, one track per language, tagged with its ISO 639-2 code and name) beside the
/// burned-in subtitles of its own language, and as WebVTT files next to it
/// (`subtitles/<lang>.vtt`), which players and channels offer as a language choice.
public enum SoftSubtitles {
    /// One track: a language and its WebVTT file.
    public struct Track: Sendable, Hashable {
        public var language: Language
        public var vtt: URL
        public init(language: Language, vtt: URL) {
            self.language = language
            self.vtt = vtt
        }
    }

    /// `eng`, `chi`, `spa`: the MP4 language tag of a track.
    public static func iso6392(_ language: Language) -> String {
        switch language {
        case .en: "eng"
        case .zh: "chi"
        case .es: "spa"
        }
    }

    /// The record of the tracks an MP4 carries, kept beside it so an unchanged set is not muxed
    /// again: each language with the digest of its WebVTT text.
    static let recordName = "tracks.json"

    /// Puts `tracks` into `video` (replacing any subtitle tracks it had) and copies each track
    /// and `own` (the video's own language's WebVTT) to `<folder>/subtitles/<lang>.vtt`. The
    /// video is rewritten to a temporary file and renamed over the old one, so a killed run
    /// leaves the old file whole. Nothing is done when the video already carries exactly these
    /// tracks.
    /// - Returns: whether the video changed.
    /// - Throws: `EditingError` from ffmpeg, or a file error.
    @discardableResult
    public static func attach(_ tracks: [Track], own: Track?, to video: URL, tools: MediaTools) async throws -> Bool {
        let folder = video.deletingLastPathComponent().appendingPathComponent("subtitles", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var record: [String: String] = [:]
        for track in tracks + (own.map { [$0] } ?? []) {
            let data = try Data(contentsOf: track.vtt)
            let copy = folder.appendingPathComponent("\(track.language.rawValue).vtt")
            if (try? Data(contentsOf: copy)) != data { try write(data, to: copy) }
            if tracks.contains(track) { record[track.language.rawValue] = String(StableHash.fnv1a(String(decoding: data, as: UTF8.self)), radix: 16) }
        }
        // The record names the video's size too: a video exported again (without tracks) is muxed again.
        let recordURL = folder.appendingPathComponent(recordName)
        let previous = (try? JSONDecoder().decode([String: String].self, from: Data(contentsOf: recordURL))) ?? [:]
        var current = record
        current["video-size"] = String((try? FileManager.default.attributesOfItem(atPath: video.path)[.size] as? Int) ?? 0)
        if previous == current || (tracks.isEmpty && previous.isEmpty) { return false }
        let temporary = video.deletingLastPathComponent().appendingPathComponent(".\(video.lastPathComponent).tracks-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: temporary) }
        var arguments = ["-i", video.path]
        for track in tracks { arguments += ["-i", track.vtt.path] }
        arguments += ["-map", "0:v", "-map", "0:a"]
        for index in tracks.indices { arguments += ["-map", "\(index + 1):0"] }
        arguments += ["-c:v", "copy", "-c:a", "copy", "-c:s", "mov_text", "-map_metadata", "0"]
        for (index, track) in tracks.enumerated() {
            arguments += ["-metadata:s:s:\(index)", "language=\(iso6392(track.language))", "-metadata:s:s:\(index)", "title=\(track.language.englishName)"]
        }
        arguments += ["-movflags", "+faststart+use_metadata_tags", temporary.path]
        _ = try await tools.ffmpeg(arguments)
        // rename(2) replaces the old file in one step, whoever else is reading it.
        guard rename(temporary.path, video.path) == 0 else {
            throw EditingError(code: .toolFailed, message: "\(video.path) could not be replaced by its copy with subtitle tracks (error \(errno)); the episode is unchanged")
        }
        record["video-size"] = String((try? FileManager.default.attributesOfItem(atPath: video.path)[.size] as? Int) ?? 0)
        try write(try JSONEncoder().encode(record), to: recordURL)
        return true
    }

    private static func write(_ data: Data, to url: URL) throws {
        try AtomicFile.write(data, to: url)
    }
}
