using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Representations;

namespace NewsApi.Tests.Representations;

/// <summary>The service's cache of rendered answers: reused while the database is unchanged, never stale after a write.</summary>
public sealed class ResponseCacheTests : IDisposable
{
    readonly KeyedApp _keyed = new(("NewsApi:Limits:Read:Permits", "1000"));
    readonly HttpClient _client;

    public ResponseCacheTests() => _client = _keyed.Client;

    public void Dispose() => _keyed.Dispose();

    RepresentationCache Cache => _keyed.App.Services.GetRequiredService<RepresentationCache>();

    async Task<HttpResponseMessage> Get(string url, string? accept = null, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task ARepeatedGet_IsAnsweredFromTheCache_WithTheSameBytesAndETag()
    {
        var first = await Get("/articles/1");
        var hits = Cache.Hits;
        var second = await Get("/articles/1");

        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.LastModified, second.Content.Headers.LastModified);
        Assert.Equal("application/json", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ACachedAnswer_CarriesItsOwnRequestIdAndRateLimitHeaders()
    {
        var first = await Get("/articles/1");
        var second = await Get("/articles/1");

        Assert.NotEqual(first.Headers.GetValues("X-Request-Id").Single(), second.Headers.GetValues("X-Request-Id").Single());
        var remaining = (HttpResponseMessage r) => int.Parse(r.Headers.GetValues("RateLimit-Remaining").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(remaining(first) - 1, remaining(second));
    }

    [Fact]
    public async Task ACachedAnswer_StillAnswersAMatchingIfNoneMatchWith304()
    {
        var etag = (await Get("/articles/1")).Headers.ETag!;
        var hits = Cache.Hits;

        var revalidated = await Get("/articles/1", ifNoneMatch: etag);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(etag, revalidated.Headers.ETag);
        Assert.Equal(hits + 1, Cache.Hits);
    }

    [Fact]
    public async Task EachRepresentation_IsCachedApart()
    {
        var json = await (await Get("/articles/1")).Content.ReadAsStringAsync();
        var jsonLd = await Get("/articles/1", accept: "application/ld+json");
        var csv = await Get("/articles?format=csv");
        var list = await Get("/articles");
        var jsonAgain = await (await Get("/articles/1")).Content.ReadAsStringAsync();

        Assert.Equal("application/ld+json", jsonLd.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"@context\"", await jsonLd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/json", list.Content.Headers.ContentType?.MediaType);
        Assert.Equal(json, jsonAgain);
    }

    [Fact]
    public async Task AWriteThroughTheApi_IsSeenByTheNextRead()
    {
        await Get("/articles/1");
        await Get("/articles");

        var put = await _client.PutAsync("/articles/1", new StringContent(
            "Ministers meet in Vienna\n\nVIENNA (Reuters) - The minister said on Monday that talks would continue.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        Assert.Contains("Ministers meet in Vienna", await (await Get("/articles/1")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Ministers meet in Vienna", await (await Get("/articles")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWriteByAnotherProcessOnTheSameFile_IsSeenWithinTheRecheckInterval()
    {
        var cached = await (await Get("/articles/1")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Renamed elsewhere", cached, StringComparison.Ordinal);

        // as the import command or a database shell would: its own connection, outside the service
        await using (var other = await _keyed.Factory.OpenDatabaseAsync())
        {
            await using var update = other.CreateCommand();
            update.CommandText = "UPDATE articles SET title = 'Renamed elsewhere' WHERE id = 1";
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
            // a hand edit drops the article's stored JSON document (the import command's writer rebuilds it itself)
            update.CommandText = "DELETE FROM article_documents WHERE article_id = 1";
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        // seen within DataVersion.RecheckAfter (50 ms); a second is a generous bound for a busy test machine
        var deadline = DateTime.UtcNow.AddSeconds(1);
        string body;
        do body = await (await Get("/articles/1")).Content.ReadAsStringAsync();
        while (!body.Contains("Renamed elsewhere", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains("Renamed elsewhere", body, StringComparison.Ordinal);
    }

    sealed class ControlledSignal : IDataChangeSignal
    {
        public long? Token { get; set; } = 1;
        public TimeSpan MaxStaleness => TimeSpan.Zero;
        public long? Current() => Token;
        public void Changed() { }
    }

    [Fact]
    public async Task TheCache_FollowsWhateverChangeSignalIsRegistered()
    {
        var signal = new ControlledSignal();
        using var factory = new NewsApiFactory();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IDataChangeSignal>(signal)));
        using var client = app.CreateClient();
        var cache = app.Services.GetRequiredService<RepresentationCache>();

        await client.GetAsync("/articles/1");
        await client.GetAsync("/articles/1");
        Assert.Equal((1, 1), (cache.Hits, cache.Misses));

        signal.Token = 2;
        await client.GetAsync("/articles/1");
        Assert.Equal((1, 2), (cache.Hits, cache.Misses));

        signal.Token = null;
        await client.GetAsync("/articles/1");
        Assert.Equal((1, 2), (cache.Hits, cache.Misses));
    }

    [Fact]
    public async Task ErrorAnswers_AreNeverCached()
    {
        await Get("/articles/999");
        var (hits, misses) = (Cache.Hits, Cache.Misses);

        var again = await Get("/articles/999");

        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal((hits, misses + 1), (Cache.Hits, Cache.Misses));
    }

    [Fact]
    public async Task HitsMissesAndSize_AreExportedAtMetrics()
    {
        // A commit seen between the two reads (the seed's, noticed up to 50 ms late on a loaded machine) empties the
        // cache and makes the second read a miss too: read again until one hit is counted, a few rounds at most.
        var metrics = "";
        double Value(string name) => metrics.Split('\n').SingleOrDefault(l => l.StartsWith(name + "{", StringComparison.Ordinal)) is { } line
            ? double.Parse(line.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        for (var round = 0; round < 10; round++)
        {
            await Get("/articles/1");
            await Get("/articles/1");
            metrics = await _client.GetStringAsync("/metrics");
            if (Value("newsapi_response_cache_hits_total") >= 1) break;
        }

        Assert.True(Value("newsapi_response_cache_hits_total") >= 1);
        Assert.True(Value("newsapi_response_cache_misses_total") >= 1);
        Assert.True(Value("newsapi_response_cache_size_bytes") > 1000);
    }

    [Fact]
    public async Task ZeroMiB_TurnsTheCacheOff()
    {
        using var app = new KeyedApp(("NewsApi:ResponseCacheMiB", "0"));
        var cache = app.App.Services.GetRequiredService<RepresentationCache>();

        await app.Client.GetAsync("/articles/1");
        var second = await app.Client.GetAsync("/articles/1");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((0, 0), (cache.Hits, cache.Misses));
    }
}
