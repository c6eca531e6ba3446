import Production

/// The audience store's tables for each engine: the one place that knows how SQLite and
/// PostgreSQL differ for them (column types, `WITHOUT ROWID`, and the tables and index only a
/// shared database needs).
///
/// A project's `audience.db` applies `events(.sqlite)`, `tiles(.sqlite)` and
/// `platformSnapshots(.sqlite)` as its GRDB migrations `audience.v1-events`, `audience.v2-tiles`
/// and `audience.v3-platform-snapshots`; a PostgreSQL database applies `shared`, the same steps
/// written for PostgreSQL.
enum AudienceSchema {
    /// The migrations of the store in a shared PostgreSQL database (namespace `audience`).
    static let shared: SQLSchema = {
        var schema = SQLSchema(
            namespace: "audience", store: "the audience store (viewer events, view rollups, tiles)",
            remedy: "restore a copy of the database made before that version opened it")
        schema.add("v1-events") { events($0) }
        schema.add("v2-tiles") { tiles($0) }
        schema.add("v3-platform-snapshots") { platformSnapshots($0) }
        return schema
    }()

    /// `audience.v1-events`: every accepted event once (`message_id` is unique), one row per
    /// view with its summary and one with its compact events, refusals per series.
    ///
    /// In PostgreSQL two more: `audience_counts`, the events accepted per series (a counter
    /// updated in each ingest's transaction: the version cached figures are checked against,
    /// exact across processes where the newest event id is not, because ids are handed out
    /// before commit), and an index of events by series for experiments' reads.
    static func events(_ d: SQLDialect) -> [String] {
        let withoutRowID = d == .sqlite ? " WITHOUT ROWID" : ""
        var statements = [
            """
            CREATE TABLE IF NOT EXISTS audience_events (
              id \(d.autoIncrementKey), message_id TEXT NOT NULL UNIQUE, event TEXT NOT NULL, series TEXT NOT NULL,
              episode \(d.integerType) NOT NULL, viewer TEXT NOT NULL, user_id TEXT, timestamp_ms \(d.integerType) NOT NULL,
              position_ms \(d.integerType), session_id TEXT, variant TEXT, received_ms \(d.integerType) NOT NULL)
            """,
            """
            CREATE TABLE IF NOT EXISTS audience_views (
              series TEXT NOT NULL, viewer TEXT NOT NULL, episode \(d.integerType) NOT NULL,
              started_at \(d.integerType), completed_at \(d.integerType), swiped_at_ms \(d.integerType), unlocked_at \(d.integerType),
              furthest_ms \(d.integerType) NOT NULL, watched_ms \(d.integerType) NOT NULL, coverage \(d.blobType) NOT NULL,
              PRIMARY KEY (series, viewer, episode))\(withoutRowID)
            """,
            """
            CREATE TABLE IF NOT EXISTS audience_view_events (
              series TEXT NOT NULL, viewer TEXT NOT NULL, episode \(d.integerType) NOT NULL, events \(d.blobType) NOT NULL,
              PRIMARY KEY (series, viewer, episode))\(withoutRowID)
            """,
            "CREATE TABLE IF NOT EXISTS audience_rejections (series TEXT PRIMARY KEY, count \(d.integerType) NOT NULL)",
        ]
        if d != .sqlite {
            statements += [
                "CREATE TABLE IF NOT EXISTS audience_counts (series TEXT PRIMARY KEY, events \(d.integerType) NOT NULL)",
                "CREATE INDEX IF NOT EXISTS audience_events_series ON audience_events (series, episode)",
            ]
        }
        return statements
    }

    /// `audience.v2-tiles`: one row per impression of a series' tile under a title experiment,
    /// with its token (the link the viewer follows) and when it was clicked; and the allocation
    /// changes.
    static func tiles(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE IF NOT EXISTS tile_impressions (
              token TEXT PRIMARY KEY, series TEXT NOT NULL, experiment TEXT NOT NULL, arm TEXT NOT NULL,
              shown_ms \(d.integerType) NOT NULL, clicked_ms \(d.integerType))
            """,
            "CREATE INDEX IF NOT EXISTS tile_impressions_arm ON tile_impressions (series, experiment, arm)",
            """
            CREATE TABLE IF NOT EXISTS tile_allocations (
              series TEXT NOT NULL, experiment TEXT NOT NULL, impressions \(d.integerType) NOT NULL, at_ms \(d.integerType) NOT NULL,
              shares TEXT NOT NULL, counts TEXT NOT NULL, PRIMARY KEY (series, experiment, impressions))\(d == .sqlite ? " WITHOUT ROWID" : "")
            """,
        ]
    }

    /// `audience.v3-platform-snapshots`: external platforms' statistics per episode and channel,
    /// one row per fetch (append-only; a fetch stored again at the same instant is ignored). The
    /// primary key (series, episode, channel, fetched_ms) is the index reads go by; the curve is
    /// JSON text, `[[fraction, watching], …]`.
    static func platformSnapshots(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE IF NOT EXISTS platform_snapshots (
              series TEXT NOT NULL, episode \(d.integerType) NOT NULL, channel TEXT NOT NULL, fetched_ms \(d.integerType) NOT NULL,
              platform TEXT NOT NULL, views \(d.integerType) NOT NULL, average_view_seconds \(d.doubleType),
              likes \(d.integerType), shares \(d.integerType), comments \(d.integerType),
              duration_seconds \(d.doubleType) NOT NULL, retention TEXT NOT NULL,
              PRIMARY KEY (series, episode, channel, fetched_ms))\(d == .sqlite ? " WITHOUT ROWID" : "")
            """
        ]
    }
}
