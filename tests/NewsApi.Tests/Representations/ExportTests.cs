using System.Net;
using System.Text.Json;
using NewsApi.Articles;
using NewsApi.Data;

namespace NewsApi.Tests.Representations;

public sealed class ExportTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ExportNdjson_HasOneLinePerArticle_EachTheFullArticle()
    {
        var response = await _client.GetAsync("/export?format=ndjson");
        var articles = await _client.GetJsonAsync<Page<ArticleSummary>>("/articles?limit=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(articles.Items.Count, lines.Length);
        foreach (var line in lines)
        {
            var article = JsonSerializer.Deserialize<Article>(line, NewsApiFactory.Json)!;
            Assert.Equal(await _client.GetStringAsync($"/articles/{article.Id}"), line);
            Assert.NotEmpty(article.Quotes);
        }
    }

    [Fact]
    public async Task Export_WithAnotherFormat_Returns400NamingFormat()
    {
        var problem = await _client.GetProblemAsync("/export?format=xml", 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out _));
    }
}
