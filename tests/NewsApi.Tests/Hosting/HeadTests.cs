using System.Net;
using System.Text.Json;

namespace NewsApi.Tests.Hosting;

/// <summary>HEAD is answered wherever GET is, with the GET's status and headers and no body.</summary>
[Trait("Category", "Slow")] // one test runs the real server through Kestrel
public sealed class HeadTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    static readonly string[] ComparedHeaders = ["ETag", "Cache-Control", "Vary", "Last-Modified", "Link", "Location", "Content-Security-Policy"];

    public static TheoryData<string> Urls => new()
    {
        "/articles", "/articles/1", "/articles/1/quotes", "/articles/1/entities", "/articles/1/view", "/quotes", "/quotes/2",
        "/entities", "/entities/1", "/entities/1/articles", "/entities/8/quotes", "/entities/1/related", "/search?q=iran",
        "/articles?format=csv", "/health", "/health/live", "/health/ready", "/export", "/swagger/v1/swagger.json", "/",
        "/articles/999", "/articles?limit=abc", "/articles?page=2", "/no/such/route",
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Head_AnswersLikeGet_WithoutABody(string url)
    {
        using var get = await _client.GetAsync(url);
        var getBody = await get.Content.ReadAsByteArrayAsync();
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        foreach (var name in ComparedHeaders)
            Assert.Equal(Header(get, name), Header(head, name));
        if (get.Content.Headers.ContentLength is { } length)
        {
            Assert.Equal(getBody.Length, length);
            Assert.Equal(length, head.Content.Headers.ContentLength);
        }
    }

    [Fact]
    public async Task Head_WithCurrentETag_Returns304()
    {
        using var get = await _client.GetAsync("/articles/1");
        using var request = new HttpRequestMessage(HttpMethod.Head, "/articles/1");
        request.Headers.IfNoneMatch.Add(get.Headers.ETag!);

        using var head = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, head.StatusCode);
    }

    [Fact]
    public async Task Head_OnAWriteOnlyMethod_StillAnswers405()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/articles/1"));
        using var put = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, "/articles/1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_HasNoHeadOperations()
    {
        var document = await _client.GetJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        Assert.DoesNotContain(document.GetProperty("paths").EnumerateObject(), path => path.Value.TryGetProperty("head", out _));
        Assert.Contains("HEAD", document.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Through Kestrel: the same Content-Length as GET, no body bytes, and the connection stays usable.</summary>
    [Fact]
    public async Task Head_ThroughKestrel_SendsGetsContentLengthAndNoBody()
    {
        await using var app = await RunningApp.StartAsync();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        using var get = await client.GetAsync("/articles/1");
        var body = await get.Content.ReadAsByteArrayAsync();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/articles/1"));
        using var again = await client.GetAsync("/articles/1");

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(body, await again.Content.ReadAsByteArrayAsync());
        Assert.Contains("HEAD /articles/1 200", await app.OutputContainingAsync("HEAD /articles/1 200"), StringComparison.Ordinal);
    }

    static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values) : null;
}
