using NewsApi.Articles;
using NewsApi.Data;

namespace NewsApi.Tests.Articles;

/// <summary>The read queries of issue #6 keep their plans: index seeks, not scans, whatever the corpus size.</summary>
public sealed class ArticleQueryPlanTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    static readonly object AnyFilterAfterCursor = new
    {
        Source = (string?)null, From = (string?)null, To = (string?)null, Entities = Array.Empty<long>(), EntityCount = 0,
        Speaker = (long?)null, Q = (string?)null, AfterKey = "2016-08-17T00:00:00Z", AfterId = 1L, Take = 21,
    };

    async Task<string> PlanAsync(string sql, object parameters) =>
        string.Join("\n", await QueryPlans.ExplainAsync(factory, sql, parameters));

    [Theory]
    [InlineData(ArticleSort.Newest)]
    [InlineData(ArticleSort.Oldest)]
    public async Task ListPageAfterCursor_SeeksToTheCursorInTheDateIndex(ArticleSort sort)
    {
        var sql = sort == ArticleSort.Newest ? ArticleSql.ListNewestAfter : ArticleSql.ListOldestAfter;

        var plan = await PlanAsync(sql.For(SqlDialect.Sqlite), AnyFilterAfterCursor);

        Assert.Contains("ix_articles_published (published_at", plan);
        Assert.DoesNotContain("SCAN a USING", plan);
    }

    [Fact]
    public async Task ListPage_CountsEntitiesFromTheMentionsIndexAlone()
    {
        var plan = await PlanAsync(ArticleSql.ListNewest.For(SqlDialect.Sqlite), AnyFilterAfterCursor);

        Assert.Contains("SEARCH m USING COVERING INDEX ix_mentions_article_entity (article_id=?)", plan);
    }

    [Fact]
    public async Task ArticleEntities_ComeFromTheMentionsIndexAlone()
    {
        var plan = await PlanAsync(NewsApi.Entities.EntitySql.ForArticle.For(SqlDialect.Sqlite), new { ArticleId = 1L });

        Assert.Contains("SEARCH mentions USING COVERING INDEX ix_mentions_article_entity (article_id=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }
}
