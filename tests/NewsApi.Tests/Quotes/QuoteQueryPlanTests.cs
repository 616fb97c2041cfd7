using NewsApi.Data;
using NewsApi.Quotes;

namespace NewsApi.Tests.Quotes;

/// <summary>
/// A speaker's quotes are found through the speaker index, not by walking every quote (issue #6); a page of the quote
/// list after a cursor starts at the cursor's article, not at the newest (issue #14).
/// </summary>
public sealed class QuoteQueryPlanTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("statement")]
    public async Task AQuoteListPageAfterACursor_SeeksToTheCursorsArticleInTheArticleIndex(string? attribution)
    {
        var plan = await QueryPlans.ExplainAsync(factory, QuoteSql.List.For(SqlDialect.Sqlite), new
        {
            Kind = (string?)null, Attribution = attribution, Article = (long?)null, Q = (string?)null, AfterArticle = 100L, AfterId = 5L, Take = 21,
        });

        Assert.Contains(plan, l => l.Contains("USING INDEX ix_quotes_article (article_id<?)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("statement")]
    public async Task ASpeakersQuotes_AreReadThroughTheSpeakerIndex(string? attribution)
    {
        var plan = await QueryPlans.ExplainAsync(factory, QuoteSql.ListBySpeaker.For(SqlDialect.Sqlite), new
        {
            Speaker = 8L, Kind = (string?)null, Attribution = attribution, Article = (long?)null, Q = (string?)null, AfterArticle = 1L, AfterId = 1L, Take = 21,
        });

        Assert.Contains(plan, l => l.Contains("USING INDEX ix_quotes_speaker (speaker_entity_id=?", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, l => l == "SCAN q" || l.StartsWith("SCAN q ", StringComparison.Ordinal));
    }
}
