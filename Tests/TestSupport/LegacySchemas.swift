/// Schemas as cliff wrote them before its databases used named migrations, so migration tests
/// build old files exactly as they were.
package enum LegacySchemas {
    /// `cliff.db`'s production queue and ledger (version 1, `PRAGMA user_version = 1`).
    package static let jobStoreV1 = """
        CREATE TABLE IF NOT EXISTS jobs (
          id INTEGER PRIMARY KEY, node_key TEXT NOT NULL UNIQUE, step TEXT NOT NULL, generator TEXT NOT NULL,
          generator_version INTEGER NOT NULL, episode INTEGER, priority INTEGER NOT NULL, label TEXT NOT NULL,
          parameters TEXT NOT NULL, inputs TEXT NOT NULL, estimate TEXT NOT NULL, estimated_nanos BIGINT NOT NULL DEFAULT 0,
          state TEXT NOT NULL, unmet INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, not_before REAL NOT NULL DEFAULT 0,
          lease_owner TEXT, lease_expires REAL, last_error TEXT, created_at REAL NOT NULL, updated_at REAL NOT NULL);
        CREATE INDEX IF NOT EXISTS jobs_ready ON jobs (state, unmet, priority, id);
        CREATE INDEX IF NOT EXISTS jobs_lease ON jobs (lease_owner);
        CREATE TABLE IF NOT EXISTS job_inputs (input_key TEXT NOT NULL, job_id BIGINT NOT NULL, PRIMARY KEY (input_key, job_id));
        CREATE TABLE IF NOT EXISTS results (
          node_key TEXT PRIMARY KEY, outputs TEXT NOT NULL, exported TEXT NOT NULL, metadata TEXT NOT NULL, created_at REAL NOT NULL);
        CREATE TABLE IF NOT EXISTS ledger (
          id INTEGER PRIMARY KEY, node_key TEXT NOT NULL, episode INTEGER, step TEXT NOT NULL, generator TEXT NOT NULL,
          unit TEXT NOT NULL, quantity REAL NOT NULL, cost_nanos BIGINT NOT NULL, succeeded INTEGER NOT NULL,
          attempt INTEGER NOT NULL, owner TEXT NOT NULL, at REAL NOT NULL);
        CREATE INDEX IF NOT EXISTS ledger_episode ON ledger (episode);
        """
}
