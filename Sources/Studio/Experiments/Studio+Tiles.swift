package import Audience
import Basics
package import Experiments
package import Foundation
import Logging
package import Production

/// A series as the channel's list shows it: its tile (episode 1's cover and title) and the link a
/// viewer follows to watch it.
package struct ChannelTile: Sendable, Hashable, Codable {
    /// The series' id.
    package var id: String
    /// The series' title.
    package var title: String
    /// Episode 1's title as this tile shows it (nil before episode 1 is released).
    package var episodeTitle: String?
    /// The cover shown (nil before episode 1 is released).
    package var cover: String?
    /// Where the tile leads: `/watch/<id>`, with the impression's token when a title experiment
    /// chose what it shows.
    package var link: String
    /// `<key>/<variant>` when a live title experiment chose the tile.
    package var arm: String?
}

/// What a title experiment's tile has done: each arm's impressions and clicks with the click
/// rate's interval, the bandit's allocation now, and every allocation change it recorded — all
/// recomputed from the stored impressions (docs/experiment-workflow.md "Titles").
package struct TileReport: Sendable, Hashable, Codable {
    /// One arm: a variant's title and cover.
    package struct Arm: Sendable, Hashable, Codable {
        /// The variant.
        package var name: String
        /// The title it shows.
        package var title: String
        /// Times its tile was shown.
        package var impressions: Int
        /// Of those, clicked.
        package var clicks: Int
        /// Clicks over impressions.
        package var rate: Double
        /// The rate's 90 % Wilson interval.
        package var low: Double, high: Double
        /// Its share of the tile's impressions from now on (the bandit's allocation).
        package var share: Double

        /// Creates an arm's figures.
        package init(name: String, title: String, impressions: Int, clicks: Int, rate: Double, low: Double, high: Double, share: Double) {
            self.name = name
            self.title = title
            self.impressions = impressions
            self.clicks = clicks
            self.rate = rate
            self.low = low
            self.high = high
            self.share = share
        }
    }

    /// The arms, control first.
    package var arms: [Arm]
    /// Impressions in all.
    package var impressions: Int
    /// The recorded allocation changes, oldest first (the first is the even split).
    package var allocations: [TileAllocation]
    /// Where it stands, in words.
    package var summary: String

    /// Creates a report.
    package init(arms: [Arm], impressions: Int, allocations: [TileAllocation], summary: String) {
        self.arms = arms
        self.impressions = impressions
        self.allocations = allocations
        self.summary = summary
    }
}

extension Studio {
    /// The bandit's settings for the channel's tiles: a floor of 1 % of impressions per arm, the
    /// allocation evaluated every 100 impressions and recorded when a share moves by more than
    /// 5 points.
    package static let tileBandit = ThompsonBandit.Configuration(floor: 0.01, recordThreshold: 0.05, evaluationInterval: 100, allocationDraws: 2_000)

    /// The channel's list of series: each series' tile. A series with a live title experiment
    /// (running, every variant approved, episode 1 released) shows the title and cover the
    /// Thompson-sampling bandit chooses from the stored impressions and clicks; the impression is
    /// stored with a token the tile's link carries, and every `evaluationInterval` impressions
    /// the allocation is evaluated and, when it moved, recorded. A series that cannot be read is
    /// left out (and logged).
    package func channelTiles(now: Date = Date()) async -> [ChannelTile] {
        var tiles: [ChannelTile] = []
        for entry in catalog.all() {
            do throws(StudioError) {
                tiles.append(try await tile(entry.id, now: now))
            } catch {
                logger.warning("series left out of the channel's list", metadata: ["series": "\(entry.id)", "error": "\(error.message)"])
            }
        }
        return tiles
    }

    private func tile(_ id: String, now: Date) async throws(StudioError) -> ChannelTile {
        let project = try catalog.project(id)
        let listing = try await channel(id, viewer: nil, now: now)
        var tile = ChannelTile(id: id, title: listing.series.title, link: "/watch/\(Self.pathComponent(id))")
        guard let first = listing.episodes.first(where: { $0.number == EpisodeExperiment.tileEpisode }) else { return tile }
        tile.episodeTitle = first.title
        tile.cover = first.poster
        let set = (try? Self.experimentSet(project)) ?? .none
        guard let entry = set.on(episode: EpisodeExperiment.tileEpisode).first(where: { $0.experiment.isTile && listing.experiments.contains($0.experiment.key) }) else {
            return tile
        }
        let experiment = entry.experiment
        do {
            let counts = try await audience.tileCounts(series: id, experiment: experiment.key)
            let arms = Self.arms(experiment, counts)
            var random = SeededGenerator(seed: UInt64.random(in: 0...UInt64.max), label: "tile.serve")
            let variant = experiment.variants[ThompsonBandit.choose(arms, floor: Self.tileBandit.floor, using: &random)]
            let token = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            if counts.isEmpty, try await audience.tileAllocations(series: id, experiment: experiment.key).isEmpty {
                // The first record: the even split before any impression.
                let even = 1 / Double(arms.count)
                try await audience.recordTileAllocation(
                    series: id, experiment: experiment.key,
                    TileAllocation(impressions: 0, at: now, shares: Dictionary(uniqueKeysWithValues: arms.map { ($0.name, even) }), counts: []))
            }
            let total = try await audience.recordTileImpression(series: id, experiment: experiment.key, arm: variant.name, token: token, at: now)
            if total % Self.tileBandit.evaluationInterval == 0 { try await evaluateTile(id, experiment, impressions: total, at: now) }
            tile.link += "?tile=\(token)"
            tile.arm = experiment.tag(variant.name)
            if variant.name != experiment.control {
                tile.cover = "/watch/media/\(Self.pathComponent(id))/\(experiment.episode)/variants/\(experiment.key)/\(variant.name)/cover.jpg"
                tile.episodeTitle = entry.scripts[variant.name].flatMap(ExperimentDesk.episodeTitle(in:)) ?? first.title
            }
        } catch {
            // The tile as written: a store that fails never takes the list down.
            logger.warning("title experiment not served", metadata: ["series": "\(id)", "experiment": "\(experiment.key)", "error": "\(error)"])
        }
        return tile
    }

