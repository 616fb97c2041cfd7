namespace NewsApi.Search;

/// <summary>PostgreSQL's full-text fragments: the <c>search</c> tsvector columns of migration 0002/0005.</summary>
internal sealed class PostgresFullText : FullTextSql
{
    public static PostgresFullText Instance { get; } = new();

    public override string? Render(SearchExpression query, SearchIndex index) =>
        throw new NotSupportedException("PostgreSQL full-text search is not rendered yet.");

    public override string ArticleIdsMatching(string parameter) =>
        $"SELECT id FROM articles WHERE search @@ to_tsquery('newsapi', {parameter})";

    public override string QuoteIdsMatching(string parameter) =>
        $"SELECT id FROM quotes WHERE search @@ to_tsquery('newsapi', {parameter})";

    public override string ArticleRanks(string parameter) =>
        $"SELECT id, -ts_rank_cd(search, to_tsquery('newsapi', {parameter})) AS rank FROM articles WHERE search @@ to_tsquery('newsapi', {parameter})";
}
