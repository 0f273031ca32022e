-- The catalog's vocabularies as exercise-service last published them (one row): which muscles, groups and
-- conditions exist, so articles are tagged only with terms the catalog defines.
CREATE TABLE catalog_vocabulary (
    id         smallint    PRIMARY KEY CHECK (id = 1),
    document   jsonb       NOT NULL,
    updated_at timestamptz NOT NULL
);