    /// The bandit's arms of `experiment` with their stored counts, in the order of its variants.
    static func arms(_ experiment: EpisodeExperiment, _ counts: [TileArmCounts]) -> [ThompsonBandit.Arm] {
        let byArm = Dictionary(uniqueKeysWithValues: counts.map { ($0.arm, $0) })
        return experiment.variants.map { ThompsonBandit.Arm(name: $0.name, impressions: byArm[$0.name]?.impressions ?? 0, clicks: byArm[$0.name]?.clicks ?? 0) }
    }

    /// The allocation of `experiment` from its stored counts: the draws are seeded by its key and
    /// the impression count, so the same counts give the same shares.
    static func allocation(_ experiment: EpisodeExperiment, _ counts: [TileArmCounts], impressions: Int) -> [String: Double] {
        let arms = arms(experiment, counts)
        var random = SeededGenerator(seed: StableHash.of("tile.allocation", experiment.key, String(impressions)), label: "tile.allocation")
        let shares = ThompsonBandit.allocation(arms, configuration: tileBandit, using: &random)
        return Dictionary(uniqueKeysWithValues: zip(arms.map(\.name), shares))
    }

    /// Evaluates the allocation at `impressions` and records it when a share moved by more than
    /// the threshold since the last record.
    private func evaluateTile(_ id: String, _ experiment: EpisodeExperiment, impressions: Int, at time: Date) async throws(AudienceError) {
        let counts = try await audience.tileCounts(series: id, experiment: experiment.key)
        let shares = Self.allocation(experiment, counts, impressions: impressions)
        let names = experiment.variants.map(\.name)
        let last = try await audience.tileAllocations(series: id, experiment: experiment.key).last?.shares ?? [:]
        if ThompsonBandit.moved(names.map { shares[$0] ?? 0 }, from: names.map { last[$0] ?? 0 }, configuration: Self.tileBandit) {
            try await audience.recordTileAllocation(
                series: id, experiment: experiment.key, TileAllocation(impressions: impressions, at: time, shares: shares, counts: counts))
        }
    }

    /// Records that a viewer followed the tile link with `token` to series `id` (once per token;
    /// an unknown token is ignored).
    package func recordTileClick(_ id: String, token: String, now: Date = Date()) async {
        guard token.count <= 64, token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return }
        do {
            _ = try await audience.recordTileClick(token: token, series: id, at: now)
        } catch {
            logger.warning("tile click not recorded", metadata: ["series": "\(id)", "error": "\(error)"])
        }
    }

    /// The tile report of title experiment `experiment` of series `id` from the stored impressions.
    package static func tileReport(_ experiment: EpisodeExperiment, titles: [String: String], seriesID id: String, audience: AudienceStore) async throws(AudienceError) -> TileReport {
        let counts = try await audience.tileCounts(series: id, experiment: experiment.key)
        let total = counts.reduce(0) { $0 + $1.impressions }
        let shares = allocation(experiment, counts, impressions: total)
        let arms = Self.arms(experiment, counts).map { arm -> TileReport.Arm in
            let (low, high) = wilson(arm.clicks, arm.impressions, z: 1.6449)
            return TileReport.Arm(
                name: arm.name, title: titles[arm.name] ?? "", impressions: arm.impressions, clicks: arm.clicks,
                rate: arm.impressions > 0 ? Double(arm.clicks) / Double(arm.impressions) : 0, low: low, high: high, share: shares[arm.name] ?? 0)
        }
        let allocations = try await audience.tileAllocations(series: id, experiment: experiment.key)
        let summary: String
        if total == 0 {
            summary = "No impression yet: the tile is shown once every variant is approved and episode \(experiment.episode) is on the channel."
        } else if let best = arms.max(by: { $0.share < $1.share }) {
            let percent = { (x: Double) in String(format: "%.1f %%", x * 100) }
            summary = "\(best.name) leads: \(percent(best.rate)) of its \(best.impressions) impressions clicked; the bandit shows it \(percent(best.share)) of the time now (each arm keeps at least \(percent(tileBandit.floor))). Ship it when its share stays high: cliff experiment ship."
        } else {
            summary = ""
        }
        return TileReport(arms: arms, impressions: total, allocations: allocations, summary: summary)
    }

    /// The Wilson score interval of `k` successes in `n` trials (0…1 for none).
    static func wilson(_ k: Int, _ n: Int, z: Double) -> (Double, Double) {
        guard n > 0 else { return (0, 1) }
        let p = Double(k) / Double(n), nn = Double(n), z2 = z * z
        let centre = (p + z2 / (2 * nn)) / (1 + z2 / nn)
        let half = z * ((p * (1 - p) / nn + z2 / (4 * nn * nn)).squareRoot()) / (1 + z2 / nn)
        return (max(0, centre - half), min(1, centre + half))
    }

    /// `id` as one URL path component.
    static func pathComponent(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? id
    }
}
