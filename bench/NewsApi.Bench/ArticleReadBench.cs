using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Hosting;
using NewsApi.Ingestion;

namespace NewsApi.Bench;

/// <summary>
/// Where the time of <c>GET /articles/{id}</c> goes, in process: reading the article (ArticleStore.FindAsync) and
/// serialising it to JSON, each timed over the same random ids.
/// </summary>
static class ArticleReadBench
{
    public static async Task<int> RunAsync(int count)
    {
        var dir = Directory.CreateTempSubdirectory("newsapi-read-bench-").FullName;
        try
        {
            var jsonl = Path.Combine(dir, "corpus.jsonl");
            new CorpusGenerator(seed: 5).WriteJsonl(jsonl, count);
            var settings = new Dictionary<string, string?> { ["ConnectionStrings:News"] = $"Data Source={Path.Combine(dir, "news.db")}" };
            await ImportCommand.RunAsync([jsonl], TextWriter.Null, Console.Error, interactive: false, settings);
            using var host = await CommandHost.StartAsync(settings);
            var store = host.Services.GetRequiredService<ArticleStore>();
            var json = new JsonSerializerOptions(JsonSerializerDefaults.Web)
            {
                Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            };
            var random = new Random(1);
            var ids = Enumerable.Range(0, 2000).Select(_ => (long)random.Next(1, count + 1)).ToArray();

            foreach (var id in ids.Take(200)) JsonSerializer.SerializeToUtf8Bytes(await store.FindAsync(id, CancellationToken.None), json);
            var read = Stopwatch.StartNew();
            var articles = new List<Article>(ids.Length);
            foreach (var id in ids) articles.Add((await store.FindAsync(id, CancellationToken.None))!);
            read.Stop();
            var write = Stopwatch.StartNew();
            long bytes = 0;
            foreach (var article in articles) bytes += JsonSerializer.SerializeToUtf8Bytes(article, json).Length;
            write.Stop();
            Console.WriteLine($"{ids.Length} reads of random articles among {count}: FindAsync {read.Elapsed.TotalMilliseconds * 1000 / ids.Length:F0} µs each, " +
                $"JSON {write.Elapsed.TotalMilliseconds * 1000 / ids.Length:F0} µs each ({bytes / ids.Length / 1024.0:F1} KiB)");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
