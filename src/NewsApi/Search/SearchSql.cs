namespace NewsApi.Search;

internal static class SearchSql
{
    // Ranks first (bm25 only, cheap); highlights are computed for the page's rows alone. Title hits weigh 5x body hits.
    // The cursor is (score, type, id) of the last hit.
    public const string Ranked = """
        WITH hits AS (
            SELECT 0 AS TypeOrder, f.rowid AS Id, f.rowid AS ArticleId, bm25(articles_fts, 5.0, 1.0) AS Score
            FROM articles_fts f WHERE articles_fts MATCH @Q AND @Articles
            UNION ALL
            SELECT 1, f.rowid, q.article_id, bm25(quotes_fts)
            FROM quotes_fts f JOIN quotes q ON q.id = f.rowid WHERE quotes_fts MATCH @Q AND @Quotes
        )
        SELECT h.TypeOrder, h.Id, h.ArticleId, h.Score, a.title AS Title, a.published_at AS PublishedAt,
               q.text AS QuoteText, q.start_offset AS QuoteStart, q.speaker_name AS Speaker
        FROM hits h
        JOIN articles a ON a.id = h.ArticleId
        LEFT JOIN quotes q ON h.TypeOrder = 1 AND q.id = h.Id
        WHERE @AfterScore IS NULL OR (h.Score, h.TypeOrder, h.Id) > (@AfterScore, @AfterType, @AfterId)
        ORDER BY h.Score, h.TypeOrder, h.Id
        LIMIT @Take
        """;

    public const string ArticleHighlights = """
        SELECT f.rowid AS Id, highlight(articles_fts, 0, char(1), char(2)) AS Title,
               highlight(articles_fts, 1, char(1), char(2)) AS Body
        FROM articles_fts f WHERE articles_fts MATCH @Q AND f.rowid IN @Ids
        """;

    public const string QuoteHighlights = """
        SELECT f.rowid AS Id, highlight(quotes_fts, 0, char(1), char(2)) AS Text
        FROM quotes_fts f WHERE quotes_fts MATCH @Q AND f.rowid IN @Ids
        """;

    public const string ArticleBodies = "SELECT id AS Id, body AS Body FROM articles WHERE id IN @Ids";
}
