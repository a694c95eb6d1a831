-- Issue 9, finding 11: the active content found in an uploaded PDF (/JavaScript, /OpenAction, ...), shown to
-- the officer as a warning; empty for a plain file and for files stored before this scan existed.
ALTER TABLE dossier_files ADD COLUMN active_content text[] NOT NULL DEFAULT '{}';

-- Finding 14: the purge job deletes by age; these let it find what is due without reading whole tables.
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
CREATE INDEX outbox_delivered_at_idx ON outbox (delivered_at) WHERE delivered_at IS NOT NULL;
