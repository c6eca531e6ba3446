import Foundation

extension DeliveryPackage {
    /// `metadata.json`: what an upload form asks about one episode, and what the package holds.
    ///
    /// Keys are snake_case; file names are relative to the package folder. `metadata.csv` holds
    /// the same facts as one row (see `csvColumns`).
    public struct Metadata: Codable, Sendable, Hashable {
        /// The format of this file: `cliffhanger-delivery/1`.
        public var format: String
        /// The platform the package is for (`Douyin`, `Kuaishou`, `ReelShort`).
        public var platform: String
        /// The channel that wrote it (its key under `channels:`).
        public var channel: String
        /// The series id.
        public var series: String
        /// The episode number.
        public var episode: Int
        /// The title for the form.
        public var title: String
        /// The description or synopsis for the form.
        public var description: String
        /// Hashtags (tags) without `#`.
        public var hashtags: [String]
        /// The episode's language.
        public var language: String
        /// The episode's length in seconds.
        public var durationSeconds: Double
        /// The master video.
        public var video: Video
        /// The cover file, when the episode has one.
        public var cover: String?
        /// The subtitle files, by language then format.
        public var subtitles: [Subtitle]
        /// When the episode goes out on this platform: ISO 8601, UTC.
        public var releaseTime: String
        /// Always true: every episode is AI-generated and says so.
        public var aiGenerated: Bool
        /// The declaration for the form's AI-content field, in English and Chinese.
        public var aiDeclaration: String
        /// The provenance the disclosure states (generator, signer, manifest id).
        public var provenance: [String: String]

        /// The master video file.
        public struct Video: Codable, Sendable, Hashable {
            /// Its name in the package.
            public var file: String
            /// Its size in bytes.
            public var sizeBytes: Int64
            /// Its SHA-256, hex.
            public var sha256: String
            /// Frame width in pixels, when the file's header says.
            public var width: Int?
            /// Frame height in pixels, when the file's header says.
            public var height: Int?

            enum CodingKeys: String, CodingKey {
                case file, sizeBytes = "size_bytes", sha256, width, height
            }
        }

        /// One subtitle file.
        public struct Subtitle: Codable, Sendable, Hashable {
            /// Its language code.
            public var language: String
            /// `srt` or `vtt`.
            public var format: String
            /// Its path in the package (`subtitles/…`).
            public var file: String
        }

        enum CodingKeys: String, CodingKey {
            case format, platform, channel, series, episode, title, description, hashtags, language
            case durationSeconds = "duration_seconds", video, cover, subtitles, releaseTime = "release_time"
            case aiGenerated = "ai_generated", aiDeclaration = "ai_declaration", provenance
        }

        /// The format name this version writes.
        public static let formatName = "cliffhanger-delivery/1"

        /// The declaration written for every episode.
        public static let declaration = "AI-generated: yes / AI生成: 是"

        /// The columns of `metadata.csv`: a bilingual header and the value, in order.
        public var csvColumns: [(header: String, value: String)] {
            [
                ("platform / 平台", platform),
                ("series / 剧名", series),
                ("episode / 集数", String(episode)),
                ("title / 标题", title),
                ("description / 简介", description),
                ("hashtags / 话题标签", hashtags.map { "#\($0)" }.joined(separator: " ")),
                ("language / 语言", language),
                ("duration_s / 时长(秒)", DeliveryPackage.decimal(durationSeconds)),
                ("video_file / 视频文件", video.file),
                ("file_size_bytes / 文件大小(字节)", String(video.sizeBytes)),
                ("video_sha256 / 视频SHA-256", video.sha256),
                ("resolution / 分辨率", video.width.flatMap { w in video.height.map { "\(w)x\($0)" } } ?? ""),
                ("cover_file / 封面", cover ?? ""),
                ("subtitle_files / 字幕文件", subtitles.map(\.file).joined(separator: "; ")),
                ("release_time_utc / 发布时间(UTC)", releaseTime),
                ("ai_generated / AI生成", aiGenerated ? "yes; AI生成: 是" : "no; AI生成: 否"),
                ("provenance / 来源信息", provenance.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")),
            ]
        }
    }
}

/// RFC 4180 comma-separated values: CRLF between records, a field quoted when it holds a
/// comma, a quote, CR or LF, quotes doubled inside.
enum CSV {
    /// One record's text, ending in CRLF.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The records of `text` (BOM dropped), or nil when a quoted field never closes or a quote
    /// stands inside an unquoted field.
    static func parse(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else {
                switch scalar {
                case "\"":
                    guard field.isEmpty, !wasQuoted else { return nil }
                    quoted = true
                    wasQuoted = true
                case ",":
                    record.append(field)
                    field = ""
                    wasQuoted = false
                case "\r", "\n":
                    if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                    record.append(field)
                    records.append(record)
                    record = []
                    field = ""
                    wasQuoted = false
                default:
                    guard !wasQuoted else { return nil }
                    field.unicodeScalars.append(scalar)
                }
            }
            index += 1
        }
        if quoted { return nil }
        if !field.isEmpty || !record.isEmpty || wasQuoted {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
