public import Basics
public import DramaModel
public import Foundation

internal import Yams

/// Reads `cliff.yaml`, collecting every problem with file:line:column, field path and a fix.
///
/// ```yaml
/// budget:
///   episode_usd: 0.50
///   series_usd: 25
/// prices:
///   - generator: openai.tts-1
///     unit: character
///     usd: 15
///     per: 1000000
/// workers: 2
/// concurrency:
///   builtin.render: 2
/// ```
public enum ProductionSettingsLoader {
    // `services` is read by ModelServices (`ServiceSettings`), which reports its own diagnostics.
    static let topKeys = ["budget", "prices", "workers", "concurrency", "lease_seconds", "retry", "aigc", "services", "database", "channels"]
    static let aigcKeys = ["producer", "content_id_prefix"]
    static let budgetKeys = ["episode_usd", "series_usd"]
    static let priceKeys = ["generator", "unit", "usd", "per"]
    static let retryKeys = ["max_attempts", "base_delay_ms", "max_delay_ms"]

    /// Reads settings from text.
    /// - Throws: `DramaModelError` with code `invalidSettings`, carrying every error found.
    public static func load(yaml: String, file: String = "cliff.yaml") throws(DramaModelError) -> ProductionSettings {
        let (settings, diagnostics) = read(yaml: yaml, file: file)
        let errors = diagnostics.filter { $0.severity == .error }.sortedByLocation()
        guard errors.isEmpty else {
            throw DramaModelError(
                code: .invalidSettings,
                message: "\(file) has \(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was run.",
                diagnostics: errors)
        }
        return settings
    }

    /// Reads the settings file at `url`, or returns the defaults when there is none.
    /// - Throws: `DramaModelError` with code `fileUnreadable` or `invalidSettings`.
    public static func load(contentsOf url: URL, displayName: String = "cliff.yaml") throws(DramaModelError) -> ProductionSettings {
        guard FileManager.default.fileExists(atPath: url.path) else { return ProductionSettings() }
        let text = try SeriesLoader.readText(url, displayName: displayName, code: .invalidSettings, missing: "")
        return try load(yaml: text, file: displayName)
    }

