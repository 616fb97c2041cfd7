using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Articles;

namespace NewsApi.Tests.Articles;

/// <summary>The read queries of issue #6 keep their plans: index seeks, not scans, whatever the corpus size.</summary>
public sealed class ArticleQueryPlanTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    static readonly object AnyFilterAfterCursor = new
    {
        Source = (string?)null, From = (string?)null, To = (string?)null, Entities = Array.Empty<long>(), EntityCount = 0,
        Speaker = (long?)null, Q = (string?)null, AfterKey = "2016-08-17T00:00:00Z", AfterId = 1L, Take = 21,
    };

    async Task<string> PlanAsync(string sql, object parameters)
    {
        _ = factory.Server; // the app migrates the database on start
        await using var connection = new SqliteConnection(factory.ConnectionString);
        var rows = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>($"EXPLAIN QUERY PLAN {sql}", parameters);
        return string.Join("\n", rows.Select(r => r.Detail));
    }

    [Theory]
    [InlineData(ArticleSql.ListNewestAfter)]
    [InlineData(ArticleSql.ListOldestAfter)]
    public async Task ListPageAfterCursor_SeeksToTheCursorInTheDateIndex(string sql)
    {
        var plan = await PlanAsync(sql, AnyFilterAfterCursor);

        Assert.Contains("ix_articles_published (published_at", plan);
        Assert.DoesNotContain("SCAN a USING", plan);
    }

    [Fact]
    public async Task ListPage_CountsEntitiesFromTheMentionsIndexAlone()
    {
        var plan = await PlanAsync(ArticleSql.ListNewest, AnyFilterAfterCursor);

        Assert.Contains("SEARCH m USING COVERING INDEX ix_mentions_article_entity (article_id=?)", plan);
    }

    [Fact]
    public async Task ArticleEntities_ComeFromTheMentionsIndexAlone()
    {
        var plan = await PlanAsync(NewsApi.Entities.EntitySql.ForArticle, new { ArticleId = 1L });

        Assert.Contains("SEARCH mentions USING COVERING INDEX ix_mentions_article_entity (article_id=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }
}
