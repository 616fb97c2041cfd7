using System.Diagnostics;
using System.Net;
using System.Text;

namespace NewsApi.Tests.Hosting;

/// <summary>What only the real server shows: Kestrel's own limits and the process's exit on SIGTERM.</summary>
[Trait("Category", "Slow")]
public sealed class ProcessTests
{
    [Fact]
    public async Task Sigterm_StopsTheAppGracefullyWithExitCode0()
    {
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string> { ["NewsApi__ShutdownTimeoutSeconds"] = "3" });

        var clock = Stopwatch.StartNew();
        app.SendSigterm();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await app.Process.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, app.Process.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("Application is shutting down", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kestrel_RefusesABodyWithoutLengthOverTheLimit_AndTooManyHeaders()
    {
        const string key = "process-test-key-0123456789";
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["NewsApi__ApiKey"] = key,
            ["NewsApi__MaxArticleBytes"] = "100000",
            ["NewsApi__Limits__MaxRequestBodyBytes"] = "4096",
            ["NewsApi__Limits__MaxRequestHeaderCount"] = "20",
        });
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        // no Content-Length: only Kestrel, counting the bytes as they arrive, can refuse it
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("Title\n\n" + new string('x', 10_000))));
        chunked.Headers.ContentType = new("text/plain");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/articles") { Content = chunked, Headers = { TransferEncodingChunked = true } };
        post.Headers.Add("X-Api-Key", key);
        var tooLarge = await client.SendAsync(post);

        using var crowded = new HttpRequestMessage(HttpMethod.Get, "/articles/1");
        for (var i = 0; i < 30; i++) crowded.Headers.Add($"X-Filler-{i}", "x");
        var tooManyHeaders = await client.SendAsync(crowded);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, tooManyHeaders.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/1")).StatusCode);
    }
}
