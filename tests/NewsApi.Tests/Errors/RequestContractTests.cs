using System.Net;
using System.Text.Json;

namespace NewsApi.Tests.Errors;

/// <summary>
/// A request is checked against what its endpoint accepts before anything binds: unknown query parameters and
/// values that cannot bind are a 400 whose <c>errors</c> names the parameter, in words a client understands.
/// </summary>
public sealed class RequestContractTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/articles?limit=abc", "limit")]
    [InlineData("/articles?limit=1.5", "limit")]
    [InlineData("/articles?limit=", "limit")]
    [InlineData("/articles?entity=Iran", "entity")]
    [InlineData("/articles?entity=1&entity=x", "entity")]
    [InlineData("/articles?speaker=99999999999999999999", "speaker")]
    [InlineData("/articles?facetSize=ten", "facetSize")]
    [InlineData("/quotes?speaker=Khosravi", "speaker")]
    [InlineData("/quotes?article=%20", "article")]
    [InlineData("/entities/1/related?limit=all", "limit")]
    [InlineData("/search?q=iran&limit=abc", "limit")]
    public async Task UnbindableValue_Returns400NamingParameterWithoutDotNetTypeNames(string url, string parameter)
    {
        var problem = await _client.GetProblemAsync(url, 400);

        var message = Assert.Single(problem.GetProperty("errors").GetProperty(parameter).EnumerateArray()).GetString()!;
        Assert.Contains("whole number", message, StringComparison.Ordinal);
        foreach (var dotnet in new[] { "Nullable", "Int32", "Int64", "System.", "Failed to bind", "<int>", "<long>", "[]" })
            Assert.DoesNotContain(dotnet, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnbindableValue_SaysWhatTheParameterTakes()
    {
        var problem = await _client.GetProblemAsync("/articles?limit=abc", 400);

        Assert.Equal("limit must be a whole number; got 'abc'. (limit: Page size, 1 to 100. Default 20.)",
            problem.GetProperty("errors").GetProperty("limit")[0].GetString());
    }

    [Fact]
    public async Task UnbindableValueAndBadValue_AreReportedTogether()
    {
        var problem = await _client.GetProblemAsync("/articles?limit=abc&page=2", 400);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("limit", out _) && errors.TryGetProperty("page", out _), problem.ToString());
    }

    [Fact]
    public async Task SingleValuedParameterGivenTwice_Returns400NamingIt()
    {
        var problem = await _client.GetProblemAsync("/articles?limit=1&limit=2", 400);

        Assert.Contains("only once", problem.GetProperty("errors").GetProperty("limit")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles?LIMIT=5")]
    [InlineData("/articles?format=csv")]
    [InlineData("/entities/8/quotes?format=json")]
    [InlineData("/export?format=ndjson")]
    public async Task KnownParameters_AreAccepted(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/articles?page=2", "page", "GET /articles", "cursor")]
    [InlineData("/quotes?to=2016-08-17", "to", "GET /quotes", "speaker")]
    [InlineData("/articles/1?format=csv", "format", "GET /articles/{id}", null)]
    [InlineData("/entities/1?q=iran", "q", "GET /entities/{id}", null)]
    [InlineData("/search?q=iran&kind=direct", "kind", "GET /search", "type")]
    [InlineData("/health?verbose=1", "verbose", "GET /health", null)]
    [InlineData("/articles/1/view?format=csv", "format", "GET /articles/{id}/view", null)]
    public async Task UnknownQueryParameter_Returns400NamingItAndListingAcceptedOnes(string url, string unknown, string operation, string? accepted)
    {
        var problem = await _client.GetProblemAsync(url, 400);

        var message = problem.GetProperty("errors").GetProperty(unknown)[0].GetString()!;
        Assert.Contains(operation, message, StringComparison.Ordinal);
        if (accepted is null) Assert.Contains("takes no query parameters", message, StringComparison.Ordinal);
        else
        {
            Assert.Contains(accepted, message, StringComparison.Ordinal);
            Assert.Contains(accepted, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EndpointThatReadsTheRequestItself_IsNotChecked()
    {
        // /metrics is a bare RequestDelegate: its parameters are its own business
        using var response = await _client.GetAsync("/metrics?name[]=newsapi_requests");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownQueryParameterOnAWrite_Returns400BeforeTheKeyIsChecked()
    {
        using var response = await _client.PostAsync("/articles?dryRun=true", new StringContent("Title\n\nBody text."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dryRun", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>What the OpenAPI document says an operation takes, it accepts: both come from the same metadata.</summary>
    [Fact]
    public async Task EveryDocumentedQueryParameter_IsAccepted()
    {
        var document = await _client.GetJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var checkedCount = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get) || !get.TryGetProperty("parameters", out var parameters)) continue;
            var url = path.Name.Replace("{id}", "1", StringComparison.Ordinal);
            foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
            {
                var name = parameter.GetProperty("name").GetString()!;
                using var response = await _client.GetAsync($"{url}?{name}=1");
                var body = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("is not a parameter", body, StringComparison.Ordinal);
                checkedCount++;
            }
        }
        Assert.True(checkedCount >= 30, $"only {checkedCount} documented query parameters");
    }
}
