-- Signed checkpoints of every dossier's chain head (docs/security.md#audit-trail): kept apart from the rows
-- they protect and signed with MOTCUA_AUDIT_KEY, which is not in the database, so truncating a log, deleting
-- one or rewriting it with recomputed hashes no longer goes unseen. Each checkpoint names the one before it
-- (prev_hmac), so a checkpoint deleted between two others is seen too.
CREATE TABLE audit_checkpoints (
  seq integer PRIMARY KEY CHECK (seq >= 1),
  created_at timestamptz NOT NULL,
  -- [{"id", "code", "seq", "hash", "files": [[file id, sha256], …]}, …] in id order.
  heads jsonb NOT NULL,
  prev_hmac text,
  hmac text NOT NULL
);
