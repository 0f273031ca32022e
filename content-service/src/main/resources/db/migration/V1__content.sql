-- What content-service knows of the exercise catalog, built from the exercise-catalog topic.
CREATE TABLE catalog_exercise (
    slug            text PRIMARY KEY,
    name            text        NOT NULL,
    aliases         jsonb       NOT NULL,
    primary_muscles jsonb       NOT NULL,
    avoid_for       jsonb       NOT NULL,
    level           text        NOT NULL,
    status          text        NOT NULL,
    version         integer     NOT NULL,
    updated_at      timestamptz NOT NULL
);

-- Articles: columns to query by, and the full state as a document.
CREATE TABLE article (
    id            uuid PRIMARY KEY,
    slug          text        NOT NULL UNIQUE,
    locale        text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('draft', 'in-review', 'scheduled', 'published', 'archived')),
    version       integer     NOT NULL CHECK (version >= 1),
    title         text        NOT NULL,
    document      jsonb       NOT NULL,
    publish_at    timestamptz,
    published_at  timestamptz,
    search_text   text,
    search_vector tsvector,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX article_search ON article USING gin (search_vector);
CREATE INDEX article_due ON article (publish_at) WHERE status = 'scheduled';

-- Every saved version of every article (list, fetch, restore).
CREATE TABLE article_revision (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id uuid        NOT NULL REFERENCES article (id),
    version    integer     NOT NULL,
    status     text        NOT NULL,
    document   jsonb       NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text        NOT NULL,
    UNIQUE (article_id, version)
);
