-- Calendar sources (issue 8, item 1; docs/domain/calendar.md).
-- Every day of an entered year carries its source. Years entered before this rested on the year's single
-- source text, so each of their days now cites that text as the decision it comes from.
UPDATE calendar_years
  SET days = COALESCE(
    (SELECT jsonb_agg(
        CASE WHEN day ? 'source' THEN day
        ELSE day || jsonb_build_object(
          'source', jsonb_build_object('basis', 'decision', 'reference', source, 'referenceEn', source))
        END ORDER BY day->>'date')
      FROM jsonb_array_elements(days) AS day),
    '[]'::jsonb);

-- Holidays a later law adds (e.g. Vietnam Culture Day, 24/11, once enacted): a solar date recurring from
-- the law's effective date, with the law cited. Deadlines recorded on dossiers before do not move.
CREATE TABLE statutory_holidays (
  id serial PRIMARY KEY,
  month integer NOT NULL CHECK (month BETWEEN 1 AND 12),
  day integer NOT NULL CHECK (day BETWEEN 1 AND 31),
  name text NOT NULL,
  name_en text NOT NULL,
  effective_from date NOT NULL,
  compensated boolean NOT NULL,
  reference text NOT NULL,
  reference_en text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (month, day)
);
