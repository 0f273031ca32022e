-- Trigram similarity makes search tolerant to typos ("dedbug"); a trusted extension since PostgreSQL 13.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One row per exercise: a few columns to query by, and the full public state as a document.
CREATE TABLE exercise (
    slug          text PRIMARY KEY,
    status        text        NOT NULL CHECK (status IN ('active', 'retired')),
    version       integer     NOT NULL CHECK (version >= 1),
    document      jsonb       NOT NULL,
    search_text   text        NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', search_text)) STORED,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX exercise_search_vector ON exercise USING gin (search_vector);
CREATE INDEX exercise_search_trigram ON exercise USING gin (search_text gin_trgm_ops);

-- Every version of every exercise, so retiring or editing never loses history.
CREATE TABLE exercise_revision (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug       text        NOT NULL,
    version    integer     NOT NULL,
    document   jsonb       NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text        NOT NULL,
    UNIQUE (slug, version)
);

-- Bumped by every change in the same transaction: replicas compare it to know their cache is stale.
CREATE TABLE catalog_revision (
    id       integer PRIMARY KEY CHECK (id = 1),
    revision bigint  NOT NULL
);
INSERT INTO catalog_revision (id, revision) VALUES (1, 0);
