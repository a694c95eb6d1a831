-- The applicant cannot travel (a person with a disability, the elderly, the sick): the result is taken to
-- them, by appointment. {"reason": "disability" | "elderly" | "illness" | "other", "note"?: text}
ALTER TABLE dossiers ADD COLUMN home_service jsonb;
