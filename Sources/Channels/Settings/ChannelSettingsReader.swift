public import Basics
import DramaModel
public import Foundation
import Yams

extension ChannelSettings {
    /// Reads `channels:` from the `cliff.yaml` text `yaml` (named `file` in messages). Every
    /// problem is reported at once, located (`cliff.yaml:14:5: error: channels.youtube.privacy:
    /// …`). A channel whose settings would publish without a required AI label is refused.
    public static func read(yaml: String, file: String) -> (ChannelSettings, [Diagnostic]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            return (ChannelSettings(), [SeriesLoader.syntaxDiagnostic(error, yaml: yaml, file: file)])
        }
        guard let root, case .mapping(let top) = root, let section = top["channels"], !YAMLNodeReader.isNull(section) else {
            return (ChannelSettings(), [])
        }
        var r = YAMLNodeReader(file: file)
        guard case .mapping(let entries) = section else {
            r.report(section, "channels", "expected a mapping of channel names to their settings, found \(YAMLNodeReader.describe(section))",
                     hint: "write each channel as 'name:' with its settings indented under it, e.g. 'youtube:' then '  kind: youtube'")
            return (ChannelSettings(), r.diagnostics)
        }
        var settings = ChannelSettings()
        for (keyNode, node) in entries {
            guard case .scalar(let key) = keyNode else {
                r.report(keyNode, "channels", "a channel name must be a plain word, found \(YAMLNodeReader.describe(keyNode))")
                continue
            }
            let name = key.string
            let path = YAMLNodeReader.join("channels", name)
            guard ChannelSettingsReader.isValidName(name) else {
                r.report(keyNode, path, "'\(TextInput.excerpt(name))' cannot name a channel: use lower-case letters, digits and '-' (it names files and columns)",
                         hint: "rename it, e.g. 'youtube-main'")
                continue
            }
            if ChannelSettingsReader.reserved.contains(name) {
                r.report(keyNode, path, "'\(name)' is the built-in channel's name; external channels need names of their own",
                         hint: "rename it, e.g. '\(name)-2'; the built-in channel needs no entry")
                continue
            }
            if let channel = ChannelSettingsReader.channel(named: name, node, path, &r) { settings.channels.append(channel) }
        }
        return (settings, r.diagnostics)
    }

    /// Reads `channels:` from the project's `cliff.yaml` (none when the file is missing).
    /// - Throws: `ChannelsError` `invalidSettings` with every problem located.
    public static func load(projectRoot: URL) throws(ChannelsError) -> ChannelSettings {
        let file = ProjectLayout(root: projectRoot).settings
        guard FileManager.default.fileExists(atPath: file.path) else { return ChannelSettings() }
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw ChannelsError(code: .invalidSettings, message: "cannot read \(file.path): \(error.localizedDescription)")
        }
        let (settings, diagnostics) = read(yaml: text, file: file.lastPathComponent)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            let count = errors.count == 1 ? "a problem" : "\(errors.count) problems"
            throw ChannelsError(code: .invalidSettings, message: "\(file.lastPathComponent) has \(count) in its channels", diagnostics: diagnostics)
        }
        return settings
    }
}

/// How one channel's settings are read.
enum ChannelSettingsReader {
    /// Names the built-in channel answers to.
    static let reserved: Set<String> = ["builtin", "built-in", "channel", "watch"]
    static let commonKeys = ["kind", "title", "description", "hashtags", "offset_minutes", "subtitles", "ai_disclosure", "burned_in_label"]
    static let oauthKeys = [
        "endpoint", "client_id_env", "client_secret_env", "authorize_url", "token_url", "revoke_url", "scopes", "redirect_uri", "token_file",
        "daily_quota", "chunk_mb", "statistics_every_hours", "privacy",
    ]
    /// The placeholders a title or description may use.
    static let placeholders = ["series_title", "series", "episode", "title", "logline", "hashtags", "language"]

