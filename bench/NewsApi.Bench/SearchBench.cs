using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Hosting;
using NewsApi.Ingestion;
using NewsApi.Search;
using static NewsApi.Bench.CorpusGenerator;

namespace NewsApi.Bench;

/// <summary>
/// Search and list latency over a generated corpus, in process (store calls, no HTTP). Imports N articles (SQLite:
/// into DIR, reused by later runs when given; PostgreSQL: into a new database on the server, dropped after the run),
/// then times every query of <see cref="CorpusGenerator.ClassifiedSearchTerms"/> once per rank cap
/// (<see cref="SearchOptions.RankCandidates"/>; 0, exact ranking, always) in interleaved rounds (all queries once per
/// round, so a burst of load from elsewhere on a shared machine hits all of them alike), and prints p50/p95 per query,
/// per class (all samples of the class pooled) and for the article lists, and for each cap the overlap of its first
/// page (articles and quotes together) with the first page of exact ranking.
/// </summary>
static class SearchBench
{
    const int WarmUps = 3;
    const int PageSize = 20;

    public static async Task<int> RunAsync(int count, string? directory, int rounds, string? postgres, IReadOnlyList<int> caps)
    {
        caps = [.. caps.Where(c => c > 0).Distinct().Order(), 0];
        var dir = directory ?? Directory.CreateTempSubdirectory("newsapi-search-bench-").FullName;
        Directory.CreateDirectory(dir);
        await using var database = await BenchDatabase.CreateAsync(dir, postgres);
        try
        {
            var settings = database.Settings;
            if (postgres is not null || !File.Exists(Path.Combine(dir, "news.db")))
            {
                var jsonl = Path.Combine(dir, $"corpus-{count}.jsonl");
                if (!File.Exists(jsonl)) new CorpusGenerator(seed: 11).WriteJsonl(jsonl, count);
                var clock = Stopwatch.StartNew();
                await ImportCommand.RunAsync([jsonl], TextWriter.Null, Console.Error, interactive: false, settings);
                Console.Error.WriteLine($"imported {count} articles ({database.Provider}) in {clock.Elapsed.TotalSeconds:F0} s");
            }
            using var host = await CommandHost.StartAsync(settings);
            var articles = host.Services.GetRequiredService<ArticleStore>();
            var connections = host.Services.GetRequiredService<IDbConnectionFactory>();
            var fullText = host.Services.GetRequiredService<FullTextSql>();
            var stores = caps.ToDictionary(c => c, c => new SearchStore(connections, fullText, Options.Create(new SearchOptions { RankCandidates = c })));

            var cases = new List<Case>();
            await using (var connection = await connections.OpenReadAsync())
            {
                if (postgres is not null) await connection.ExecuteAsync("VACUUM ANALYZE");
                var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM articles");
                Console.WriteLine($"{total} articles ({database.Provider}); {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; {rounds} interleaved rounds after {WarmUps} warm-ups; caps {string.Join(", ", caps)}; load average {LoadAverage()}");
                foreach (var (termClass, q) in ClassifiedSearchTerms())
                {
                    var query = SearchQueryParser.Parse(q);
                    var matches = await Matches(connection, fullText.ArticleIdsMatching("@Q"), fullText.Render(query, SearchIndex.Articles));
                    var quoteMatches = await Matches(connection, fullText.QuoteIdsMatching("@Q"), fullText.Render(query, SearchIndex.Quotes));
                    foreach (var cap in caps)
                        cases.Add(new Case(termClass.ToString(), q, cap, $"{matches} ({100.0 * matches / total:F1} %) articles, {quoteMatches} quotes",
                            async () => (await stores[cap].SearchAsync(query, true, true, PageSize, null, CancellationToken.None)).Items));
                }
            }
            cases.Add(new Case("List", "/articles?limit=20", 0, "",
                async () => { await articles.ListAsync(new ArticleFilter(), 20, null, CancellationToken.None); return []; }));
            foreach (var q in new[] { "inflation", "ceasefire", "cholera" })
                cases.Add(new Case("List", $"/articles?q={q}&sort=relevance&facets=entity,source,month", 0, "",
                    async () =>
                    {
                        await articles.ListAsync(new ArticleFilter(Query: SearchQueryParser.Parse(q)), ArticleSort.Relevance,
                            [ArticleFacet.Entity, ArticleFacet.Source, ArticleFacet.Month], 10, 20, null, CancellationToken.None);
                        return [];
                    }));

            foreach (var c in cases)
            {
                c.FirstPage = [.. (await c.Run()).Select(h => (h.Type, h.Id))];
                for (var i = 1; i < WarmUps; i++) await c.Run();
            }
            for (var round = 0; round < rounds; round++)
                foreach (var c in cases)
                {
                    var clock = Stopwatch.StartNew();
                    await c.Run();
                    c.Samples.Add(clock.Elapsed.TotalMilliseconds);
                }
            var searches = cases.Where(c => c.Class != "List").ToList();
            var exact = searches.Where(c => c.Cap == 0).ToDictionary(c => c.Query);
            // the share of exact ranking's first page that the capped first page holds too (1 when both are empty)
            double Overlap(Case c) => exact[c.Query].FirstPage.Count == 0 ? 1
                : (double)c.FirstPage.Intersect(exact[c.Query].FirstPage).Count() / exact[c.Query].FirstPage.Count;

            var capped = caps.Where(c => c > 0).ToList();
            Console.WriteLine($"\nload average after the rounds: {LoadAverage()}");
            Console.WriteLine($"\n| class | query | matches | {string.Join(" | ", caps.Select(c => $"cap {c} p50 / p95 ms"))} | {string.Join(" | ", capped.Select(c => $"top-{PageSize} overlap, cap {c}"))} |");
            Console.WriteLine($"|---|---|---|{string.Concat(Enumerable.Repeat("---|", caps.Count + capped.Count))}");
            foreach (var g in searches.GroupBy(c => c.Query))
                Console.WriteLine($"| {g.First().Class} | `{g.Key}` | {g.First().Matches} | {string.Join(" | ", caps.Select(cap => g.Single(c => c.Cap == cap)).Select(c => $"{P(c.Samples, 0.50):F1} / {P(c.Samples, 0.95):F1}"))} | {string.Join(" | ", capped.Select(cap => $"{Overlap(g.Single(c => c.Cap == cap)):P0}"))} |");

            Console.WriteLine($"\n| class | queries | {string.Join(" | ", caps.Select(c => $"cap {c} p50 / p95 ms"))} | {string.Join(" | ", capped.Select(c => $"mean top-{PageSize} overlap, cap {c}"))} |");
            Console.WriteLine($"|---|---|{string.Concat(Enumerable.Repeat("---|", caps.Count + capped.Count))}");
            foreach (var g in searches.GroupBy(c => c.Class).Append(searches.GroupBy(_ => "all search").Single()))
                Console.WriteLine($"| {g.Key} | {g.Count() / caps.Count} | {string.Join(" | ", caps.Select(cap => g.Where(c => c.Cap == cap).SelectMany(c => c.Samples).ToList()).Select(s => $"{P(s, 0.50):F1} / {P(s, 0.95):F1}"))} | {string.Join(" | ", capped.Select(cap => $"{g.Where(c => c.Cap == cap).Average(Overlap):P0}"))} |");

            Console.WriteLine("\n| list | p50 ms | p95 ms |\n|---|---|---|");
            foreach (var c in cases.Where(c => c.Class == "List")) Console.WriteLine($"| `{c.Query}` | {P(c.Samples, 0.50):F1} | {P(c.Samples, 0.95):F1} |");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (directory is null) Directory.Delete(dir, recursive: true);
        }
    }

    static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    static async Task<long> Matches(System.Data.Common.DbConnection connection, string ids, string? match) =>
        match is null ? 0 : await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM ({ids}) m", new { Q = match }); // null: a column filter of the other index

    static double P(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    sealed record Case(string Class, string Query, int Cap, string Matches, Func<Task<IReadOnlyList<SearchHit>>> Run)
    {
        public List<double> Samples { get; } = [];

        public IReadOnlyList<(SearchHitType, long)> FirstPage { get; set; } = [];
    }
}
