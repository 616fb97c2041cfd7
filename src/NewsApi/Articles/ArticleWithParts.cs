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
