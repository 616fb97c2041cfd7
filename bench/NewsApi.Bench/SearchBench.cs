using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Hosting;
using NewsApi.Ingestion;
using NewsApi.Search;
using static NewsApi.Bench.CorpusGenerator;

namespace NewsApi.Bench;

/// <summary>
/// Search and list latency over a generated corpus, in process (store calls, no HTTP). Imports N articles (into DIR,
/// reused by later runs when given), then times every query of <see cref="CorpusGenerator.ClassifiedSearchTerms"/>
/// in interleaved rounds (all queries once per round, so a burst of load from elsewhere on a shared machine hits all
/// of them alike), and prints p50/p95 per query, per class (all samples of the class pooled) and for the article
/// lists.
/// </summary>
static class SearchBench
{
    const int WarmUps = 3;

    public static async Task<int> RunAsync(int count, string? directory, int rounds = 30)
    {
        var dir = directory ?? Directory.CreateTempSubdirectory("newsapi-search-bench-").FullName;
        try
        {
            Directory.CreateDirectory(dir);
            var db = Path.Combine(dir, "news.db");
            var settings = new Dictionary<string, string?> { ["ConnectionStrings:News"] = $"Data Source={db}" };
            if (!File.Exists(db))
            {
                var jsonl = Path.Combine(dir, "corpus.jsonl");
                new CorpusGenerator(seed: 11).WriteJsonl(jsonl, count);
                var clock = Stopwatch.StartNew();
                await ImportCommand.RunAsync([jsonl], TextWriter.Null, Console.Error, interactive: false, settings);
                Console.Error.WriteLine($"imported {count} articles in {clock.Elapsed.TotalSeconds:F0} s");
            }
            using var host = await CommandHost.StartAsync(settings);
            var search = host.Services.GetRequiredService<SearchStore>();
            var articles = host.Services.GetRequiredService<ArticleStore>();
            var connections = host.Services.GetRequiredService<IDbConnectionFactory>();

            var cases = new List<Case>();
            await using (var connection = await connections.OpenReadAsync())
            {
                var total = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM articles");
                Console.WriteLine($"{total} articles; {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; {rounds} interleaved rounds after {WarmUps} warm-ups");
                foreach (var (termClass, q) in ClassifiedSearchTerms())
                {
                    var matches = await Matches(connection, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH @Q", q);
                    var quoteMatches = await Matches(connection, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH @Q", q);
                    cases.Add(new Case(termClass.ToString(), $"/search?q={q}", $"{matches} ({100.0 * matches / total:F1} %) articles, {quoteMatches} quotes",
                        async () => await search.SearchAsync(NewsApi.Search.SearchQueryParser.Parse(q), true, true, 20, null, CancellationToken.None)));
                }
            }
            cases.Add(new Case("List", "/articles?limit=20", "",
                async () => await articles.ListAsync(new ArticleFilter(), 20, null, CancellationToken.None)));
            foreach (var q in new[] { "inflation", "ceasefire", "cholera" })
                cases.Add(new Case("List", $"/articles?q={q}&sort=relevance&facets=entity,source,month", "",
                    async () => await articles.ListAsync(new ArticleFilter(Query: NewsApi.Search.SearchQueryParser.Parse(q)), ArticleSort.Relevance,
                        [ArticleFacet.Entity, ArticleFacet.Source, ArticleFacet.Month], 10, 20, null, CancellationToken.None)));

            foreach (var c in cases) for (var i = 0; i < WarmUps; i++) await c.Run();
            for (var round = 0; round < rounds; round++)
                foreach (var c in cases)
                {
                    var clock = Stopwatch.StartNew();
                    await c.Run();
                    c.Samples.Add(clock.Elapsed.TotalMilliseconds);
                }

            Console.WriteLine("\n| class | query | matches | p50 ms | p95 ms |\n|---|---|---|---|---|");
            foreach (var c in cases) Console.WriteLine($"| {c.Class} | `{c.Name}` | {c.Matches} | {P(c.Samples, 0.50):F1} | {P(c.Samples, 0.95):F1} |");
            Console.WriteLine("\n| class | queries | p50 ms | p95 ms | worst query p95 ms |\n|---|---|---|---|---|");
            foreach (var g in cases.Where(c => c.Class != "List").GroupBy(c => c.Class))
            {
                var pooled = g.SelectMany(c => c.Samples).ToList();
                Console.WriteLine($"| {g.Key} | {g.Count()} | {P(pooled, 0.50):F1} | {P(pooled, 0.95):F1} | {g.Max(c => P(c.Samples, 0.95)):F1} |");
            }
            var all = cases.Where(c => c.Class != "List").SelectMany(c => c.Samples).ToList();
            Console.WriteLine($"| all search | {cases.Count(c => c.Class != "List")} | {P(all, 0.50):F1} | {P(all, 0.95):F1} | |");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (directory is null) Directory.Delete(dir, recursive: true);
        }
    }

    static async Task<long> Matches(System.Data.Common.DbConnection connection, string sql, string q)
    {
        try { return await connection.ExecuteScalarAsync<long>(sql, new { Q = q }); }
        catch (Microsoft.Data.Sqlite.SqliteException) { return 0; } // a column filter of the other index
    }

    static double P(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    sealed record Case(string Class, string Name, string Matches, Func<Task> Run)
    {
        public List<double> Samples { get; } = [];
    }
}
