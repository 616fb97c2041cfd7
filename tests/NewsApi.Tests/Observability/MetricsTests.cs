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
    public async Task Metrics_LeaveOutRoutingAndRateLimitingMeters_WhichRecordOnEveryRequest()
    {
        using var factory = new NewsApiFactory();
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/1")).StatusCode);

        var text = await client.GetStringAsync("/metrics");

        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aspnetcore_routing_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aspnetcore_rate_limiting_", text, StringComparison.Ordinal);
    }
}
