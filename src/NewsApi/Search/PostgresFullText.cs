namespace NewsApi.Search;

/// <summary>
/// PostgreSQL's full-text fragments: the <c>search</c> tsvector columns of migrations 0002 and 0005, queried with
/// <c>to_tsquery('newsapi', …)</c> (<see cref="TsQuery"/>). The rank is <c>ts_rank_cd</c> (cover density: how many
/// matches and how close together), negated so that lower is better as with SQLite's bm25, and widened to
/// <c>double precision</c> so that a score round-trips exactly through a cursor (a <c>real</c> compared with a
/// double parameter would be widened anyway, but only in SQL). Title hits (weight A) count five times body hits
/// (B); a quote's words (A) and its speaker (B) count the same, as in SQLite's bm25.
/// </summary>
internal sealed class PostgresFullText : FullTextSql
{
    public static PostgresFullText Instance { get; } = new();

    // ts_rank_cd's weights are {D, C, B, A}
    const string ArticleWeights = "'{0, 0, 0.2, 1.0}'::real[]";
    const string QuoteWeights = "'{0, 0, 1.0, 1.0}'::real[]";

    public override bool HighlightsInSql => false;

    public override string? Render(SearchExpression query, SearchIndex index) => TsQuery.For(query, index);

    public override string ArticleIdsMatching(string parameter) =>
        $"SELECT id FROM articles WHERE search @@ to_tsquery('newsapi', {parameter})";

    public override string QuoteIdsMatching(string parameter) =>
        $"SELECT id FROM quotes WHERE search @@ to_tsquery('newsapi', {parameter})";

    public override string ArticleRanks(string parameter) =>
        $"SELECT id, (-ts_rank_cd({ArticleWeights}, search, to_tsquery('newsapi', {parameter})))::float8 AS rank FROM articles WHERE search @@ to_tsquery('newsapi', {parameter})";

    public override string QuoteRanks(string parameter) =>
        $"SELECT id, (-ts_rank_cd({QuoteWeights}, search, to_tsquery('newsapi', {parameter})))::float8 AS rank FROM quotes WHERE search @@ to_tsquery('newsapi', {parameter})";

    // the rank is computed outside the LIMIT subquery (which PostgreSQL never flattens), so only the candidates are ranked
    public override string NewestArticleRanks(string parameter, string cap) =>
        $"SELECT c.id, (-ts_rank_cd({ArticleWeights}, c.search, to_tsquery('newsapi', {parameter})))::float8 AS rank FROM (SELECT id, search FROM articles WHERE search @@ to_tsquery('newsapi', {parameter}) ORDER BY id DESC LIMIT {cap}) c";

    public override string NewestQuoteRanks(string parameter, string cap) =>
        $"SELECT c.id, (-ts_rank_cd({QuoteWeights}, c.search, to_tsquery('newsapi', {parameter})))::float8 AS rank FROM (SELECT id, search FROM quotes WHERE search @@ to_tsquery('newsapi', {parameter}) ORDER BY id DESC LIMIT {cap}) c";
}
