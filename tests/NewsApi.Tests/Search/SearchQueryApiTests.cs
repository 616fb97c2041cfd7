using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Search;

namespace NewsApi.Tests.Search;

/// <summary>One parse of q for every endpoint that takes it, over the seed article (read-only, shared app).</summary>
public sealed class SearchQueryApiTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    static async Task<string> QError(HttpClient client, string url) =>
        (await client.GetProblemAsync(url, 400)).GetProperty("errors").GetProperty("q")[0].GetString()!;

    [Theory]
    [InlineData("anti-terrorism", "q has - at character 5")]
    [InlineData("\"unclosed", "q has a \" at character 1 that is never closed")]
    [InlineData("(syria OR iran", "q has a ( at character 1 that is never closed")]
    [InlineData("syria AND", "q has AND at character 7 with no term after it")]
    [InlineData("nosuchcolumn:word", "q filters by nosuchcolumn: at character 1, which is no column")]
    [InlineData("'; DROP TABLE articles; --", "q has ' at character 1")]
    public async Task InvalidQuery_IsTheSame400OnSearchArticlesAndQuotes(string q, string start)
    {
        var escaped = Uri.EscapeDataString(q);

        var messages = new[]
        {
            await QError(_client, $"/search?q={escaped}"),
            await QError(_client, $"/articles?q={escaped}"),
            await QError(_client, $"/quotes?q={escaped}"),
        };

        Assert.All(messages, m => Assert.StartsWith(start, m, StringComparison.Ordinal));
        Assert.Single(messages.Distinct());
    }

    [Theory]
    [InlineData("/articles?q=text:capacities", "q filters by text:, a column of quotes, but this searches articles, whose columns are title:, body:.")]
    [InlineData("/quotes?q=title:cose", "q filters by title:, a column of articles, but this searches quotes, whose columns are text:, speaker:.")]
    [InlineData("/search?q=speaker:Khosravi&type=article", "q filters by speaker:, a column of quotes, but this searches articles, whose columns are title:, body:.")]
    public async Task ColumnTheSearchedIndexLacks_Returns400NamingTheColumns(string url, string message)
    {
        Assert.Equal(message, await QError(_client, url));
    }

    [Fact]
    public async Task Search_ColumnFiltersOfBothIndexes_EachIndexAnswersItsOwn()
    {
        var either = await _client.GetJsonAsync<Page<SearchHit>>("/search?q=title:cose%20OR%20speaker:Khosravi&limit=100");
        var both = await _client.GetJsonAsync<Page<SearchHit>>("/search?q=title:cose%20speaker:Khosravi");

        Assert.Contains((SearchHitType.Article, 1L), either.Items.Select(h => (h.Type, h.Id)));
        Assert.Equal(5, either.Items.Count(h => h.Type == SearchHitType.Quote));
        Assert.Empty(both.Items);
    }

    [Fact]
    public async Task ListArticles_NearAndColumnGroups_FilterAsOnSearch()
    {
        var near = await _client.GetJsonAsync<Page<ArticleSummary>>("/articles?q=NEAR(strategic%20partnership,%201)");
        var group = await _client.GetJsonAsync<Page<ArticleSummary>>("/articles?q=title:(cose%20OR%20nowhere)");
        var far = await _client.GetJsonAsync<Page<ArticleSummary>>("/articles?q=title:(nowhere%20OR%20never)");

        Assert.Equal([1L], near.Items.Select(a => a.Id));
        Assert.Equal([1L], group.Items.Select(a => a.Id));
        Assert.Empty(far.Items);
    }
}

/// <summary>Once q is ours, an error from the search engine is the server's bug, never the client's 400.</summary>
public sealed class SearchEngineErrorTests
{
    [Theory]
    [InlineData("/quotes?q=text:capacities")]
    [InlineData("/search?q=text:capacities&type=quote")]
    [InlineData("/search?q=text:capacities")]
    public async Task Fts5ErrorOnAParsedQuery_Returns500NotA400(string url)
    {
        using var factory = new NewsApiFactory();
        var client = factory.CreateClient();
        await client.GetJsonAsync<Page<SearchHit>>("/search?q=capacities");
        // a schema that drifted from the code: the rendered query is valid, the index no longer has its column
        await using (var connection = await factory.OpenDatabaseAsync())
        {
            await using var command = connection.CreateCommand();
#if NEWSAPI_POSTGRES
            command.CommandText = "ALTER TABLE quotes RENAME COLUMN search TO words;";
#else
            command.CommandText = "DROP TABLE quotes_fts; CREATE VIRTUAL TABLE quotes_fts USING fts5(words, speaker);";
#endif
            await command.ExecuteNonQueryAsync();
        }
        var problem = await client.GetProblemAsync(url, 500);

        Assert.False(problem.TryGetProperty("errors", out _));
    }
}
