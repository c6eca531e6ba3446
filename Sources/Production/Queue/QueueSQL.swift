/// The SQL every job store runs, written once; `SQLDialect` holds the differences between
/// SQLite and PostgreSQL. Statements use `?` placeholders; `dialect.bind(_:)` rewrites them.
///
/// Times are stored as seconds since 1970 (double precision), money as nano-dollars (64-bit
/// integers), keys as hex text, parameters and outputs as JSON text.
package struct QueueSQL: Sendable {
    /// The dialect.
    package let dialect: SQLDialect

    package init(dialect: SQLDialect) { self.dialect = dialect }

    /// The schema, version 1, one statement per entry; idempotent, so two processes creating
    /// a project's database at once both succeed.
    package var schema: [String] {
        let id = dialect.autoIncrementKey
        let real = dialect.doubleType
        return [
            """
            CREATE TABLE IF NOT EXISTS jobs (
              id \(id),
              node_key TEXT NOT NULL UNIQUE,
              step TEXT NOT NULL,
              generator TEXT NOT NULL,
              generator_version INTEGER NOT NULL,
              episode INTEGER,
              priority INTEGER NOT NULL,
              label TEXT NOT NULL,
              parameters TEXT NOT NULL,
              inputs TEXT NOT NULL,
              estimate TEXT NOT NULL,
              estimated_nanos BIGINT NOT NULL DEFAULT 0,
              state TEXT NOT NULL,
              unmet INTEGER NOT NULL,
              attempts INTEGER NOT NULL DEFAULT 0,
              not_before \(real) NOT NULL DEFAULT 0,
              lease_owner TEXT,
              lease_expires \(real),
              last_error TEXT,
              created_at \(real) NOT NULL,
              updated_at \(real) NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS jobs_ready ON jobs (state, unmet, priority, id)",
            "CREATE INDEX IF NOT EXISTS jobs_lease ON jobs (lease_owner)",
            """
            CREATE TABLE IF NOT EXISTS job_inputs (
              input_key TEXT NOT NULL,
              job_id BIGINT NOT NULL,
              PRIMARY KEY (input_key, job_id)
            )
            """,
            """
            CREATE TABLE IF NOT EXISTS results (
              node_key TEXT PRIMARY KEY,
              outputs TEXT NOT NULL,
              exported TEXT NOT NULL,
              metadata TEXT NOT NULL,
              created_at \(real) NOT NULL
            )
            """,
            """
            CREATE TABLE IF NOT EXISTS ledger (
              id \(id),
              node_key TEXT NOT NULL,
              episode INTEGER,
              step TEXT NOT NULL,
              generator TEXT NOT NULL,
              unit TEXT NOT NULL,
              quantity \(real) NOT NULL,
              cost_nanos BIGINT NOT NULL,
              succeeded INTEGER NOT NULL,
              attempt INTEGER NOT NULL,
              owner TEXT NOT NULL,
              at \(real) NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS ledger_episode ON ledger (episode)",
        ]
    }

    // MARK: Planning

    package var selectResult: String { "SELECT node_key, outputs, exported, metadata FROM results WHERE node_key = ?" }
    package var selectAllResults: String { "SELECT node_key, outputs, exported, metadata FROM results" }
    package var deleteResult: String { "DELETE FROM results WHERE node_key = ?" }
    package var updateExported: String { "UPDATE results SET exported = ? WHERE node_key = ?" }
    package var hasResult: String { "SELECT 1 FROM results WHERE node_key = ?" }
    package var selectJobByKey: String { "SELECT id, state, episode FROM jobs WHERE node_key = ?" }
    package var selectNodeKey: String { "SELECT node_key FROM jobs WHERE id = ?" }
    /// A queued job another episode also needs becomes shared (in every run's scope).
    package var shareJob: String { "UPDATE jobs SET episode = NULL WHERE id = ?" }
    package var countUnmetInputs: String {
        "SELECT COUNT(*) FROM job_inputs i WHERE i.job_id = ? AND NOT EXISTS (SELECT 1 FROM results r WHERE r.node_key = i.input_key)"
    }
    package var insertJob: String {
        """
        INSERT INTO jobs (node_key, step, generator, generator_version, episode, priority, label, parameters, inputs,
                          estimate, estimated_nanos, state, unmet, attempts, not_before, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, 0, 0, ?, ?)
        \(dialect.returningID)
        """
    }
    package var insertJobInput: String { "INSERT INTO job_inputs (input_key, job_id) VALUES (?, ?) ON CONFLICT DO NOTHING" }
    package var setUnmet: String { "UPDATE jobs SET unmet = ? WHERE id = ?" }
    package var requeueJob: String {
        """
        UPDATE jobs SET state = 'pending', attempts = 0, not_before = 0, lease_owner = NULL, lease_expires = NULL,
                        last_error = NULL, estimated_nanos = ?, priority = ?, updated_at = ?
        WHERE id = ?
        """
    }
    package var selectPending: String { "SELECT id, node_key, episode FROM jobs WHERE state = 'pending'" }
    package var supersede: String {
        "UPDATE jobs SET state = 'cancelled', last_error = 'superseded: the script or settings changed', updated_at = ? WHERE id = ? AND state = 'pending'"
    }

    // MARK: Leases

    package var selectRunning: String { "SELECT id, label, lease_owner, lease_expires, attempts FROM jobs WHERE state = 'running'" }
    package var putBack: String {
        "UPDATE jobs SET state = 'pending', lease_owner = NULL, lease_expires = NULL, last_error = ?, updated_at = ? WHERE id = ? AND state = 'running'"
    }
    package var heartbeat: String { "UPDATE jobs SET lease_expires = ? WHERE lease_owner = ? AND state = 'running'" }
    /// The running jobs of one worker claimed before a time: (owner, time).
    package var selectLeasedBefore: String {
        "SELECT id, label FROM jobs WHERE state = 'running' AND lease_owner = ? AND updated_at < ? ORDER BY id"
    }
    /// Gives back one worker's job untried: (updated_at, id, owner).
    package var releaseLeasedJob: String {
        "UPDATE jobs SET state = 'pending', attempts = attempts - 1, lease_owner = NULL, lease_expires = NULL, updated_at = ? WHERE id = ? AND state = 'running' AND lease_owner = ?"
    }

    // MARK: Claiming

    package var runningByGenerator: String { "SELECT generator, COUNT(*) FROM jobs WHERE state = 'running' GROUP BY generator" }
    package var runnableGenerators: String { "SELECT DISTINCT generator FROM jobs WHERE state = 'pending' AND unmet = 0" }
    package var countRunning: String { "SELECT COUNT(*) FROM jobs WHERE state = 'running'" }

    /// The most urgent runnable job. `extra` adds filters (generators at their limit,
    /// episodes out of scope); PostgreSQL locks the row and skips rows others hold.
    package func selectRunnable(extra: String) -> String {
        """
        SELECT id, node_key, step, generator, generator_version, episode, priority, label, parameters, inputs,
               estimate, estimated_nanos, attempts
        FROM jobs
        WHERE state = 'pending' AND unmet = 0 AND not_before <= ?\(extra)
        ORDER BY priority, id
        LIMIT 1\(dialect.skipLocked)
        """
    }

    /// Filters the runnable-job query to generators not at their concurrency limit: one
    /// placeholder per generator.
    package func generatorNotIn(count: Int) -> String {
        " AND generator NOT IN (\(Array(repeating: "?", count: count).joined(separator: ", ")))"
    }

    /// Filters a job query to `scope`: its episodes and shared jobs (episode numbers are
    /// integers, written into the statement).
    package func scopeFilter(_ scope: JobScope) -> String {
        guard let episodes = scope.episodes else { return "" }
        let list = episodes.sorted().map(String.init).joined(separator: ", ")
        return " AND (episode IS NULL OR episode IN (\(list.isEmpty ? "NULL" : list)))"
    }

    package var claimJob: String {
        """
        UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_owner = ?, lease_expires = ?, updated_at = ?
        WHERE id = ? AND state = 'pending'
        """
    }

    /// Whether anything in scope is still waiting or running, and the earliest retry time.
    /// The first argument is the time now: only later retry times count.
    package func selectWaiting(extra: String) -> String {
        "SELECT COUNT(*), MIN(CASE WHEN state = 'pending' AND unmet = 0 AND not_before > ? THEN not_before END) FROM jobs WHERE state IN ('pending', 'running')\(extra)"
    }

    // Sums are cast back to BIGINT: PostgreSQL's SUM of a BIGINT column is NUMERIC.
    package var spentOnEpisode: String { "SELECT CAST(COALESCE(SUM(cost_nanos), 0) AS BIGINT) FROM ledger WHERE episode = ?" }
    package var spentOnSeries: String { "SELECT CAST(COALESCE(SUM(cost_nanos), 0) AS BIGINT) FROM ledger" }
    package var runningOnEpisode: String {
        "SELECT CAST(COALESCE(SUM(estimated_nanos), 0) AS BIGINT) FROM jobs WHERE state = 'running' AND episode = ?"
    }
    package var runningOnSeries: String { "SELECT CAST(COALESCE(SUM(estimated_nanos), 0) AS BIGINT) FROM jobs WHERE state = 'running'" }

    // MARK: Finishing

    package var upsertResult: String {
        """
        INSERT INTO results (node_key, outputs, exported, metadata, created_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (node_key) DO UPDATE SET outputs = excluded.outputs, exported = excluded.exported,
                                             metadata = excluded.metadata, created_at = excluded.created_at
        """
    }
    package var markDone: String {
        "UPDATE jobs SET state = 'done', lease_owner = NULL, lease_expires = NULL, last_error = NULL, updated_at = ? WHERE id = ?"
    }
    package var unblockReaders: String {
        "UPDATE jobs SET unmet = unmet - 1 WHERE state = 'pending' AND unmet > 0 AND id IN (SELECT job_id FROM job_inputs WHERE input_key = ?)"
    }
    package var retryLater: String {
        "UPDATE jobs SET state = 'pending', not_before = ?, lease_owner = NULL, lease_expires = NULL, last_error = ?, updated_at = ? WHERE id = ?"
    }
    package var markFailed: String {
        "UPDATE jobs SET state = 'failed', lease_owner = NULL, lease_expires = NULL, last_error = ?, updated_at = ? WHERE id = ?"
    }
    /// Cancels every pending job downstream of a node (recursive over `job_inputs`).
    package var cancelDownstream: String {
        """
        WITH RECURSIVE downstream(id, node_key) AS (
          SELECT j.id, j.node_key FROM job_inputs i JOIN jobs j ON j.id = i.job_id WHERE i.input_key = ?
          UNION
          SELECT j.id, j.node_key FROM downstream d JOIN job_inputs i ON i.input_key = d.node_key JOIN jobs j ON j.id = i.job_id
        )
        UPDATE jobs SET state = 'cancelled', last_error = ?, updated_at = ?
        WHERE state = 'pending' AND id IN (SELECT id FROM downstream)
        """
    }
    package var releaseJob: String {
        "UPDATE jobs SET state = 'pending', attempts = attempts - 1, lease_owner = NULL, lease_expires = NULL, updated_at = ? WHERE id = ? AND state = 'running'"
    }
    package var insertLedger: String {
        """
        INSERT INTO ledger (node_key, episode, step, generator, unit, quantity, cost_nanos, succeeded, attempt, owner, at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    }

    // MARK: Reporting

    package var countsByStep: String { "SELECT step, state, COUNT(*) FROM jobs GROUP BY step, state" }
    package var listJobs: String {
        "SELECT label, episode, attempts, last_error, lease_owner, lease_expires, not_before FROM jobs WHERE state = ? ORDER BY priority, id LIMIT ?"
    }
    package var listRetrying: String {
        "SELECT label, episode, attempts, last_error, lease_owner, lease_expires, not_before FROM jobs WHERE state = 'pending' AND attempts > 0 ORDER BY priority, id LIMIT ?"
    }
    package var countResults: String { "SELECT COUNT(*) FROM results" }
    /// Unfinished jobs, for what the studio shows as rendering.
    package var selectUnfinished: String {
        "SELECT episode, state, lease_owner, lease_expires FROM jobs WHERE state IN ('pending', 'running')"
    }
    package var selectLedger: String {
        "SELECT node_key, episode, step, generator, unit, quantity, cost_nanos, succeeded, attempt, owner, at FROM ledger ORDER BY id"
    }

    // MARK: Concurrency between workers

    /// Run first in a transaction that reshapes the queue (enqueue, recovery) or reads totals
    /// that row locks cannot protect (a claim under concurrency limits or budgets), so such
    /// transactions take turns; nil where every write transaction already does (SQLite).
    package var lockQueueExclusively: String? {
        dialect.queueLockFunction.map { "SELECT \($0)(\(SQLDialect.queueLockKey))" }
    }
    /// Run first in a transaction that finishes a job (complete, fail, release): those run side
    /// by side, but not while an exclusive transaction (above) runs.
    package var lockQueueShared: String? {
        dialect.queueLockFunction.map { "SELECT \($0)_shared(\(SQLDialect.queueLockKey))" }
    }
    /// Run in a transaction after which jobs may have become runnable (enqueued, inputs done,
    /// a slot freed, a retry set, a lease given back): wakes waiting workers when it commits.
    package var notifyRunnable: String? {
        dialect.notifies ? "NOTIFY \(SQLDialect.jobsChannel)" : nil
    }
}

/// How SQLite and PostgreSQL differ for the queue: the only place that knows.
package struct SQLDialect: Sendable, Hashable {
    /// Column type of an auto-numbered primary key.
    package var autoIncrementKey: String
    /// Column type for seconds since 1970.
    package var doubleType: String
    /// Column type of a 64-bit whole number.
    package var integerType: String
    /// Column type of bytes.
    package var blobType: String
    /// The engine's name, for messages.
    package var name: String
    /// Appended to the runnable-job query: row locks that concurrent claimers skip.
    package var skipLocked: String
    /// Appended to an INSERT to get the new row's id back.
    package var returningID: String
    /// Whether placeholders are numbered (`$1`) rather than `?`.
    package var numberedPlaceholders: Bool
    /// The transaction-scoped advisory lock that orders concurrent queue transactions (its
    /// `_shared` variant takes it shared), or nil when transactions are serial already.
    package var queueLockFunction: String?
    /// Whether the database can wake waiting workers (`LISTEN`/`NOTIFY` on `jobsChannel`).
    package var notifies: Bool

    /// The channel that `NOTIFY` announces runnable jobs on.
    package static let jobsChannel = "cliff_jobs"
    /// The advisory lock key of the queue (ASCII "cliffjob"): one per database.
    package static let queueLockKey: Int64 = 0x636C_6966_666A_6F62

    /// SQLite: one writer at a time (claims run in IMMEDIATE transactions), so no row locks.
    package static let sqlite = SQLDialect(
        autoIncrementKey: "INTEGER PRIMARY KEY", doubleType: "REAL", integerType: "INTEGER", blobType: "BLOB", name: "SQLite", skipLocked: "", returningID: "RETURNING id",
        numberedPlaceholders: false, queueLockFunction: nil, notifies: false)

    /// PostgreSQL: claims lock the chosen row and skip rows other workers hold; transactions
    /// that read totals or reshape the queue take an advisory lock; commits that make jobs
    /// runnable `NOTIFY` waiting workers.
    package static let postgres = SQLDialect(
        autoIncrementKey: "BIGSERIAL PRIMARY KEY", doubleType: "DOUBLE PRECISION", integerType: "BIGINT", blobType: "BYTEA", name: "PostgreSQL",
        skipLocked: " FOR UPDATE SKIP LOCKED",
        returningID: "RETURNING id", numberedPlaceholders: true, queueLockFunction: "pg_advisory_xact_lock", notifies: true)

    /// Rewrites `?` placeholders for this dialect.
    package func bind(_ sql: String) -> String {
        guard numberedPlaceholders else { return sql }
        var out = ""
        var n = 0
        for character in sql {
            if character == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.append(character)
            }
        }
        return out
    }
}
