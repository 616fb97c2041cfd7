using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Ingestion;

public sealed class ArticleIngestorTests : IDisposable
{
    readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    static NewArticle Article(string title) => new() { Title = title, Body = $"{title}: Officials in Paris said on Monday that talks would resume." };

    [Fact]
    public async Task IngestBatch_StoresAllInOrderAndAnswersDuplicatesWithExistingIds()
    {
        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        var first = await ingestor.IngestAsync(Article("Alpha"), CancellationToken.None);

        var results = await ingestor.IngestBatchAsync([Article("Beta"), Article("Alpha"), Article("Gamma"), Article("Beta")], CancellationToken.None);

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal([true, false, true, false], results.Select(r => r.Result!.Created));
        Assert.Equal(first.Id, results[1].Result!.Id);
        Assert.Equal(results[0].Result!.Id, results[3].Result!.Id);
    }

    [Fact]
    public async Task CreateMany_SameEntityInOneBatch_IsOneEntityWithEveryAlias()
    {
        static (NewArticle, NewsApi.Extraction.ExtractedArticle) Mentioning(string title, string name, params string[] aliases)
        {
            var body = $"Reporters asked {name} about the talks.";
            var start = body.IndexOf(name, StringComparison.Ordinal);
            return (new NewArticle { Title = title, Body = body }, new(null, null, [], [
                new(name, NewsApi.Extraction.EntityType.Person, aliases,
                    [new(NewsApi.Extraction.TextField.Body, NewsApi.Extraction.TextSpan.Of(body, start, start + name.Length))]),
            ], [], "test"));
        }
        var writer = _factory.Services.GetRequiredService<ArticleWriter>();

        await writer.CreateManyAsync([Mentioning("A", "Maria Fischer", "Fischer"), Mentioning("B", "MARIA FISCHER"), Mentioning("C", "Fischer")], "test", CancellationToken.None);

        await using var check = await _factory.OpenDatabaseAsync();
        var rows = (await check.QueryAsync<long>("SELECT DISTINCT entity_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.title IN ('A', 'B', 'C')")).ToList();
        Assert.Single(rows);
        Assert.Equal(["Fischer"], await check.QueryAsync<string>("SELECT alias FROM entity_aliases WHERE entity_id = @id", new { id = rows[0] }));
    }

    [Fact]
    public async Task IngestBatch_OneArticleFailsInTheDatabase_OthersAreStoredAndItsErrorReported()
    {
        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>(); // starts the app: the schema exists
        await using (var connection = await _factory.OpenDatabaseAsync())
            await Data.TestTriggers.RefuseInsertsAsync(connection, "articles", "NEW.title = 'Poison'", "poisoned row");

        var results = await ingestor.IngestBatchAsync([Article("One"), Article("Poison"), Article("Two")], CancellationToken.None);

        Assert.True(results[0].Result!.Created);
        Assert.Contains("poisoned row", results[1].Error, StringComparison.Ordinal);
        Assert.True(results[2].Result!.Created);
        await using var check = await _factory.OpenDatabaseAsync();
        Assert.Equal(3L, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
    }
}
