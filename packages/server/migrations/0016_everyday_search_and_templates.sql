-- Issue 10, item 4: search that understands everyday words, and downloadable form templates.
-- The words people use for a procedure ("làm giấy khai sinh cho con", "hộ khẩu") are a list per procedure,
-- weighted like its name in the search index. A generated column's expression cannot be altered on every
-- PostgreSQL we support, so the index column is dropped and added again with the new expression.
ALTER TABLE procedures ADD COLUMN synonyms jsonb NOT NULL DEFAULT '[]';
DROP INDEX procedures_search_idx;
ALTER TABLE procedures DROP COLUMN search_vector;
ALTER TABLE procedures ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('motcua_vi'::regconfig, name || ' ' || (synonyms #>> '{}')), 'A') ||
  setweight(to_tsvector('motcua_vi'::regconfig, code || ' ' || field), 'B') ||
  setweight(to_tsvector('motcua_vi'::regconfig, name_en || ' ' || result), 'C')
) STORED;
CREATE INDEX procedures_search_idx ON procedures USING gin (search_vector);

-- Where the catalogue links a component's form (tờ khai) to a file people can download.
ALTER TABLE dossier_components ADD COLUMN template_url text NOT NULL DEFAULT '';
