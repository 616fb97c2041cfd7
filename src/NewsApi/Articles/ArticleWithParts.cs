using System.Data.Common;
using Dapper;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Quotes;

namespace NewsApi.Articles;

/// <summary>
/// An article with its paragraphs, entities and quotes in one round trip: one batch of statements, and the one
/// method that reads its result sets, in the order the batch lists them.
/// </summary>
internal static class ArticleWithParts
{
    // Every statement returns a result set, empty parts when there is no such article.
    static readonly DialectSql Sql = new(sql => $"""
        {ArticleSql.ById};
        {ArticleSql.Paragraphs};
        {EntitySql.ForArticle.For(sql)};
        {EntitySql.MentionsInArticle};
        {QuoteSql.ForArticle};
        """);

    // Many articles at once (the writer's documents): the same five reads over a list of ids, each ordered by article
    // first and then exactly as the single read orders it, so each article comes out as ReadAsync builds it.
    static readonly DialectSql ManySql = new(sql => $"""
        {ArticleSql.ById.Replace("WHERE id = @ArticleId", $"WHERE {sql.InList("id", "@ArticleIds")}", StringComparison.Ordinal)};
        SELECT article_id AS ArticleId, idx AS "Index", start_offset AS Start, end_offset AS "End"
        FROM paragraphs WHERE {sql.InList("article_id", "@ArticleIds")} ORDER BY article_id, idx;
        SELECT m.article_id AS ArticleId, e.id AS Id, e.name AS Name, e.type AS Type, e.wikidata_id AS WikidataId, a.alias AS Alias,
               e.latitude AS Latitude, e.longitude AS Longitude
        FROM (SELECT DISTINCT article_id, entity_id FROM mentions WHERE {sql.InList("article_id", "@ArticleIds")}) m
        JOIN entities e ON e.id = m.entity_id LEFT JOIN entity_aliases a ON a.entity_id = e.id
        ORDER BY m.article_id, e.id, {sql.IgnoringCase("a.alias")};
        SELECT article_id AS ArticleId, entity_id AS EntityId, field AS Field, start_offset AS Start, end_offset AS "End", text AS Text
        FROM mentions WHERE {sql.InList("article_id", "@ArticleIds")}
        ORDER BY article_id, entity_id, field DESC, start_offset;
        {QuoteSql.ForArticle.Replace("WHERE q.article_id = @ArticleId", $"WHERE {sql.InList("q.article_id", "@ArticleIds")}", StringComparison.Ordinal)
            .Replace("ORDER BY q.start_offset", "ORDER BY q.article_id, q.start_offset", StringComparison.Ordinal)};
        """);

    /// <summary>The articles of <paramref name="ids"/> that exist, each as <see cref="ReadAsync"/> reads it, in one round trip.</summary>
    public static async Task<IReadOnlyList<Article>> ReadManyAsync(DbConnection connection, SqlDialect dialect, IReadOnlyCollection<long> ids,
        DbTransaction transaction, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(ManySql.For(dialect), new { ArticleIds = ids.ToArray() }, transaction, cancellationToken: ct));
        var articles = await results.ReadAsync<Article>();
        var paragraphs = (await results.ReadAsync<ParagraphRow>()).ToLookup(p => p.ArticleId, p => new Paragraph(p.Index, p.Start, p.End));
        // Dapper maps two types per row synchronously only; the rows are those of a result set already being read
        var entities = (results.Read<ArticleKey, EntityStore.ArticleEntityRow, (long ArticleId, EntityStore.ArticleEntityRow Row)>(
            (key, row) => (key.ArticleId, row), splitOn: "Id")).ToLookup(e => e.ArticleId, e => e.Row);
        var mentions = (results.Read<ArticleKey, EntityStore.MentionRow, (long ArticleId, EntityStore.MentionRow Row)>(
            (key, row) => (key.ArticleId, row), splitOn: "EntityId")).ToLookup(m => m.ArticleId, m => m.Row);
        var quotes = (await results.ReadAsync<QuoteStore.QuoteRow>()).ToLookup(q => q.ArticleId);
        return [.. articles.Select(article => article with
        {
            Paragraphs = [.. paragraphs[article.Id]],
            Entities = EntityStore.ArticleEntities(entities[article.Id], mentions[article.Id]),
            Quotes = [.. quotes[article.Id].Select(q => q.ToQuote())],
        })];
    }

    sealed record ArticleKey
    {
        public long ArticleId { get; init; }
    }

    sealed record ParagraphRow
    {
        public long ArticleId { get; init; }
        public long Index { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
    }

    // transaction: the write transaction to read in (the writer builds an article's document from what it wrote)
    public static async Task<Article?> ReadAsync(DbConnection connection, SqlDialect dialect, long id, CancellationToken ct, DbTransaction? transaction = null)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql.For(dialect), new { ArticleId = id }, transaction, cancellationToken: ct));
        var article = await results.ReadSingleOrDefaultAsync<Article>();
        var paragraphs = await results.ReadAsync<Paragraph>();
        var entities = await results.ReadAsync<EntityStore.ArticleEntityRow>();
        var mentions = await results.ReadAsync<EntityStore.MentionRow>();
        var quotes = await results.ReadAsync<QuoteStore.QuoteRow>();
        return article is null ? null : article with
        {
            Paragraphs = [.. paragraphs],
            Entities = EntityStore.ArticleEntities(entities, mentions),
            Quotes = [.. quotes.Select(q => q.ToQuote())],
        };
    }
}
