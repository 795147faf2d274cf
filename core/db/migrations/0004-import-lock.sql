-- Who runs an import right now: one row per running import, written before its transaction
-- starts, so that an import that waits in vain can name the one that holds the database
-- (core/import/importlock.h).
CREATE TABLE import_lock (
    host TEXT NOT NULL,
    pid BIGINT NOT NULL,
    process_start TEXT NOT NULL,
    user_name TEXT NOT NULL,
    since BIGINT NOT NULL,
    PRIMARY KEY (host, pid, process_start)
);
