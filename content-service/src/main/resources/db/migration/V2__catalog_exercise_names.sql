-- Exercise names per language (ISO 639-1 code -> name then aliases), for linking articles in that language.
ALTER TABLE catalog_exercise ADD COLUMN names jsonb NOT NULL DEFAULT '{}'::jsonb;
