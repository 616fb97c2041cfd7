using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsApi.Tests.Observability;

public sealed class RequestLoggingTests : IDisposable
{
    readonly LogCapture _logs = new();
    readonly NewsApiFactory _factory = new();
    readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app;

    public RequestLoggingTests() => _app = _factory.WithWebHostBuilder(_logs.AttachTo);

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    List<(string Category, Microsoft.Extensions.Logging.LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> RequestLines() =>
        [.. _logs.Entries.Where(e => e.Category == typeof(NewsApi.Observability.RequestLogging).FullName)];

    [Fact]
    public async Task EveryRequest_LogsOneStructuredLine()
    {
        var client = _app.CreateClient();

        await client.GetAsync("/articles/1?fields=secret-query");
        await client.GetAsync("/articles/424242");

        var lines = RequestLines();
        Assert.Equal(2, lines.Count);
        var state = lines[1].State.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("GET", state["Method"]);
        Assert.Equal("/articles/424242", state["Path"]);
        Assert.Equal(404, state["StatusCode"]);
        Assert.IsType<double>(state["ElapsedMs"]);
        Assert.Matches("^[0-9a-f]{32}$", (string)state["RequestId"]!);
        Assert.DoesNotContain("secret-query", lines[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc-123_X.y")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public async Task SaneIncomingRequestId_IsEchoedLoggedAndPutInProblems(string id)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/articles/424242") { Headers = { { "X-Request-Id", id } } };

        var response = await _app.CreateClient().SendAsync(request);

        Assert.Equal(id, Assert.Single(response.Headers.GetValues("X-Request-Id")));
        Assert.Equal(id, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requestId").GetString());
        Assert.Contains(RequestLines(), l => l.Message.EndsWith(id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("")]
    public async Task InsaneOrMissingRequestId_IsReplacedByANewOne(string id)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        if (id.Length > 0) request.Headers.TryAddWithoutValidation("X-Request-Id", id);

        var response = await _app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echoed = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.NotEqual(id, echoed);
        Assert.Matches("^[0-9a-f]{32}$", echoed);
    }
}
