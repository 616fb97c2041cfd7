using System.Data.Common;
using Dapper;
using NewsApi.Data;

namespace NewsApi.Articles;

/// <summary>
/// The counts article lists show per article (table <c>article_stats</c>, migration 0011), stored with the article's
/// document from the same six-table read, so a listed row is read, not counted: counting ~80 mentions per listed
/// article was most of an uncached page's cost.
/// </summary>
internal static class ArticleStats
{
    /// <summary>Stores the counts of <paramref name="articles"/> as the transaction sees them (their documents' entities and quotes).</summary>
    public static Task UpsertAsync(DbConnection connection, DbTransaction tx, SqlDialect sql, IReadOnlyList<Article> articles, CancellationToken ct) =>
        articles.Count == 0 ? Task.CompletedTask : sql.Provider == DatabaseProvider.Postgres
            // all rows in one statement: one round trip
            ? connection.ExecuteAsync(new CommandDefinition(StatsSql.UpsertMany, new
            {
                ArticleIds = articles.Select(a => a.Id).ToArray(),
                EntityCounts = articles.Select(a => (long)a.Entities.Count).ToArray(),
                QuoteCounts = articles.Select(a => (long)a.Quotes.Count).ToArray(),
            }, tx, cancellationToken: ct))
            : connection.ExecuteAsync(new CommandDefinition(StatsSql.Upsert,
                articles.Select(a => new { ArticleId = a.Id, EntityCount = a.Entities.Count, QuoteCount = a.Quotes.Count }), tx, cancellationToken: ct));

    static class StatsSql
    {
        public const string Upsert = """
            INSERT INTO article_stats (article_id, entity_count, quote_count) VALUES (@ArticleId, @EntityCount, @QuoteCount)
            ON CONFLICT (article_id) DO UPDATE SET entity_count = excluded.entity_count, quote_count = excluded.quote_count
            """;

        public const string UpsertMany = """
            INSERT INTO article_stats (article_id, entity_count, quote_count)
            SELECT * FROM unnest(@ArticleIds, @EntityCounts, @QuoteCounts)
            ON CONFLICT (article_id) DO UPDATE SET entity_count = excluded.entity_count, quote_count = excluded.quote_count
            """;
    }
}
