using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Hosting;
using NewsApi.Ingestion;

namespace NewsApi.Bench;

/// <summary>
/// Where the time of the uncached reads goes, in process: for <c>GET /articles/{id}</c> reading the article
/// (ArticleStore.FindAsync) and serialising it with the service's JSON options, each timed over the same random ids,
/// against reading the document stored at write time (ArticleStore.FindDocumentAsync: what an uncached GET now does);
/// for <c>GET /articles?limit=20</c> the first page and a page at a deep cursor (90 % down the list). Five rounds,
/// medians reported after a warm-up round.
/// </summary>
static class ArticleReadBench
{
    const int Rounds = 5;
    const int PageReads = 500;

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
            var json = JsonSetup.CreateOptions();
            var random = new Random(1);
            var ids = Enumerable.Range(0, 2000).Select(_ => (long)random.Next(1, count + 1)).ToArray();
            var deep = await CursorAtAsync(store, count * 9 / 10);

            var find = new List<double>();
            var document = new List<double>();
            var serialise = new List<double>();
            var first = new List<double>();
            var deeper = new List<double>();
            long bytes = 0;
            // round 0 warms up (JIT and tiering, page cache) and is not counted
            for (var round = 0; round <= Rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                var articles = new List<Article>(ids.Length);
                foreach (var id in ids) articles.Add((await store.FindAsync(id, CancellationToken.None))!);
                find.Add(Micros(clock, ids.Length));

                clock.Restart();
                bytes = 0;
                foreach (var article in articles) bytes += JsonSerializer.SerializeToUtf8Bytes(article, json).Length;
                serialise.Add(Micros(clock, ids.Length));

                clock.Restart();
                long stored = 0;
                foreach (var id in ids) stored += (await store.FindDocumentAsync(id, CancellationToken.None))!.Json.Length;
                document.Add(Micros(clock, ids.Length));
                if (stored != bytes) throw new InvalidOperationException($"stored documents hold {stored} bytes, serialised articles {bytes}");

                clock.Restart();
                for (var i = 0; i < PageReads; i++) await ListAsync(store, null);
                first.Add(Micros(clock, PageReads));

                clock.Restart();
                for (var i = 0; i < PageReads; i++) await ListAsync(store, deep);
                deeper.Add(Micros(clock, PageReads));

                if (round == 0) { find.Clear(); document.Clear(); serialise.Clear(); first.Clear(); deeper.Clear(); continue; }
                Console.WriteLine($"round {round}: FindAsync {find[^1]:F0} µs, JSON {serialise[^1]:F0} µs, stored document {document[^1]:F0} µs, list first page {first[^1]:F0} µs, list deep page {deeper[^1]:F0} µs");
            }
            Console.WriteLine($"read: {ids.Length} random articles among {count} ({bytes / ids.Length / 1024.0:F1} KiB JSON each), medians of {Rounds} rounds: " +
                $"FindAsync {Median(find):F0} µs + JSON {Median(serialise):F0} µs against the stored document {Median(document):F1} µs; list of 20: first page {Median(first):F0} µs, " +
                $"at 90 % depth {Median(deeper):F0} µs");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    static Task<Page<ArticleSummary>> ListAsync(ArticleStore store, Cursor? after) =>
        store.ListAsync(new ArticleFilter(), Paging.DefaultLimit, after, CancellationToken.None);

    // The cursor a client holds after paging (newest first) past `depth` articles.
    static async Task<Cursor?> CursorAtAsync(ArticleStore store, int depth)
    {
        Cursor? cursor = null;
        for (var seen = 0; seen < depth; seen += Paging.MaxLimit)
        {
            var page = await store.ListAsync(new ArticleFilter(), Math.Min(Paging.MaxLimit, depth - seen), cursor, CancellationToken.None);
            if (!Cursor.TryDecode(page.NextCursor, out var next)) break;
            cursor = next;
        }
        return cursor;
    }

    static double Micros(Stopwatch clock, int operations) => clock.Elapsed.TotalMilliseconds * 1000 / operations;

    static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
