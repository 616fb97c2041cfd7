using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Hosting;
using NewsApi.Ingestion;
using NewsApi.Search;

namespace NewsApi.Bench;

/// <summary>
/// Search and list latency over a generated corpus, in process (store calls, no HTTP): imports N articles, then
/// times each query 200 times after warm-up and prints p50/p95/p99.
/// </summary>
static class SearchBench
{
    static readonly string[] Queries =
    [
        "inflation", "ceasefire", "\"trade talks\"", "energy OR budget", "minist*", "Fischer AND Paris", "election NOT budget",
    ];

    public static async Task<int> RunAsync(int count)
    {
        var dir = Directory.CreateTempSubdirectory("newsapi-search-bench-").FullName;
        try
        {
            var jsonl = Path.Combine(dir, "corpus.jsonl");
            new CorpusGenerator(seed: 11).WriteJsonl(jsonl, count);
            var settings = new Dictionary<string, string?> { ["ConnectionStrings:News"] = $"Data Source={Path.Combine(dir, "news.db")}" };
            await ImportCommand.RunAsync([jsonl], TextWriter.Null, Console.Error, interactive: false, settings);
            using var host = await CommandHost.StartAsync(settings);
            var search = host.Services.GetRequiredService<SearchStore>();
            var articles = host.Services.GetRequiredService<ArticleStore>();

            Console.WriteLine($"{count} articles; {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
            Console.WriteLine("| query | hits on first page | p50 ms | p95 ms | p99 ms |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var q in Queries)
            {
                var hits = 0;
                var times = await Time(async () => hits = (await search.SearchAsync(q, true, true, 20, null, CancellationToken.None)).Items.Count);
                Console.WriteLine($"| /search?q={q} | {hits} | {times}");
            }
            var pageTimes = await Time(async () => await articles.ListAsync(new ArticleFilter(), 20, null, CancellationToken.None));
            Console.WriteLine($"| /articles?limit=20 | 20 | {pageTimes}");
            var facetTimes = await Time(async () => await articles.ListAsync(new ArticleFilter(Query: "inflation"), ArticleSort.Relevance,
                [ArticleFacet.Entity, ArticleFacet.Source, ArticleFacet.Month], 10, 20, null, CancellationToken.None));
            Console.WriteLine($"| /articles?q=inflation&sort=relevance&facets=entity,source,month | 20 | {facetTimes}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    static async Task<string> Time(Func<Task> query)
    {
        for (var i = 0; i < 20; i++) await query();
        var samples = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var clock = Stopwatch.StartNew();
            await query();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
        samples.Sort();
        double P(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(p * samples.Count) - 1)];
        return $"{P(0.50):F2} | {P(0.95):F2} | {P(0.99):F2} |";
    }
}
