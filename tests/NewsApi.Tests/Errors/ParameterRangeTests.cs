using System.Net;
using NewsApi.Articles;
using NewsApi.Data;

namespace NewsApi.Tests.Errors;

/// <summary>
/// Values at the edges of their types (the largest date, the largest id, a cursor past every row) are answered as
/// data or as a 400 naming the parameter, never with a 500 from arithmetic that overflows.
/// </summary>
public sealed class ParameterRangeTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("to=9999-12-31", 1)]
    [InlineData("to=9999-12-31T23:59:59Z", 1)]
    [InlineData("from=0001-01-01", 1)]
    [InlineData("from=0001-01-01T00:00:00Z", 1)]
    [InlineData("from=9999-12-31", 0)]
    [InlineData("to=0001-01-01", 0)]
    [InlineData("from=0001-01-01&to=9999-12-31", 1)]
    public async Task ListArticles_DateAtEitherEndOfTheCalendar_FiltersNormally(string query, int expected)
    {
        var page = await _client.GetJsonAsync<Page<ArticleSummary>>($"/articles?{query}");

        Assert.Equal(expected, page.Items.Count);
    }

    [Theory]
    [InlineData("to=9999-12-31T23:59:59-05:00", "to")]
    [InlineData("from=0001-01-01T00:00:00+05:00", "from")]
    public async Task ListArticles_DateTimeOutsideTheCalendarInUtc_Returns400NamingIt(string query, string parameter)
    {
        var problem = await _client.GetProblemAsync($"/articles?{query}", 400);

        Assert.Contains("9999-12-31", problem.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles?limit=2147483648", "limit")]
    [InlineData("/articles?limit=-2147483649", "limit")]
    [InlineData("/articles?facetSize=99999999999999999999", "facetSize")]
    [InlineData("/articles?speaker=9223372036854775808", "speaker")]
    [InlineData("/articles?entity=-9223372036854775809", "entity")]
    [InlineData("/quotes?limit=99999999999", "limit")]
    [InlineData("/quotes?article=9223372036854775808", "article")]
    [InlineData("/entities?limit=2147483648", "limit")]
    [InlineData("/entities/1/articles?limit=2147483648", "limit")]
    [InlineData("/entities/1/related?limit=2147483648", "limit")]
    [InlineData("/search?q=iran&limit=2147483648", "limit")]
    public async Task NumberBeyondItsType_Returns400NamingIt(string url, string parameter)
    {
        var problem = await _client.GetProblemAsync(url, 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Theory]
    [InlineData("/articles?speaker=9223372036854775807")]
    [InlineData("/articles?entity=-9223372036854775808")]
    [InlineData("/quotes?speaker=9223372036854775807")]
    [InlineData("/quotes?article=-9223372036854775808")]
    public async Task LargestAndSmallestIdFilters_MatchNothing(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"items\":[]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/9223372036854775807")]
    [InlineData("/articles/-9223372036854775808/quotes")]
    [InlineData("/entities/9223372036854775807/related")]
    [InlineData("/quotes/9223372036854775807")]
    [InlineData("/articles/9223372036854775808")]
    public async Task LargestAndSmallestIds_Return404(string url)
    {
        await _client.GetProblemAsync(url, 404);
    }

    public static TheoryData<string> CursorsAtTheEdges() => new()
    {
        $"/articles?cursor={new Cursor("9999-12-31T23:59:59Z", long.MaxValue).Encode()}",
        $"/articles?sort=oldest&cursor={new Cursor("0001-01-01T00:00:00Z", 0).Encode()}",
        $"/articles?q=iran&sort=relevance&cursor={new Cursor("-1.7976931348623157E+308", long.MaxValue).Encode()}",
        $"/quotes?cursor={new Cursor("9223372036854775807", long.MaxValue).Encode()}",
        $"/entities?cursor={new Cursor("", 0).Encode()}",
        $"/entities/1/articles?cursor={new Cursor("0001-01-01T00:00:00Z", long.MaxValue).Encode()}",
        $"/entities/8/quotes?cursor={new Cursor("0", 0).Encode()}",
        $"/search?q=iran&cursor={new Cursor("1.7976931348623157E+308|1", long.MaxValue).Encode()}",
    };

    [Theory]
    [MemberData(nameof(CursorsAtTheEdges))]
    public async Task CursorAtTheEdgeOfItsKey_IsAnsweredAsAPage(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
