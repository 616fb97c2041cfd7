using Microsoft.AspNetCore.Hosting;
using System.Net;
using System.Net.Http.Headers;

namespace NewsApi.Tests.Representations;

public sealed class CachingTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> CacheableUrls => new()
    {
        "/articles", "/articles/1", "/articles/1/quotes", "/articles/1/entities", "/quotes", "/quotes/2",
        "/entities", "/entities/1", "/entities/1/articles", "/entities/8/quotes", "/articles?format=csv",
    };

    async Task<HttpResponseMessage> Get(string url, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        headers?.Invoke(request.Headers);
        return await _client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(CacheableUrls))]
    public async Task Get_HasStrongETagStableAcrossRequests_AndCachingHeaders(string url)
    {
        var first = await Get(url);
        var second = await Get(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal(etag, second.Headers.ETag);
        AssertCacheable(first);
        Assert.Equal(["Accept", "Accept-Encoding"], first.Headers.Vary);
    }

    // a browser that writes and reads the list again must not be shown its stored copy without asking first
    static void AssertCacheable(HttpResponseMessage response)
    {
        var cacheControl = response.Headers.CacheControl;
        Assert.NotNull(cacheControl);
        Assert.True(cacheControl.NoCache && !cacheControl.NoStore && cacheControl.MaxAge is null, cacheControl.ToString());
    }

    [Fact]
    public async Task CacheMaxAgeSeconds_Positive_LetsCachesReuseAnswersThatLong()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:CacheMaxAgeSeconds", "300"));
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/articles");

        var cacheControl = response.Headers.CacheControl!;
        Assert.True(!cacheControl.NoCache && cacheControl.MustRevalidate, cacheControl.ToString());
        Assert.Equal(TimeSpan.FromSeconds(300), cacheControl.MaxAge);
    }

    [Theory]
    [MemberData(nameof(CacheableUrls))]
    public async Task IfNoneMatch_WithCurrentETag_Returns304WithoutBody(string url)
    {
        var etag = (await Get(url)).Headers.ETag!;

        var response = await Get(url, h => h.IfNoneMatch.Add(etag));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag);
        AssertCacheable(response);
    }

    [Fact]
    public async Task IfNoneMatch_ListContainingTheETag_Returns304_AndStar304_AndOtherTag200()
    {
        var etag = (await Get("/articles/1")).Headers.ETag!;

        var list = await Get("/articles/1", h => h.TryAddWithoutValidation("If-None-Match", $"\"nope\", {etag}"));
        var star = await Get("/articles/1", h => h.TryAddWithoutValidation("If-None-Match", "*"));
        var other = await Get("/articles/1", h => h.TryAddWithoutValidation("If-None-Match", "\"nope\""));

        Assert.Equal(HttpStatusCode.NotModified, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, star.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task Representations_HaveDifferentETags()
    {
        var json = await Get("/articles/1");
        var jsonLd = await Get("/articles/1", h => h.Accept.ParseAdd("application/ld+json"));

        Assert.NotEqual(json.Headers.ETag, jsonLd.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await Get("/articles/1", h => { h.Accept.ParseAdd("application/ld+json"); h.IfNoneMatch.Add(json.Headers.ETag!); })).StatusCode);
    }

    [Fact]
    public async Task GetArticle_HasLastModifiedFromUpdatedAt_AndHonoursIfModifiedSince()
    {
        var response = await Get("/articles/1");
        var article = await _client.GetJsonAsync<NewsApi.Articles.Article>("/articles/1");
        var lastModified = response.Content.Headers.LastModified;

        Assert.NotNull(lastModified);
        Assert.Equal(article.UpdatedAt.ToUnixTimeSeconds(), lastModified.Value.ToUnixTimeSeconds());

        var notModified = await Get("/articles/1", h => h.IfModifiedSince = lastModified);
        var modified = await Get("/articles/1", h => h.IfModifiedSince = lastModified.Value.AddSeconds(-1));
        // If-None-Match takes precedence: a stale tag means 200 even though the date would say 304
        var tagWins = await Get("/articles/1", h => { h.IfModifiedSince = lastModified; h.TryAddWithoutValidation("If-None-Match", "\"stale\""); });

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tagWins.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/articles/999")]
    [InlineData("/articles?limit=0")]
    [InlineData("/export")]
    public async Task HealthErrorsAndExport_AreNotStored(string url)
    {
        var response = await Get(url);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Null(response.Headers.ETag);
    }
}
