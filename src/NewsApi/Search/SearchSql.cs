namespace NewsApi.Search;

internal static class SearchSql
{
    // Each index is ranked on its own, with no join, so FTS5 only computes bm25 and sorts (a join or a UNION
    // around it made SQLite materialise every match first: ~100 ms instead of ~9 ms for a word in 10k articles).
    // The two ranked lists are merged in code; the keyset cursor is (score, type, id) of the last hit, with type
    // 0 = article, 1 = quote. Title hits weigh 5x body hits.
    public const string RankArticles = """
        SELECT 0 AS TypeOrder, h.Id, h.Score FROM (
            SELECT rowid AS Id, bm25(articles_fts, 5.0, 1.0) AS Score FROM articles_fts WHERE articles_fts MATCH @Q) h
        WHERE @AfterScore IS NULL OR h.Score > @AfterScore
           OR (h.Score = @AfterScore AND (0 > @AfterType OR (0 = @AfterType AND h.Id > @AfterId)))
        ORDER BY h.Score, h.Id
        LIMIT @Take
        """;

    public const string RankQuotes = """
        SELECT 1 AS TypeOrder, h.Id, h.Score FROM (
            SELECT rowid AS Id, bm25(quotes_fts) AS Score FROM quotes_fts WHERE quotes_fts MATCH @Q) h
        WHERE @AfterScore IS NULL OR h.Score > @AfterScore
           OR (h.Score = @AfterScore AND (1 > @AfterType OR (1 = @AfterType AND h.Id > @AfterId)))
        ORDER BY h.Score, h.Id
        LIMIT @Take
        """;

    public const string ArticleDetails = """
        SELECT id AS Id, id AS ArticleId, title AS Title, published_at AS PublishedAt, body AS Body
        FROM articles WHERE id IN @Ids
        """;

    public const string QuoteDetails = """
        SELECT q.id AS Id, q.article_id AS ArticleId, a.title AS Title, a.published_at AS PublishedAt,
               q.text AS QuoteText, q.start_offset AS QuoteStart, q.speaker_name AS Speaker, q.speaker_start AS SpeakerStart
        FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id IN @Ids
        """;

    // The unary + keeps the id list away from FTS5, so the query is matched once and the ids filter its rows (and
    // only theirs are highlighted). Given `rowid IN`, SQLite runs the whole MATCH again for every id: cheap for a word,
    // but a prefix (minist*) merges all its terms' postings each time, ~50 ms for 20 ids in 10k articles.
    public const string ArticleHighlights = """
        SELECT f.rowid AS Id, highlight(articles_fts, 0, char(1), char(2)) AS Title,
               highlight(articles_fts, 1, char(1), char(2)) AS Body
        FROM articles_fts f WHERE articles_fts MATCH @Q AND +f.rowid IN @Ids
        """;

    public const string QuoteHighlights = """
        SELECT f.rowid AS Id, highlight(quotes_fts, 0, char(1), char(2)) AS Text,
               highlight(quotes_fts, 1, char(1), char(2)) AS Speaker
        FROM quotes_fts f WHERE quotes_fts MATCH @Q AND +f.rowid IN @Ids
        """;
}
