using System.Text.Json;
using NewsApi.OpenApi;

namespace NewsApi.Tests;

public sealed class OpenApiTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    async Task<JsonElement> Document() => await _client.GetJsonAsync<JsonElement>("/swagger/v1/swagger.json");

    static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (p.Name, m.Name, m.Value)));

    [Fact]
    public async Task Document_ListsEveryOperation()
    {
        var operations = Operations(await Document()).Select(o => o.Operation.GetProperty("operationId").GetString()).Order();

        Assert.Equal([
            "CreateArticle", "DeleteArticle", "GetArticle", "GetArticleEntities", "GetArticleQuotes", "GetArticleView", "GetEntity",
            "GetEntityArticles", "GetEntityQuotes", "GetHealth", "GetQuote", "GetRelatedEntities", "ListArticles", "ListEntities",
            "ListQuotes", "ReplaceArticle", "Search",
        ], operations);
    }

    [Fact]
    public async Task EveryOperation_HasSummaryDescriptionAndDocumentedParameters()
    {
        Assert.All(Operations(await Document()), o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.GetProperty("summary").GetString()), o.Path);
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.GetProperty("description").GetString()), o.Path);
            if (!o.Operation.TryGetProperty("parameters", out var parameters)) return;
            Assert.All(parameters.EnumerateArray(), p =>
            {
                var name = p.GetProperty("name").GetString()!;
                Assert.True(char.IsLower(name[0]), $"{o.Path} parameter {name} is not camelCase");
                if (name != "id") Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()), $"{o.Path} {name}");
            });
        });
    }

    [Fact]
    public async Task EveryResponse_HasSchemaAndExample()
    {
        Assert.All(Operations(await Document()), o =>
        {
            foreach (var response in o.Operation.GetProperty("responses").EnumerateObject())
            {
                if (response.Name == "204") continue;
                var content = Assert.Single(response.Value.GetProperty("content").EnumerateObject());
                Assert.True(content.Value.TryGetProperty("schema", out _), $"{o.Path} {response.Name} has no schema");
                Assert.True(content.Value.TryGetProperty("example", out _), $"{o.Path} {response.Name} has no example");
                if (response.Name[0] is '4' or '5') Assert.Equal("application/problem+json", content.Name);
            }
        });
    }

    [Fact]
    public async Task WriteOperations_RequireTheApiKeyAndDocument401And403()
    {
        var writes = Operations(await Document()).Where(o => o.Method is "post" or "put" or "delete").ToList();

        Assert.Equal(3, writes.Count);
        Assert.All(writes, o =>
        {
            Assert.True(o.Operation.TryGetProperty("security", out var security), o.Path);
            Assert.True(security[0].TryGetProperty("ApiKey", out _));
            Assert.True(o.Operation.GetProperty("responses").TryGetProperty("401", out _));
            Assert.True(o.Operation.GetProperty("responses").TryGetProperty("403", out _));
        });
        Assert.All(Operations(await Document()).Where(o => o.Method == "get"), o => Assert.False(o.Operation.TryGetProperty("security", out _)));
    }

    [Fact]
    public async Task Enums_AreDocumentedAsStrings()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");

        Assert.Equal(["person", "organization", "location", "other"],
            schemas.GetProperty("EntityType").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["direct", "indirect", "mixed"],
            schemas.GetProperty("QuoteKind").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Theory]
    [InlineData("/articles/1", "Article")]
    [InlineData("/quotes/2", "Quote")]
    [InlineData("/health", "HealthReport")]
    public async Task Examples_AreWhatTheApiReallyAnswers(string url, string example)
    {
        var actual = await _client.GetJsonAsync<JsonElement>(url);
        var expected = JsonDocument.Parse(ExamplesOperationFilter.Examples[example]).RootElement;

        // timestamps differ from run to run; everything else is the seed article as served
        Assert.Equal(Strip(expected), Strip(actual));
    }

    [Fact]
    public async Task HtmlExample_IsPartOfWhatTheApiReallyAnswers()
    {
        var page = await _client.GetStringAsync("/articles/1/view");
        var example = (await Document()).GetProperty("paths").GetProperty("/articles/{id}/view").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("text/html").GetProperty("example").GetString();

        Assert.Contains("class=\"quote", example, StringComparison.Ordinal);
        Assert.Contains(example!.Trim(), page, StringComparison.Ordinal);
    }

    static string Strip(JsonElement element) => JsonSerializer.Serialize(
        element.EnumerateObject().Where(p => p.Name is not ("createdAt" or "updatedAt")).ToDictionary(p => p.Name, p => p.Value));

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var html = await _client.GetStringAsync("/swagger/index.html");

        Assert.Contains("swagger-ui", html, StringComparison.Ordinal);
    }
}
