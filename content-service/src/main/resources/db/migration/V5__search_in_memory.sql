-- Published articles are searched in each replica's memory (ArticleSearchIndex), fed from article.updated_at;
-- the database's text-search columns are no longer written or read.
DROP INDEX IF EXISTS article_search;
ALTER TABLE article DROP COLUMN IF EXISTS search_vector, DROP COLUMN IF EXISTS search_text;
CREATE INDEX article_updated ON article (updated_at);
