using NewsApi.Data;
using NewsApi.Quotes;

namespace NewsApi.Tests.Quotes;

/// <summary>A speaker's quotes are found through the speaker index, not by walking every quote (issue #6).</summary>
public sealed class QuoteQueryPlanTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
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
