using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Extraction;
using NewsApi.Hosting;

namespace NewsApi.Bench;

/// <summary>
/// The write stage of an import alone: ARTICLES generated 600-word articles are extracted first (not timed), then
/// written in batches of 100 (as <c>import</c> does) into a new database, one transaction per batch. Three rounds,
/// each into a database of its own; the median is reported.
/// </summary>
static class WriteBench
{
    const int BatchSize = 100;

    public static async Task<int> RunAsync(int count, string? postgres = null)
    {
        var generator = new CorpusGenerator(seed: 7);
        var extractor = ArticleExtractor.CreateDefault();
        var items = Enumerable.Range(0, count).Select(_ => generator.Next(600)).ToList().AsParallel().AsOrdered()
            .Select(a => (new NewArticle { Title = a.Title, Body = a.Body }, extractor.Extract(a.Title, a.Body))).ToList();
        var rates = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            var dir = Directory.CreateTempSubdirectory("newsapi-write-bench-").FullName;
            await using var database = await BenchDatabase.CreateAsync(dir, postgres);
            try
            {
                using var host = await CommandHost.StartAsync(database.Settings);
                var writer = host.Services.GetRequiredService<ArticleWriter>();
                var clock = Stopwatch.StartNew();
                foreach (var batch in items.Chunk(BatchSize))
                    await writer.CreateManyAsync(batch, ArticleExtractor.Version, CancellationToken.None);
                rates.Add(count / clock.Elapsed.TotalSeconds);
                Console.WriteLine($"round {round + 1}: {rates[^1]:F0} articles/s written");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(dir, recursive: true);
            }
        }
        rates.Sort();
        Console.WriteLine($"write ({(postgres is null ? "sqlite" : "postgres")}): median {rates[1]:F0} articles/s for {count} extracted 600-word articles, batches of {BatchSize}");
        return 0;
    }
}
