-- Published articles are searched in each replica's memory (ArticleSearchIndex), fed from article.updated_at;
-- the database's text-search columns are no longer written or read.
DROP INDEX IF EXISTS article_search;
ALTER TABLE article DROP COLUMN IF EXISTS search_vector, DROP COLUMN IF EXISTS search_text;
CREATE INDEX article_updated ON article (updated_at);
-- A new draft's slug is chosen among those made from its title ("slug LIKE 'base-%'"): a prefix lookup,
-- which the unique index serves only under the C collation; without this every ingestion scanned the table.
CREATE INDEX article_slug_prefix ON article (slug text_pattern_ops);
