-- Each article's entity and quote counts as article lists show them (see the SQLite migration of the same number):
-- a table of its own, as an UPDATE of articles would recompute its generated tsvector.
CREATE TABLE article_stats (
    article_id   bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    entity_count bigint NOT NULL CHECK (entity_count >= 0),
    quote_count  bigint NOT NULL CHECK (quote_count >= 0)
);

INSERT INTO article_stats (article_id, entity_count, quote_count)
SELECT a.id,
       (SELECT COUNT(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.id),
       (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id)
FROM articles a;

CREATE TRIGGER data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON article_stats FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
