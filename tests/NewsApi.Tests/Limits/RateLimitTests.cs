using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsApi.Tests.Limits;

public sealed class RateLimitTests : IDisposable
{
    const string Key = "rate-limit-test-key";
    readonly NewsApiFactory _factory = new();
    readonly WebApplicationFactory<Program> _app;

    public RateLimitTests() => _app = _factory.WithWebHostBuilder(b => b
        .UseSetting("NewsApi:ApiKey", Key)
        .UseSetting("NewsApi:Limits:Read:Permits", "3")
        // long windows, so a test never straddles one
        .UseSetting("NewsApi:Limits:Read:WindowSeconds", "3600")
        .UseSetting("NewsApi:Limits:Write:Permits", "2")
        .UseSetting("NewsApi:Limits:Write:WindowSeconds", "1800"));

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    HttpClient Writer()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    [Fact]
    public async Task Reads_OverTheLimit_Answer429ProblemWithRetryAfterAndRateLimitHeaders()
    {
        var client = _app.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/1")).StatusCode);

        var refused = await client.GetAsync("/articles/1");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("NewsApi:Limits:Read", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var retryAfter = refused.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.InRange(retryAfter ?? -1, 3500, 3600);
        Assert.Equal("3", Header(refused, "RateLimit-Limit"));
        Assert.Equal("0", Header(refused, "RateLimit-Remaining"));
        Assert.InRange(int.Parse(Header(refused, "RateLimit-Reset"), System.Globalization.CultureInfo.InvariantCulture), 3500, 3600);
        Assert.Equal("3;w=3600", Header(refused, "RateLimit-Policy"));
    }

    [Fact]
    public async Task SuccessfulReads_CountDownRateLimitRemaining()
    {
        var client = _app.CreateClient();

        var first = await client.GetAsync("/articles");
        var second = await client.GetAsync("/quotes");

        Assert.Equal(("3", "2"), (Header(first, "RateLimit-Limit"), Header(first, "RateLimit-Remaining")));
        Assert.Equal("1", Header(second, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task ReadsAndWrites_HaveSeparateBudgets()
    {
        var reader = _app.CreateClient();
        var writer = Writer();
        for (var i = 0; i < 3; i++) await reader.GetAsync("/articles");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await reader.GetAsync("/articles")).StatusCode);

        // reads are spent, yet writes from the same client still have their own budget of 2
        var firstWrite = await writer.DeleteAsync("/articles/999");
        var secondWrite = await writer.DeleteAsync("/articles/998");
        var thirdWrite = await writer.DeleteAsync("/articles/997");

        Assert.Equal(HttpStatusCode.NotFound, firstWrite.StatusCode);
        Assert.Equal("2", Header(firstWrite, "RateLimit-Limit"));
        Assert.Equal(HttpStatusCode.NotFound, secondWrite.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, thirdWrite.StatusCode);
        var problem = await thirdWrite.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("NewsApi:Limits:Write", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(thirdWrite.Headers.RetryAfter);
    }

    [Fact]
    public async Task SpentWriteBudget_LeavesReadsAlone()
    {
        var writer = Writer();
        for (var i = 0; i < 2; i++) await writer.DeleteAsync("/articles/999");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await writer.DeleteAsync("/articles/999")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync("/articles/1")).StatusCode);
    }

    [Fact]
    public async Task HealthProbes_AreNeverRateLimited()
    {
        var client = _app.CreateClient();

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Theory]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/swagger/index.html")]
    [InlineData("/swagger")]
    [InlineData("/")]
    public async Task Docs_AreNeverRateLimited_EvenWhileReadsAreRefused(string path)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++) await client.GetAsync("/articles");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/articles")).StatusCode);

        for (var i = 0; i < 5; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync(path)).StatusCode);
        Assert.True((await client.GetAsync(path)).IsSuccessStatusCode || path == "/" || path == "/swagger");
    }

    [Fact]
    public async Task RefusedRead_PointsToExportAndLimit100ForBulkReading()
    {
        var client = _app.CreateClient();
        for (var i = 0; i < 3; i++) await client.GetAsync("/articles/1");

        var problem = await client.GetProblemAsync("/articles/1", 429);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("/export", detail, StringComparison.Ordinal);
        Assert.Contains("limit=100", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedWrite_DoesNotSuggestBulkReading()
    {
        var writer = Writer();
        for (var i = 0; i < 2; i++) await writer.DeleteAsync("/articles/999");

        var refused = await writer.DeleteAsync("/articles/999");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.DoesNotContain("/export", detail, StringComparison.Ordinal);
    }

    static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "(none)";
}
