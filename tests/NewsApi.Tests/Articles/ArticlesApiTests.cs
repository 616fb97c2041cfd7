using System.Net;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Entities;

namespace NewsApi.Tests.Articles;

public sealed class ArticlesApiTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListArticles_ReturnsSeedSummaryWithCounts()
    {
        var page = await _client.GetJsonAsync<Page<ArticleSummary>>("/articles");

        var article = Assert.Single(page.Items);
        Assert.Equal("iran-russia-syria-in-cose-partnership-against-terrorism", article.Slug);
        Assert.Equal(15, article.EntityCount);
        Assert.Equal(9, article.QuoteCount);
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public async Task GetArticle_PartsAreWhatTheirOwnEndpointsAnswer()
    {
        // the article is read in one command, its entities and quotes endpoints each on their own
        var article = await _client.GetStringAsync("/articles/1");
        var entities = await _client.GetStringAsync("/articles/1/entities");
        var quotes = await _client.GetStringAsync("/articles/1/quotes");

        using var document = System.Text.Json.JsonDocument.Parse(article);
        Assert.Equal($"{{\"items\":{document.RootElement.GetProperty("entities").GetRawText()},\"nextCursor\":null}}", entities);
        Assert.Equal($"{{\"items\":{document.RootElement.GetProperty("quotes").GetRawText()},\"nextCursor\":null}}", quotes);
    }

    [Fact]
    public async Task GetArticle_EntityWithSeveralAliases_ListsEachAliasOnceInOrder()
    {
        var article = await _client.GetJsonAsync<Article>("/articles/1");

        var daesh = Assert.Single(article.Entities, e => e.Name == "Daesh");
        Assert.Equal(["ISIL", "ISIS"], daesh.Aliases);
        Assert.Equal(3, daesh.Mentions.Count);
    }

    [Theory]
    [InlineData("source=tasnim", 1)]
    [InlineData("source=Reuters", 0)]
    [InlineData("from=2016-08-17&to=2016-08-17", 1)]
    [InlineData("from=2016-08-18", 0)]
    [InlineData("to=2016-08-16T23:59:59Z", 0)]
    [InlineData("from=2016-08-17T00:00:00%2B00:00", 1)]
    public async Task ListArticles_Filters_SelectMatchingArticles(string query, int expected)
    {
        var page = await _client.GetJsonAsync<Page<ArticleSummary>>($"/articles?{query}");

        Assert.Equal(expected, page.Items.Count);
    }

    [Fact]
    public async Task ListArticles_EntityAndSpeakerFilters_UseEntityIds()
    {
        var entities = await _client.GetJsonAsync<Page<EntitySummary>>("/entities?q=Shamkhani");
        var shamkhani = Assert.Single(entities.Items).Id;
        var tasnim = Assert.Single((await _client.GetJsonAsync<Page<EntitySummary>>("/entities?q=Tasnim")).Items).Id;

        Assert.Single((await _client.GetJsonAsync<Page<ArticleSummary>>($"/articles?entity={shamkhani}")).Items);
        Assert.Single((await _client.GetJsonAsync<Page<ArticleSummary>>($"/articles?speaker={shamkhani}")).Items);
        // Tasnim is mentioned but never quoted
        Assert.Empty((await _client.GetJsonAsync<Page<ArticleSummary>>($"/articles?speaker={tasnim}")).Items);
        Assert.Empty((await _client.GetJsonAsync<Page<ArticleSummary>>("/articles?entity=9999")).Items);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2016-13-45", "to")]
    [InlineData("source=%20", "source")]
    public async Task ListArticles_BadParameter_Returns400NamingIt(string query, string parameter)
    {
        var problem = await _client.GetProblemAsync($"/articles?{query}", 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Theory]
    [InlineData("from=2016-08-18&to=2016-08-17")]
    [InlineData("from=2016-08-17T10:00:00Z&to=2016-08-17T09:00:00Z")]
    [InlineData("from=2016-08-17T09:00:00%2B01:00&to=2016-08-17T07:00:00Z")]
    public async Task ListArticles_FromLaterThanTo_Returns400NamingBoth(string query)
    {
        var problem = await _client.GetProblemAsync($"/articles?{query}", 400);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("from", out _) && errors.TryGetProperty("to", out _), problem.ToString());
    }

    [Theory]
    [InlineData("from=2016-08-17&to=2016-08-17")]
    [InlineData("from=2016-08-17T00:00:00Z&to=2016-08-17")]
    public async Task ListArticles_FromAndToTheSameDay_FindsThatDaysArticles(string query)
    {
        var page = await _client.GetJsonAsync<Page<ArticleSummary>>($"/articles?{query}");

        Assert.Single(page.Items);
    }

    [Theory]
    [InlineData("limit=abc")]
    [InlineData("entity=Iran")]
    [InlineData("speaker=99999999999999999999")]
    public async Task ListArticles_UnparsableNumber_Returns400ProblemNamingParameter(string query)
    {
        var problem = await _client.GetProblemAsync($"/articles?{query}", 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(query.Split('=')[0], out _), problem.ToString());
    }

    [Fact]
    public async Task GetArticle_ReturnsBodyParagraphsEntitiesAndQuotes()
    {
        var article = await _client.GetJsonAsync<Article>("/articles/1");

        Assert.Equal(1, article.Id);
        Assert.Equal("curated", article.Annotator);
        Assert.Equal(15, article.Entities.Count);
        Assert.Equal(9, article.Quotes.Count);
        Assert.Equal(0, article.Paragraphs[0].Start);
    }

    [Theory]
    [InlineData("/articles/999")]
    [InlineData("/articles/999/quotes")]
    [InlineData("/articles/999/entities")]
    [InlineData("/articles/not-a-number")]
    public async Task GetArticle_UnknownId_Returns404Problem(string url)
    {
        await _client.GetProblemAsync(url, 404);
    }

    [Fact]
    public async Task GetArticleEntities_ListsEntitiesInOrderOfFirstAppearance()
    {
        var entities = (await _client.GetJsonAsync<Page<ArticleEntity>>("/articles/1/entities")).Items;

        // title first: "Iran, Russia, Syria ... SNSC"
        Assert.Equal(["Iran", "Russia", "Syria", "Supreme National Security Council"], entities.Take(4).Select(e => e.Name));
    }

    [Fact]
    public async Task Root_RedirectsToSwaggerUi()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/swagger", response.Headers.Location?.OriginalString);
    }
}
