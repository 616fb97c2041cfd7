-- Each article's entity and quote counts, as article lists show them (entityCount: distinct entities mentioned in
-- title or body; quoteCount: its quotes). Counting them per listed row read ~80 mentions per article: ~45 µs a row,
-- most of an uncached page of 20. A narrow table of its own rather than columns of articles: an UPDATE of articles
-- would recompute PostgreSQL's generated full-text column, and beside article_documents' JSON the
-- counts would sit behind the document's overflow pages. ArticleWriter writes them with the article's document, in the
-- same transaction (so they change whenever what the document shows changes: a merge of two entities an article
-- mentions lowers its count). Backfilled here; a missing row is counted from mentions and quotes when listed. A write
-- outside NewsApi (a database shell) that changes an article's mentions or quotes must delete its row here (and its
-- document: see 0010).
CREATE TABLE article_stats (
    article_id   INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    entity_count INTEGER NOT NULL CHECK (entity_count >= 0),
    quote_count  INTEGER NOT NULL CHECK (quote_count >= 0)
);

INSERT INTO article_stats (article_id, entity_count, quote_count)
SELECT a.id,
       (SELECT COUNT(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.id),
       (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id)
FROM articles a;
