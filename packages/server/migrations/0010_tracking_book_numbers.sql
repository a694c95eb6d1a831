-- The tracking book's place (Form 01's "Quyển số … Số thứ tự …", Form 07's STT) is decided at reception and
-- written on the dossier then: the next number in the receiving counter's book for the year (slip_sequences,
-- form '07'), in the statement that receives it. Dossiers received before are numbered as they were read
-- until now: per counter and year (Vietnam time, UTC+7 all year), in the order their reception was written.
ALTER TABLE dossiers
  ADD COLUMN book_year integer,
  ADD COLUMN book_no integer,
  ADD CONSTRAINT dossiers_book_place UNIQUE (receiving_agency_code, book_year, book_no);

UPDATE dossiers d SET book_year = x.year, book_no = x.no
FROM (
  SELECT a.dossier_id,
         extract(year FROM a.at + interval '7 hours')::integer AS year,
         row_number() OVER (
           PARTITION BY d2.receiving_agency_code, extract(year FROM a.at + interval '7 hours')
           ORDER BY a.recorded_at, a.seq, a.dossier_id
         ) AS no
  FROM dossier_actions a JOIN dossiers d2 ON d2.id = a.dossier_id
  WHERE a.action = 'receive'
) x
WHERE x.dossier_id = d.id;

INSERT INTO slip_sequences (agency_code, year, form, last_value)
SELECT receiving_agency_code, book_year, '07', max(book_no) FROM dossiers
WHERE book_no IS NOT NULL GROUP BY receiving_agency_code, book_year
ON CONFLICT (agency_code, year, form) DO UPDATE SET last_value = GREATEST(slip_sequences.last_value, EXCLUDED.last_value);
