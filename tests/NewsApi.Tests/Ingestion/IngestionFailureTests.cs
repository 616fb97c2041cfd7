using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Extraction;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Ingestion;

/// <summary>
/// Only a failure caused by one article is reported as that article's failure; anything unexpected (here a clock
/// that throws <see cref="InvalidOperationException"/>) is thrown, and through the API it is a 500.
/// </summary>
public sealed class IngestionFailureTests : IDisposable
{
    sealed class BreakableClock : TimeProvider
    {
        public bool Broken { get; set; }
        public override DateTimeOffset GetUtcNow() => Broken ? throw new InvalidOperationException("the clock is broken") : base.GetUtcNow();
    }

    readonly BreakableClock _clock = new();
    readonly NewsApiFactory _factory = new();
    readonly WebApplicationFactory<Program> _app;

    public IngestionFailureTests() => _app = _factory.WithWebHostBuilder(b =>
    {
        b.UseSetting("NewsApi:ApiKey", KeyedApp.Key);
        b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock));
    });

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    static NewArticle Article(string title) => new() { Title = title, Body = $"{title}: Officials in Paris said on Monday that talks would resume." };

    [Fact]
    public async Task IngestBatch_UnexpectedInvalidOperationException_IsThrownNotReportedAsFailedArticles()
    {
        var ingestor = _app.Services.GetRequiredService<ArticleIngestor>();
        _clock.Broken = true;

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => ingestor.IngestBatchAsync([Article("One"), Article("Two")], CancellationToken.None));

        Assert.Equal("the clock is broken", e.Message);
    }

    [Fact]
    public async Task PostArticle_UnexpectedInvalidOperationException_Is500Problem()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyedApp.Key);
        _clock.Broken = true;

        var response = await client.PostAsJsonAsync("/articles", new { title = "Clock", body = "Officials in Paris said on Monday that talks would resume." });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WriteBatch_ArticleWhoseAnnotationsMissItsText_FailsAloneWithTheReason()
    {
        var ingestor = _app.Services.GetRequiredService<ArticleIngestor>();
        var good = await ingestor.PrepareBatchAsync([Article("Good one"), Article("Good two")], CancellationToken.None);
        var bad = Article("Bad");
        var offText = new ExtractedArticle(null, null, [], [
            new("Nobody", EntityType.Person, [], [new(TextField.Body, new TextSpan(0, 6, "Nobody"))]),
        ], [], "test");
        var batch = new PreparedBatch([null, null, null], [0, 1, 2], [good.Extracted[0], (bad, offText), good.Extracted[1]]);

        var results = await ingestor.WriteBatchAsync(batch, CancellationToken.None);

        Assert.True(results[0].Result!.Created);
        Assert.Contains("does not match its text", results[1].Error, StringComparison.Ordinal);
        Assert.True(results[2].Result!.Created);
    }
}
