-- Whether editors curated the exercise (true) or it was imported from a public data set: a curated
-- exercise wins a name it shares with an imported one. Rows from events before origins existed: curated.
ALTER TABLE catalog_exercise ADD COLUMN curated boolean NOT NULL DEFAULT true;
