using System.Net;
using NewsApi.Tests.Hosting;

namespace NewsApi.Tests.Observability;

/// <summary>NewsApi:MetricsPort against the real server listening on two ports.</summary>
[Trait("Category", "Slow")]
public sealed class MetricsPortTests
{
    [Fact]
    public async Task MetricsPort_ServesMetricsOnlyOnThatPort_AndTheApiStillOnTheOther()
    {
        var metricsPort = RunningApp.FreePort();
        await using var app = await RunningApp.StartAsync(
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
