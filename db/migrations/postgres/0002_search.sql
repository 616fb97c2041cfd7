-- Full-text search over article title and body and over quote text: a tsvector column per table, generated from the
-- row (so it cannot disagree with it), with a GIN index. The title is weighted A and the body B, so ranking puts a
-- title above a body and a query can keep to one field (`syria:A` is `title:syria`).
-- The `newsapi` configuration reads words as SQLite's unicode61 tokenizer with diacritics removed does: "Hamedan"
-- finds "Hamédan"; no stemming and no stop words (the `simple` dictionary), so matches are on whole words and
-- prefixes, as written. Queries name the same configuration: to_tsquery('newsapi', …).

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION newsapi (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION newsapi
    ALTER MAPPING FOR word, numword, hword, numhword, hword_part, hword_numpart WITH unaccent, simple;

ALTER TABLE articles ADD COLUMN search tsvector NOT NULL GENERATED ALWAYS AS (
    setweight(to_tsvector('newsapi', title), 'A') || setweight(to_tsvector('newsapi', body), 'B')) STORED;

CREATE INDEX ix_articles_search ON articles USING gin (search);

ALTER TABLE quotes ADD COLUMN search tsvector NOT NULL GENERATED ALWAYS AS (
    setweight(to_tsvector('newsapi', text), 'A')) STORED;

CREATE INDEX ix_quotes_search ON quotes USING gin (search);
