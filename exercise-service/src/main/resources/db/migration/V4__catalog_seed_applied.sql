-- The seed catalog files start-ups have applied, by digest (CatalogSeed): a start whose seed file is one already
-- applied leaves the catalog alone, instead of comparing every seed exercise with what is stored, and an editor's
-- later change to a seed exercise stays until a release changes the file.
CREATE TABLE catalog_seed_applied (
    digest     text        PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);
