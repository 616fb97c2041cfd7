-- Each article's JSON document exactly as GET /articles/{id} answers it (UTF-8, the service's JSON options), with its
-- ETag, so that an uncached read is one row and no serialisation. ArticleWriter writes it in the same transaction as
-- the article, and refreshes it when another article's write changes an entity it shows (name, type, aliases,
-- Wikidata id, coordinates). A table of its own rather than a column of articles: lists and facets read articles rows
-- and stay as small, and a missing row simply means "not built": the reader then builds the answer from the six
-- tables as before. This migration cannot serialise, so it leaves the table empty; DatabaseInitializer builds the
-- documents of every article that has none before the app takes requests. A write outside NewsApi (a database shell)
-- must delete the documents of the articles it changes: they are then built from the six tables until rebuilt.
CREATE TABLE article_documents (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    json       BLOB NOT NULL,
    etag       TEXT NOT NULL
);
