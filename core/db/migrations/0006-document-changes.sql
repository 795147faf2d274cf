-- The importer's change log of the billing documents, so that the export finds dates whose
-- documents changed after they were exported (late postings, corrections) without exporting
-- them again to find out (core/export/exportchanges.h).
--
-- One row per document the import added, or whose content it really changed (an identical
-- re-import logs nothing), written in the import's transaction. stream: statement, invoice,
-- payment or payment_failure (an invoice item logs its invoice). posted_at: the instant that
-- decides the document's business date, the column the export selects it by (posted_at,
-- created_at); account_id: the account whose channel exports it. A change that moves a document
-- to another date or account logs both the old and the new place. Rows are never deleted, so
-- ids only grow.
CREATE TABLE document_change (
    id %ID%,
    stream TEXT NOT NULL,
    external_id TEXT NOT NULL,
    account_id BIGINT NOT NULL,
    posted_at BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('added', 'changed'))
);
CREATE INDEX document_change_posted ON document_change (posted_at, id);

-- What a run delivered up to: MAX(document_change.id) when the run was recorded, before it read
-- any document. A change with a larger id came after. Runs recorded before this migration have
-- 0: they delivered everything logged before the log existed.
ALTER TABLE export_run ADD COLUMN change_watermark BIGINT NOT NULL DEFAULT 0;
