-- The billing export's bookkeeping (core/export): who runs a date, what each run wrote, and the
-- lock that keeps two runs of one date apart. Extends export_run / export_run_channel of 0001.

-- scope: ALL, or the channel codes of a run for selected channels (comma-separated).
-- host, pid, process_start: the process that runs it (to tell a live run from an interrupted
-- one); lock_session: the PostgreSQL backend that holds the run's advisory lock (0 on SQLite).
ALTER TABLE export_run ADD COLUMN scope TEXT NOT NULL DEFAULT 'ALL';
ALTER TABLE export_run ADD COLUMN host TEXT NOT NULL DEFAULT '';
ALTER TABLE export_run ADD COLUMN pid BIGINT NOT NULL DEFAULT 0;
ALTER TABLE export_run ADD COLUMN process_start TEXT NOT NULL DEFAULT '';
ALTER TABLE export_run ADD COLUMN lock_session BIGINT NOT NULL DEFAULT 0;
ALTER TABLE export_run ADD COLUMN directory TEXT NOT NULL DEFAULT '';
ALTER TABLE export_run ADD COLUMN destination TEXT NOT NULL DEFAULT '';
ALTER TABLE export_run ADD COLUMN file_format TEXT NOT NULL DEFAULT 'xml';

ALTER TABLE export_run_channel ADD COLUMN records BIGINT NOT NULL DEFAULT 0;
ALTER TABLE export_run_channel ADD COLUMN added BIGINT NOT NULL DEFAULT 0;
ALTER TABLE export_run_channel ADD COLUMN removed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE export_run_channel ADD COLUMN delivered INTEGER NOT NULL DEFAULT 0;
ALTER TABLE export_run_channel ADD COLUMN warnings TEXT NOT NULL DEFAULT '';
ALTER TABLE export_run_channel ADD COLUMN warning_count BIGINT NOT NULL DEFAULT 0;

-- The manifest lines of a run: one file per channel and stream. amounts: "EUR=1.00;USD=12.30".
CREATE TABLE export_run_file (
    run_id BIGINT NOT NULL REFERENCES export_run (id),
    channel_id BIGINT NOT NULL REFERENCES channel (id),
    stream TEXT NOT NULL,
    path TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    records BIGINT NOT NULL,
    amounts TEXT NOT NULL,
    added BIGINT NOT NULL,
    removed BIGINT NOT NULL,
    PRIMARY KEY (run_id, channel_id, stream)
);

-- Who exports a business date right now. On SQLite the primary key is the lock; on PostgreSQL
-- an advisory lock is, and the row only says who holds it.
CREATE TABLE export_lock (
    business_date TEXT PRIMARY KEY,
    run_id BIGINT,
    host TEXT NOT NULL,
    pid BIGINT NOT NULL,
    process_start TEXT NOT NULL,
    user_name TEXT NOT NULL,
    since BIGINT NOT NULL
);

-- The export reads one channel's documents of one day.
CREATE INDEX account_statement_account_posted ON account_statement (account_id, posted_at);
CREATE INDEX invoice_account_posted ON invoice (account_id, posted_at);
CREATE INDEX payment_account_created ON payment (account_id, created_at);
CREATE INDEX payment_failure_account_created ON payment_failure (account_id, created_at);