    /// Reads settings and returns them with every diagnostic (fields in error keep defaults).
    public static func read(yaml: String, file: String = "cliff.yaml") -> (ProductionSettings, [Diagnostic]) {
        var settings = ProductionSettings()
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            return (settings, [SeriesLoader.syntaxDiagnostic(error, yaml: yaml, file: file)])
        }
        guard let root, !YAMLNodeReader.isNull(root) else { return (settings, []) }
        var r = YAMLNodeReader(file: file)
        guard let m = r.mapping(root, "", keys: topKeys) else { return (settings, r.diagnostics) }
        if let node = m["budget"], !YAMLNodeReader.isNull(node), let b = r.mapping(node, "budget", keys: budgetKeys) {
            settings.budget.perEpisode = money(b["episode_usd"], "budget.episode_usd", &r)
            settings.budget.perSeries = money(b["series_usd"], "budget.series_usd", &r)
        }
        if let items = r.sequence(m["prices"], "prices") {
            for (index, node) in items.enumerated() {
                let path = YAMLNodeReader.join("prices", index: index)
                guard let p = r.mapping(node, path, keys: priceKeys, required: ["generator", "unit", "usd"]) else { continue }
                let generator = r.string(p["generator"], path + ".generator")
                let unit = r.choice(p["unit"], path + ".unit", SeriesSchema.cases(UsageUnit.self), what: "usage unit")
                let price = money(p["usd"], path + ".usd", &r)
                let per = positive(p["per"], path + ".per", &r) ?? 1
                if let generator, let unit, let price {
                    settings.prices.append(.init(generator: generator, unit: unit, price: price, per: Int64(per)))
                }
            }
        }
        settings.workers = positive(m["workers"], "workers", &r)
        if let node = m["concurrency"], !YAMLNodeReader.isNull(node) {
            if case .mapping(let limits) = node {
                for (key, value) in limits {
                    guard case .scalar(let name) = key else { continue }
                    if let limit = positive(value, "concurrency.\(name.string)", &r) {
                        settings.concurrency.append(.init(generator: name.string, limit: limit))
                    }
                }
            } else {
                r.report(node, "concurrency", "expected a mapping of 'generator: limit' lines, found \(YAMLNodeReader.describe(node))",
                         hint: "write e.g. 'builtin.render: 2' indented under 'concurrency'")
            }
        }
        if let seconds = positive(m["lease_seconds"], "lease_seconds", &r) { settings.leaseSeconds = seconds }
        if let node = m["database"], let text = r.string(node, "database") {
            switch DatabaseURL.parse(text) {
            case .success(let url): settings.database = url
            case .failure(let problem):
                r.report(node, "database", problem.message, hint: "or leave 'database' out to keep the queue in the project's cliff.db; CLIFF_DATABASE_URL and --database override it")
            }
        }
        if let node = m["retry"], !YAMLNodeReader.isNull(node), let t = r.mapping(node, "retry", keys: retryKeys) {
            if let v = positive(t["max_attempts"], "retry.max_attempts", &r) { settings.retry.maxAttempts = v }
            if let v = positive(t["base_delay_ms"], "retry.base_delay_ms", &r) { settings.retry.baseDelayMilliseconds = v }
            if let v = positive(t["max_delay_ms"], "retry.max_delay_ms", &r) { settings.retry.maxDelayMilliseconds = v }
        }
        if let node = m["aigc"], !YAMLNodeReader.isNull(node), let a = r.mapping(node, "aigc", keys: aigcKeys) {
            if let producer = r.string(a["producer"], "aigc.producer") {
                if producer.trimmingCharacters(in: .whitespaces).isEmpty {
                    r.report(a["producer"], "aigc.producer", "the producer must not be empty", hint: "write your studio's name or code, e.g. 'Acme Drama'")
                } else {
                    settings.aigc.producer = producer
                }
            }
            if let prefix = r.string(a["content_id_prefix"], "aigc.content_id_prefix") {
                if prefix.range(of: #"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"#, options: .regularExpression) == nil {
                    r.report(a["content_id_prefix"], "aigc.content_id_prefix", "'\(prefix)' is not a usable id prefix", hint: "use 1–64 letters, digits, '.', '_' or '-', e.g. acme-s01")
                } else {
                    settings.aigc.contentIDPrefix = prefix
                }
            }
        }
        return (settings, r.diagnostics)
    }

    private static func money(_ node: Yams.Node?, _ path: String, _ r: inout YAMLNodeReader) -> Money? {
        guard let text = r.string(node, path) else { return nil }
        if let money = Money(dollars: text) { return money }
        r.report(node, path, "expected an amount of US dollars, found '\(text)'",
                 hint: "write a plain decimal with at most 9 decimals, e.g. 0.50 or 0.000015")
        return nil
    }

    private static func positive(_ node: Yams.Node?, _ path: String, _ r: inout YAMLNodeReader) -> Int? {
        guard let value = r.int(node, path) else { return nil }
        guard value >= 1 else {
            r.report(node, path, "expected a whole number of at least 1, found \(value)", hint: "write e.g. 2")
            return nil
        }
        return value
    }

    /// A commented `cliff.yaml` with the default price book of hosted services (prices move:
    /// check your provider's page). `cliff new` writes it into every new project. The text is
    /// `Sources/Production/Templates/cliff.yaml`, embedded at build time by the EmbedData plugin.
    public static let template: String = {
        guard let text = EmbeddedData.files["Templates/cliff.yaml"] else {
            preconditionFailure("Templates/cliff.yaml is not embedded in this build; the EmbedData plugin embeds every .yaml file under Sources/Production")
        }
        return text
    }()
}
