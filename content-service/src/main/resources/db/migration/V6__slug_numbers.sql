-- The last number each slug base (a title's slug) has handed out to a new article, so the next draft with the
-- same title takes its slug in one row however many share that title; before, every slug made from the base was
-- read and compared on each ingestion. The row is also the lock that serialises drafts taking the same base.
-- A base is counted from its first use after this migration; numbers its articles already had are skipped then.
CREATE TABLE article_slug_number (
    base text    PRIMARY KEY,
    last integer NOT NULL CHECK (last >= 1)
);
