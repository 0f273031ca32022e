-- Search runs in memory on each replica's catalog snapshot (ExerciseSearch) since this release, so nothing
-- writes search_text any more and nothing reads the two indexes over it. The columns stay for one release:
-- a replica of the release before, still running during a rolling update, writes search_text and may search.
-- The release after this one drops them.
ALTER TABLE exercise ALTER COLUMN search_text DROP NOT NULL;
DROP INDEX exercise_search_vector;
DROP INDEX exercise_search_trigram;
