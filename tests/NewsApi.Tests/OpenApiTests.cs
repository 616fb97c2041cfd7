using System.Text.Json;
using NewsApi.OpenApi;
using NewsApi.Representations;

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
            "CreateArticle", "DeleteArticle", "ExportArticles", "GetArticle", "GetArticleEntities", "GetArticleQuotes", "GetArticleView",
            "GetEntity", "GetEntityArticles", "GetEntityQuotes", "GetHealth", "GetLiveness", "GetQuote", "GetReadiness", "GetRelatedEntities", "ListArticles",
            "ListEntities", "ListQuotes", "ReplaceArticle", "Search",
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
                if (response.Name is "204" or "304") continue;
                var contents = response.Value.GetProperty("content").EnumerateObject().ToList();
                Assert.NotEmpty(contents);
                foreach (var content in contents)
                {
                    Assert.True(content.Value.TryGetProperty("schema", out _), $"{o.Path} {response.Name} {content.Name} has no schema");
                    Assert.True(content.Value.TryGetProperty("example", out _), $"{o.Path} {response.Name} {content.Name} has no example");
                }
                if (response.Name[0] is '4' or '5') Assert.Equal("application/problem+json", Assert.Single(contents).Name);
            }
        });
    }

    [Fact]
    public async Task Reads_DocumentRepresentationsValidatorsAnd406()
    {
        var reads = Operations(await Document()).Where(o => o.Method == "get" && !o.Path.StartsWith("/health", StringComparison.Ordinal) && o.Path is not ("/export" or "/articles/{id}/view")).ToList();

        Assert.Equal(12, reads.Count);
        Assert.All(reads, o =>
        {
            var responses = o.Operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("304", out _), o.Path);
            Assert.True(responses.TryGetProperty("406", out _), o.Path);
            Assert.True(responses.GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _), o.Path);
            var types = responses.GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name).ToList();
            var isList = o.Path is "/articles" or "/quotes" or "/entities" or "/search" || o.Path.EndsWith("/quotes", StringComparison.Ordinal)
                || o.Path.EndsWith("/related", StringComparison.Ordinal)
                || o.Path.EndsWith("/entities", StringComparison.Ordinal) || o.Path.EndsWith("/articles", StringComparison.Ordinal);
            Assert.Equal(isList, types.Contains("text/csv"));
            Assert.Equal(isList, o.Operation.GetProperty("parameters").EnumerateArray().Any(p => p.GetProperty("name").GetString() == "format"));
            if (isList) Assert.True(responses.TryGetProperty("400", out _), o.Path);
            Assert.Equal(o.Path == "/articles/{id}", types.Contains("application/ld+json"));
        });
        var export = Operations(await Document()).Single(o => o.Path == "/export").Operation.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal(JsonValueKind.String, export.GetProperty("application/x-ndjson").GetProperty("example").ValueKind);
    }

    [Theory]
    [InlineData("/articles?limit=1&format=csv", "ArticleSummaryPage.csv")]
    [InlineData("/quotes?limit=2&format=csv", "QuotePage.csv")]
    [InlineData("/entities?limit=2&format=csv", "EntitySummaryPage.csv")]
    [InlineData("/articles/1/quotes?format=csv", "GetArticleQuotes.200.csv")]
    [InlineData("/articles/1/entities?format=csv", "ArticleEntityPage.csv")]
    [InlineData("/entities/9/related?limit=3&format=csv", "RelatedEntityPage.csv")]
    [InlineData("/search?q=%22strategic%20partnership%22%20OR%20airbase&limit=2&format=csv", "SearchHitPage.csv")]
    public async Task CsvExamples_AreWhatTheApiReallyAnswers(string url, string example)
    {
        var actual = await _client.GetStringAsync(url);

        // createdAt and updatedAt (the last two columns of articles) differ from run to run
        Assert.Equal(StripTimestamps(RepresentationsOperationFilter.Examples[example]), StripTimestamps(actual));
    }

    static string StripTimestamps(string csv) =>
        System.Text.RegularExpressions.Regex.Replace(csv, ",20\\d\\d-[0-9T:.-]+Z,20\\d\\d-[0-9T:.-]+Z\r\n", ",,\r\n");

    [Fact]
    public async Task JsonLdAndNdjsonExamples_AreWhatTheApiReallyAnswers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/1");
        request.Headers.Accept.ParseAdd("application/ld+json");
        var jsonLd = JsonDocument.Parse(await (await _client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;
        var ndjson = JsonDocument.Parse(await _client.GetStringAsync("/export")).RootElement;

        Assert.Equal(Strip(JsonDocument.Parse(RepresentationsOperationFilter.Examples["Article.jsonld"]).RootElement), Strip(jsonLd));
        Assert.Equal(Strip(JsonDocument.Parse(RepresentationsOperationFilter.Examples["ExportArticles.ndjson"]).RootElement), Strip(ndjson));
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
    }

    [Fact]
    public async Task EveryOperation_DeclaresItsSecurity_ReadsAsPublic()
    {
        var reads = Operations(await Document()).Where(o => o.Method == "get").ToList();

        Assert.NotEmpty(reads);
        Assert.All(reads, o =>
        {
            Assert.True(o.Operation.TryGetProperty("security", out var security), $"{o.Path} declares no security");
            Assert.Equal(0, security.GetArrayLength());
        });
    }

    [Fact]
    public async Task Tags_AreDescribed_SearchAndArticlesFirst()
    {
        var document = await Document();
        var tags = document.GetProperty("tags").EnumerateArray().ToList();
        var used = Operations(document).SelectMany(o => o.Operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString())).ToHashSet();

        Assert.Equal(["Search", "Articles"], tags.Take(2).Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(used.Order(), tags.Select(t => t.GetProperty("name").GetString()).Order());
        Assert.All(tags, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString()), t.ToString()));
    }

    [Fact]
    public async Task Info_NamesAContact()
    {
        var info = (await Document()).GetProperty("info");

        Assert.False(string.IsNullOrWhiteSpace(info.GetProperty("contact").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task LimitedOperations_Document429WithRetryAfterAndRateLimitHeaders_AndTimeouts()
    {
        var operations = Operations(await Document()).ToList();

        Assert.All(operations.Where(o => !o.Path.StartsWith("/health", StringComparison.Ordinal)), o =>
        {
            var responses = o.Operation.GetProperty("responses");
            Assert.True(responses.GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _), o.Path);
            var success = responses.EnumerateObject().First(r => r.Name[0] == '2').Value;
            Assert.True(success.GetProperty("headers").TryGetProperty("RateLimit-Remaining", out _), o.Path);
            Assert.Equal(o.Path != "/export", responses.TryGetProperty("504", out _));
        });
        Assert.All(operations.Where(o => o.Path.StartsWith("/health", StringComparison.Ordinal)),
            o => Assert.False(o.Operation.GetProperty("responses").TryGetProperty("429", out _), o.Path));
    }

    [Fact]
    public async Task Enums_AreDocumentedAsDescribedStrings()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");

        Assert.Equal(["person", "organization", "location", "other"],
            schemas.GetProperty("EntityType").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["direct", "indirect", "mixed"],
            schemas.GetProperty("QuoteKind").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["statement", "stance"],
            schemas.GetProperty("QuoteAttribution").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("#/components/schemas/QuoteAttribution", schemas.GetProperty("Quote").GetProperty("properties").GetProperty("attribution").GetProperty("$ref").GetString());
        Assert.All(new[] { "EntityType", "QuoteKind", "QuoteAttribution" },
            name => Assert.False(string.IsNullOrWhiteSpace(schemas.GetProperty(name).GetProperty("description").GetString()), name));
    }

    [Theory]
    [InlineData("ListArticles", "sort", "newest,oldest,relevance")]
    [InlineData("ListEntities", "type", "person,organization,location,other")]
    [InlineData("GetRelatedEntities", "type", "person,organization,location,other")]
    [InlineData("ListQuotes", "kind", "direct,indirect,mixed")]
    [InlineData("Search", "type", "article,quote")]
    [InlineData("ExportArticles", "format", "ndjson")]
    public async Task NamedValueParameters_AreEnums(string operationId, string parameter, string names)
    {
        var schema = Parameter(await Document(), operationId, parameter).GetProperty("schema");

        Assert.Equal("string", schema.GetProperty("type").GetString());
        Assert.Equal(names.Split(','), schema.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Facets_IsACommaSeparatedListOfItsNames()
    {
        var facets = Parameter(await Document(), "ListArticles", "facets");

        Assert.False(facets.GetProperty("explode").GetBoolean());
        Assert.Equal("array", facets.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(["entity", "source", "month"], facets.GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task EveryLimit_HasTheBoundsTheValidatorEnforces()
    {
        var document = await Document();
        var limits = Operations(document)
            .Where(o => o.Operation.TryGetProperty("parameters", out _))
            .SelectMany(o => o.Operation.GetProperty("parameters").EnumerateArray())
            .Where(p => p.GetProperty("name").GetString() is "limit" or "facetSize").ToList();

        Assert.Equal(8, limits.Count);
        Assert.All(limits, p =>
        {
            Assert.Equal(1, p.GetProperty("schema").GetProperty("minimum").GetInt32());
            Assert.Equal(NewsApi.Data.Paging.MaxLimit, p.GetProperty("schema").GetProperty("maximum").GetInt32());
        });
        Assert.Equal(400, (int)(await _client.GetAsync($"/quotes?limit={NewsApi.Data.Paging.MaxLimit + 1}")).StatusCode);
        Assert.Equal(200, (int)(await _client.GetAsync($"/quotes?limit={NewsApi.Data.Paging.MaxLimit}")).StatusCode);
    }

    static JsonElement Parameter(JsonElement document, string operationId, string name) =>
        Operations(document).Single(o => o.Operation.GetProperty("operationId").GetString() == operationId)
            .Operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);

    [Theory]
    [InlineData("/articles/1", "Article")]
    [InlineData("/quotes/2", "Quote")]
    [InlineData("/entities/9/related?limit=3", "RelatedEntityPage")]
    [InlineData("/health", "HealthReport")]
    [InlineData("/health/ready", "HealthReport")]
    [InlineData("/health/live", "Liveness")]
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
        element.EnumerateObject().Where(p => p.Name is not ("createdAt" or "updatedAt" or "dateModified")).ToDictionary(p => p.Name, p => p.Value));

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var html = await _client.GetStringAsync("/swagger/index.html");

        Assert.Contains("swagger-ui", html, StringComparison.Ordinal);
    }
}
