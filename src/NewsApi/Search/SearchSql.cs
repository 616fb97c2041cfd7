namespace NewsApi.Search;

/// <summary>The statements of <see cref="SearchStore"/>, written once and built for each provider's <see cref="FullTextSql"/>.</summary>
internal sealed class SearchSql
{
    static readonly SearchSql Sqlite = new(FullTextSql.Sqlite, Data.SqlDialect.Sqlite);
    static readonly SearchSql Postgres = new(PostgresFullText.Instance, Data.SqlDialect.Postgres);

    public static SearchSql For(FullTextSql fullText) => fullText == FullTextSql.Sqlite ? Sqlite : Postgres;

    SearchSql(FullTextSql fullText, Data.SqlDialect sql)
    {
        RankArticles = Rank(0, fullText.ArticleRanks("@Q"));
        RankQuotes = Rank(1, fullText.QuoteRanks("@Q"));
        RankNewestArticles = Rank(0, fullText.NewestArticleRanks("@Q", "@Cap"));
        RankNewestQuotes = Rank(1, fullText.NewestQuoteRanks("@Q", "@Cap"));
        ArticleDetails = $"""
            SELECT id AS Id, id AS ArticleId, title AS Title, published_at AS PublishedAt, body AS Body
            FROM articles WHERE {sql.InList("id", "@Ids")}
            """;
        QuoteDetails = $"""
            SELECT q.id AS Id, q.article_id AS ArticleId, a.title AS Title, a.published_at AS PublishedAt,
                   q.text AS QuoteText, q.start_offset AS QuoteStart, q.speaker_name AS Speaker, q.speaker_start AS SpeakerStart
            FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {sql.InList("q.id", "@Ids")}
            """;
    }

    // Each index is ranked on its own, with no join, so FTS5 only computes bm25 and sorts (a join or a UNION
    // around it made SQLite materialise every match first: ~100 ms instead of ~9 ms for a word in 10k articles).
    // The two ranked lists are merged in code; the keyset cursor is (score, type, id) of the last hit, with type
    // 0 = article, 1 = quote. Lower ranks are better on both providers; among equal ranks (common: a short quote
    // with the word once scores as every other such quote) the newest comes first, which is also what a capped
    // ranking of the newest matches keeps, so a cap changes the page only where the score does.
    static string Rank(int type, string ranks) => $"""
        SELECT {type} AS TypeOrder, h.id AS Id, h.rank AS Score FROM (
            {ranks}) h
        WHERE @AfterScore IS NULL OR h.rank > @AfterScore
           OR (h.rank = @AfterScore AND ({type} > @AfterType OR ({type} = @AfterType AND h.id < @AfterId)))
        ORDER BY h.rank, h.id DESC
        LIMIT @Take
        """;

    public string RankArticles { get; }

    public string RankQuotes { get; }

    // The same, over only the newest @Cap matches of the index (SearchOptions.RankCandidates): the keyset applies
    // within those candidates, so paging a capped search visits each of them once.
    public string RankNewestArticles { get; }

    public string RankNewestQuotes { get; }

    public string ArticleDetails { get; }

    public string QuoteDetails { get; }

    // SQLite only (FullTextSql.HighlightsInSql): FTS5 marks the hits itself.
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
