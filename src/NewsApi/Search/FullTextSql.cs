using NewsApi.Data;

namespace NewsApi.Search;

/// <summary>
/// How the configured provider's full-text indexes are asked: the rendering of a <see cref="SearchExpression"/> into
/// the text bound to a statement's query parameter, and the SQL fragments the article and quote lists filter and rank
/// with, so those lists are written once for both providers. SQLite: FTS5 tables (<see cref="Fts5Query"/>);
/// PostgreSQL: <c>tsvector</c> columns queried with <c>to_tsquery</c>.
/// </summary>
public abstract class FullTextSql
{
    public static FullTextSql Sqlite { get; } = new SqliteFullText();

    public static FullTextSql For(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? PostgresFullText.Instance : Sqlite;

    /// <summary>The query text for <paramref name="index"/>, or null when the query can match nothing there.</summary>
    public abstract string? Render(SearchExpression query, SearchIndex index);

    /// <summary>
    /// The query text for a list that searches only <paramref name="index"/>, whose query was validated against its
    /// columns: one that could match nothing there must not silently become "no filter".
    /// </summary>
    public string Match(SearchExpression query, SearchIndex index) =>
        Render(query, index) ?? throw new ArgumentException($"The query names no column of the {index.Name} index; validate it against the index first.", nameof(query));

    /// <summary>A SELECT of one column, the ids of the articles matching the rendered query in <paramref name="parameter"/>.</summary>
    public abstract string ArticleIdsMatching(string parameter);

    /// <summary>A SELECT of one column, the ids of the quotes matching the rendered query in <paramref name="parameter"/>.</summary>
    public abstract string QuoteIdsMatching(string parameter);

    /// <summary>
    /// A SELECT of <c>id</c> and <c>rank</c> for every article matching the rendered query in
    /// <paramref name="parameter"/>: the lower the rank, the more relevant (title hits weigh more than body hits).
    /// </summary>
    public abstract string ArticleRanks(string parameter);

    /// <summary>
    /// A SELECT of <c>id</c> and <c>rank</c> for every quote matching the rendered query in <paramref name="parameter"/>:
    /// the lower the rank, the more relevant (a quote's words and its speaker weigh the same).
    /// </summary>
    public abstract string QuoteRanks(string parameter);

    /// <summary>
    /// As <see cref="ArticleRanks"/>, for only the newest (highest id) <paramref name="cap"/> matching articles: the
    /// engine walks its index from the newest match and stops at the cap, ranking no other row (the ranks still use
    /// the statistics of the whole index, so a candidate scores as it would in the full ranking).
    /// </summary>
    public abstract string NewestArticleRanks(string parameter, string cap);

    /// <summary>As <see cref="QuoteRanks"/>, for only the newest <paramref name="cap"/> matching quotes (<see cref="NewestArticleRanks"/>).</summary>
    public abstract string NewestQuoteRanks(string parameter, string cap);

    /// <summary>
    /// Whether the index marks its hits in SQL (FTS5's <c>highlight()</c>, the statements of <see cref="SearchSql"/>);
    /// otherwise the hits are found in code (<see cref="TextMarks"/>).
    /// </summary>
    public abstract bool HighlightsInSql { get; }

    sealed class SqliteFullText : FullTextSql
    {
        public override bool HighlightsInSql => true;

        public override string? Render(SearchExpression query, SearchIndex index) => Fts5Query.For(query, index);

        public override string ArticleIdsMatching(string parameter) => $"SELECT rowid FROM articles_fts WHERE articles_fts MATCH {parameter}";

        public override string QuoteIdsMatching(string parameter) => $"SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH {parameter}";

        // bm25 is lower for better matches; title hits weigh 5x
        public override string ArticleRanks(string parameter) =>
            $"SELECT rowid AS id, bm25(articles_fts, 5.0, 1.0) AS rank FROM articles_fts WHERE articles_fts MATCH {parameter}";

        public override string QuoteRanks(string parameter) =>
            $"SELECT rowid AS id, bm25(quotes_fts) AS rank FROM quotes_fts WHERE quotes_fts MATCH {parameter}";

        // FTS5 takes ORDER BY rowid DESC itself (no sort: it reads each doclist backwards) and computes bm25 only
        // for the rows it returns, so LIMIT stops both the walk and the ranking
        public override string NewestArticleRanks(string parameter, string cap) => $"{ArticleRanks(parameter)} ORDER BY rowid DESC LIMIT {cap}";

        public override string NewestQuoteRanks(string parameter, string cap) => $"{QuoteRanks(parameter)} ORDER BY rowid DESC LIMIT {cap}";
    }
}
