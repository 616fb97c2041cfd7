using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace NewsApi.Tests.Observability;

public sealed class MetricsTests
{
    const string Key = "metrics-test-key-0123";

    [Fact]
    public async Task Metrics_ArePrometheusTextWithRequestsLatencyIngestsAndRefusals()
    {
        using var factory = new NewsApiFactory();
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:ApiKey", Key).UseSetting("NewsApi:Limits:Write:Permits", "1"));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        await client.GetAsync("/articles/1");
        Assert.Equal(HttpStatusCode.Created,
            (await client.PostAsync("/articles", new StringContent("Metrics title\n\nThe body of it.", Encoding.UTF8, "text/plain"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.DeleteAsync("/articles/1")).StatusCode);

        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"newsapi_requests_total\{[^}]*method=""GET""[^}]*route=""/articles/\{id:long\}""[^}]*status=""200""[^}]*\} [1-9]", text);
        Assert.Contains("newsapi_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Matches(@"newsapi_ingests_total\{[^}]*outcome=""created""[^}]*\} [1-9]", text);
        Assert.Matches(@"newsapi_rate_limited_total\{[^}]*budget=""write""[^}]*\} [1-9]", text);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task MetricsPort_ServesMetricsOnlyOnThatPort_AndTheApiStillOnTheOther()
    {
        var metricsPort = Hosting.RunningApp.FreePort();
        await using var app = await Hosting.RunningApp.StartAsync(
            new Dictionary<string, string> { ["NewsApi__MetricsPort"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Uri($"http://127.0.0.1:{metricsPort}"));
        using var client = new HttpClient();

        var onApiPort = await client.GetAsync(new Uri(app.BaseAddress, "/metrics"));
        var onApiPortWithItsHost = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(app.BaseAddress, "/metrics"))
        {
            Headers = { Host = $"127.0.0.1:{metricsPort}" },
        });
        var onMetricsPort = await client.GetAsync($"http://127.0.0.1:{metricsPort}/metrics");

        Assert.Equal(HttpStatusCode.NotFound, onApiPort.StatusCode);
        Assert.Equal("application/problem+json", onApiPort.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, onApiPortWithItsHost.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onMetricsPort.StatusCode);
        Assert.Contains("http_server_request_duration_seconds", await onMetricsPort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(app.BaseAddress, "/articles/1"))).StatusCode);
    }
}
