using NewsApi.Data;
using NewsApi.Extraction;
using NewsApi.Quotes;

namespace NewsApi.Tests.Quotes;

public sealed class QuotesApiTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("", 9)]
    [InlineData("kind=mixed", 3)]
    [InlineData("kind=Indirect", 6)]
    [InlineData("kind=direct", 0)]
    [InlineData("article=1", 9)]
    [InlineData("article=2", 0)]
    public async Task ListQuotes_Filters_SelectMatchingQuotes(string query, int expected)
    {
        var page = await _client.GetJsonAsync<Page<Quote>>($"/quotes?limit=100&{query}");

        Assert.Equal(expected, page.Items.Count);
    }

    [Fact]
    public async Task ListQuotes_SpeakerFilter_ReturnsOnlyThatSpeaker()
    {
        var all = await _client.GetJsonAsync<Page<Quote>>("/quotes?limit=100");
        var rossiya = all.Items.Single(q => q.Speaker?.Name == "It").Speaker!.EntityId;

        var page = await _client.GetJsonAsync<Page<Quote>>($"/quotes?speaker={rossiya}");

        Assert.Equal("the Iranian deployment would allow the Russian air force to cut flight times by 60 percent", Assert.Single(page.Items).Text);
    }

    [Fact]
    public async Task ListQuotes_InTextOrder_FollowingCursors()
    {
        var first = await _client.GetJsonAsync<Page<Quote>>("/quotes?limit=5");
        var second = await _client.GetJsonAsync<Page<Quote>>($"/quotes?limit=5&cursor={first.NextCursor}");

        var starts = first.Items.Concat(second.Items).Select(q => q.Start).ToList();
        Assert.Equal(9, starts.Count);
        Assert.Equal(starts.Order(), starts);
        Assert.Null(second.NextCursor);
    }

    [Fact]
    public async Task GetQuote_ReturnsQuoteWithCueAndUnresolvedSpeaker()
    {
        var all = await _client.GetJsonAsync<Page<Quote>>("/quotes?limit=100");
        var id = all.Items.Single(q => q.Cue.Text == "reports").Id;

        var quote = await _client.GetJsonAsync<Quote>($"/quotes/{id}");

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("media", quote.Speaker?.Name);
        Assert.Null(quote.Speaker?.EntityId);
        Assert.Equal(4, quote.ParagraphIndex);
    }

    [Fact]
    public async Task GetQuote_UnknownId_Returns404Problem()
    {
        var problem = await _client.GetProblemAsync("/quotes/12345", 404);

        Assert.Contains("12345", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind=quoted", "kind")]
    [InlineData("kind=1", "kind")]
    [InlineData("limit=-1", "limit")]
    [InlineData("cursor=MTIzCg", "cursor")]
    public async Task ListQuotes_BadParameter_Returns400NamingIt(string query, string parameter)
    {
        var problem = await _client.GetProblemAsync($"/quotes?{query}", 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}
