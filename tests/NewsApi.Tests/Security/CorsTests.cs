using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace NewsApi.Tests.Security;

public sealed class CorsTests
{
    static HttpRequestMessage Preflight(string origin, string method = "POST") => new(HttpMethod.Options, "/articles")
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", method },
            { "Access-Control-Request-Headers", "x-api-key,content-type" },
        },
    };

    static HttpRequestMessage Get(string origin) => new(HttpMethod.Get, "/articles/1") { Headers = { { "Origin", origin } } };

    [Fact]
    public async Task ByDefault_NoCorsHeaderIsSent()
    {
        using var factory = new NewsApiFactory();
        var client = factory.CreateClient();

        var get = await client.SendAsync(Get("https://example.org"));
        var preflight = await client.SendAsync(Preflight("https://example.org"));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.DoesNotContain(get.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(preflight.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ConfiguredOrigin_MayReadAndWrite_OthersMayNot()
    {
        using var factory = new NewsApiFactory();
        using var app = factory.WithWebHostBuilder(b => b
            .UseSetting("NewsApi:Cors:Origins:0", "https://news.example")
            .UseSetting("NewsApi:Cors:Origins:1", "https://other.example"));
        var client = app.CreateClient();

        var preflight = await client.SendAsync(Preflight("https://news.example"));
        var get = await client.SendAsync(Get("https://news.example"));
        var stranger = await client.SendAsync(Get("https://evil.example"));
        var strangerPreflight = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("https://news.example", Assert.Single(preflight.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", preflight.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("x-api-key", preflight.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("https://news.example", Assert.Single(get.Headers.GetValues("Access-Control-Allow-Origin")));
        var exposed = get.Headers.GetValues("Access-Control-Expose-Headers").Single();
        Assert.Contains("ETag", exposed, StringComparison.Ordinal);
        Assert.Contains("RateLimit-Remaining", exposed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stranger.StatusCode);
        Assert.False(stranger.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(strangerPreflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Star_AllowsAnyOriginWithoutCredentials()
    {
        using var factory = new NewsApiFactory();
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:Cors:Origins:0", "*"));

        var get = await app.CreateClient().SendAsync(Get("https://anyone.example"));

        Assert.Equal("*", Assert.Single(get.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(get.Headers.Contains("Access-Control-Allow-Credentials"));
    }
}