    static func keys(for kind: Channel.Kind?) -> [String] {
        switch kind {
        case .youtube: commonKeys + oauthKeys + ["analytics_endpoint"]
        case .tiktok: commonKeys + oauthKeys
        case .package: commonKeys + ["platform", "folder"]
        case nil: commonKeys + oauthKeys + ["analytics_endpoint", "platform", "folder"]
        }
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 40 && name.first != "-"
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func channel(named name: String, _ node: Node, _ path: String, _ r: inout YAMLNodeReader) -> Channel? {
        var kind: Channel.Kind?
        if case .mapping(let raw) = node, let kindNode = raw["kind"] {
            kind = r.choice(kindNode, path + ".kind", Channel.Kind.allCases.map { ($0.rawValue, $0) }, what: "channel kind")
        }
        guard let m = r.mapping(node, path, keys: keys(for: kind), required: ["kind"]), let kind else { return nil }
        var channel = Channel(name: name, kind: kind)
        // Labels travel: no setting may send an episode out without them.
        if let flag = m["ai_disclosure"], r.bool(flag, path + ".ai_disclosure") == false {
            let what = switch kind {
            case .youtube: "YouTube's altered or synthetic content disclosure (status.containsSyntheticMedia)"
            case .tiktok: "TikTok's AI-generated content label (post_info.is_aigc)"
            case .package: "the AI-generated field of the metadata sheet"
            }
            r.report(flag, path + ".ai_disclosure", "'false' would publish without \(what); every episode is AI-generated and carries its disclosure on every channel",
                     hint: "remove the line (the disclosure is always set) or write 'ai_disclosure: true'")
        }
        if let flag = m["burned_in_label"], r.bool(flag, path + ".burned_in_label") == false {
            r.report(flag, path + ".burned_in_label", "'false' would drop the visible AI label; it is burned into every episode at render and stays on every channel",
                     hint: "remove the line or write 'burned_in_label: true'")
        }
        if let text = r.string(m["title"], path + ".title") {
            if checkTemplate(text, m["title"], path + ".title", &r) { channel.title = text }
        }
        if let text = r.string(m["description"], path + ".description") {
            if checkTemplate(text, m["description"], path + ".description", &r) { channel.description = text }
        }
        if let tags = r.strings(m["hashtags"], path + ".hashtags") {
            channel.hashtags = tags.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
            for (index, tag) in channel.hashtags.enumerated() where tag.isEmpty || tag.contains(where: \.isWhitespace) {
                r.report(m["hashtags"], "\(path).hashtags[\(index)]", "a hashtag is one word, found '\(TextInput.excerpt(tag))'", hint: "write it without spaces, e.g. microdrama")
            }
        }
        if let minutes = r.int(m["offset_minutes"], path + ".offset_minutes") {
            if minutes < 0 || minutes > 60 * 24 * 30 {
                r.report(m["offset_minutes"], path + ".offset_minutes", "\(minutes) is outside 0 to 43200 (30 days)", hint: "write the minutes after the built-in channel's release, e.g. 30")
            } else {
                channel.offsetSeconds = minutes * 60
            }
        }
        if let subtitles = m["subtitles"], !YAMLNodeReader.isNull(subtitles) {
            if case .scalar(let scalar) = subtitles, ["false", "no", "none"].contains(scalar.string.lowercased()) {
                channel.subtitleLanguages = []
            } else if let languages = r.strings(subtitles, path + ".subtitles") {
                channel.subtitleLanguages = languages
            }
        }
        if kind.usesOAuth { readAPI(&channel, m, path, &r) }
        if kind == .package {
            if let platform = r.string(m["platform"], path + ".platform") { channel.platform = platform }
            if let folder = r.string(m["folder"], path + ".folder") {
                if folder.hasPrefix("/") || folder.split(separator: "/").contains("..") {
                    r.report(m["folder"], path + ".folder", "'\(TextInput.excerpt(folder))' leads out of the project", hint: "write a folder inside the project, e.g. out/delivery/\(name)")
                } else {
                    channel.folder = folder
                }
            }
        }
        return channel
    }

    static func readAPI(_ channel: inout Channel, _ m: [String: Node], _ path: String, _ r: inout YAMLNodeReader) {
        if let privacy = m["privacy"] {
            let options = Channel.privacyOptions(channel.kind)
            if let text = r.string(privacy, path + ".privacy") {
                if let match = options.first(where: { $0.lowercased() == text.lowercased() }) {
                    channel.privacy = match
                } else {
                    r.report(privacy, path + ".privacy", "\(channel.kind.displayName) has no privacy setting '\(TextInput.excerpt(text))'", hint: "use one of: \(options.joined(separator: ", "))")
                }
            }
        }
        if let url = url(m["endpoint"], path + ".endpoint", &r) { channel.endpoint = url }
        if let url = url(m["analytics_endpoint"], path + ".analytics_endpoint", &r) { channel.analyticsEndpoint = url }
        guard var oauth = channel.oauth else { return }
        if let url = url(m["authorize_url"], path + ".authorize_url", &r) { oauth.authorizeURL = url }
        if let url = url(m["token_url"], path + ".token_url", &r) { oauth.tokenURL = url }
        if let url = url(m["revoke_url"], path + ".revoke_url", &r) { oauth.revokeURL = url }
        if let scopes = r.strings(m["scopes"], path + ".scopes") { oauth.scopes = scopes }
        if let name = r.string(m["client_id_env"], path + ".client_id_env") { oauth.clientIDEnvironment = name }
        if let name = r.string(m["client_secret_env"], path + ".client_secret_env") { oauth.clientSecretEnvironment = name }
        if let text = r.string(m["redirect_uri"], path + ".redirect_uri") { oauth.redirectURI = text }
        if let file = r.string(m["token_file"], path + ".token_file") { oauth.tokenFile = file }
        channel.oauth = oauth
        if let quota = r.int(m["daily_quota"], path + ".daily_quota") {
            if quota < 1 { r.report(m["daily_quota"], path + ".daily_quota", "must be at least 1", hint: "YouTube grants 10000 units a day by default") } else { channel.dailyQuota = quota }
        }
        if let megabytes = r.int(m["chunk_mb"], path + ".chunk_mb") {
            let range = channel.kind == .tiktok ? 5...64 : 1...512
            if range.contains(megabytes) {
                channel.chunkBytes = megabytes << 20
            } else {
                r.report(m["chunk_mb"], path + ".chunk_mb", "\(megabytes) MB is outside \(range.lowerBound)–\(range.upperBound) MB for \(channel.kind.displayName)",
                         hint: channel.kind == .tiktok ? "TikTok takes chunks of 5 to 64 MB" : "use a few MB, e.g. 8")
            }
        }
        if let hours = r.int(m["statistics_every_hours"], path + ".statistics_every_hours") {
            if hours < 1 { r.report(m["statistics_every_hours"], path + ".statistics_every_hours", "must be at least 1", hint: "e.g. 6") } else { channel.statisticsEverySeconds = hours * 3600 }
        }
    }

    static func url(_ node: Node?, _ path: String, _ r: inout YAMLNodeReader) -> URL? {
        guard let text = r.string(node, path) else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
            r.report(node, path, "'\(TextInput.excerpt(text))' is not an http(s) URL", hint: "write the full address, e.g. https://www.googleapis.com")
            return nil
        }
        return url
    }

    /// Whether `text` uses only known placeholders; reports each unknown one.
    static func checkTemplate(_ text: String, _ node: Node?, _ path: String, _ r: inout YAMLNodeReader) -> Bool {
        let unknown = TitleTemplate.placeholders(in: text).filter { !placeholders.contains($0) }
        for name in unknown {
            r.report(node, path, "unknown placeholder '{\(name)}'.\(Suggestion.didYouMean(name, in: placeholders))",
                     hint: "placeholders: \(placeholders.map { "{\($0)}" }.joined(separator: " "))")
        }
        return unknown.isEmpty
    }
}
