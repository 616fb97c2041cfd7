-- Each article's JSON document exactly as GET /articles/{id} answers it, with its ETag (see the SQLite migration of
-- the same number): bytea keeps the bytes as served (jsonb would reformat them). Stored out of line uncompressed, so a
-- read is a copy, not a decompression. Empty after the migration: DatabaseInitializer builds the missing documents.
CREATE TABLE article_documents (
    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    json       bytea  NOT NULL,
    etag       text   NOT NULL
);
ALTER TABLE article_documents ALTER COLUMN json SET STORAGE EXTERNAL;

CREATE TRIGGER data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON article_documents FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
