using System.Diagnostics;
using NewsApi.Bench;
using NewsApi.Extraction;
using NewsApi.Ingestion;

// dotnet run -c Release --project bench/NewsApi.Bench -- extract [ARTICLES]
// dotnet run -c Release --project bench/NewsApi.Bench -- import [ARTICLES] [--postgres CONNECTION]
// dotnet run -c Release --project bench/NewsApi.Bench -- write [ARTICLES] [--postgres CONNECTION]   (the write stage of an import alone: extracted first, then timed)
//   --postgres: into a new database on that PostgreSQL server (created, then dropped; the connection's user may create databases)
// dotnet run -c Release --project bench/NewsApi.Bench -- search [ARTICLES [DIR [ROUNDS]]] [--caps 1000,2000] [--postgres CONNECTION]   (DIR: keep the SQLite database there and reuse it; ROUNDS: 30; --caps: the rank caps timed beside exact ranking, default 2000)
// dotnet run -c Release --project bench/NewsApi.Bench -- corpus OUT.jsonl ARTICLES [TERMS.txt]
// dotnet run -c Release --project bench/NewsApi.Bench -- entities [ARTICLES | FILE.jsonl]   (names held by several entities after an import; 600 generated articles by default)
// dotnet run -c Release --project bench/NewsApi.Bench -- versions
string? postgres = null, caps = null;
if (Array.IndexOf(args, "--caps") is >= 0 and var capsAt && capsAt + 1 < args.Length)
{
    caps = args[capsAt + 1];
    args = [.. args[..capsAt], .. args[(capsAt + 2)..]];
}
if (Array.IndexOf(args, "--postgres") is >= 0 and var at && at + 1 < args.Length)
{
    postgres = args[at + 1];
    args = [.. args[..at], .. args[(at + 2)..]];
}
return args switch
{
    ["extract", .. var rest] => Extract(rest is [var n] ? int.Parse(n) : 2000),
    ["import", .. var rest] => await Import(rest is [var n] ? int.Parse(n) : 10_000, postgres),
    ["write", .. var rest] => await WriteBench.RunAsync(rest is [var n] ? int.Parse(n) : 2_000, postgres),
    ["search", .. var rest] when rest.Length <= 3 => await SearchBench.RunAsync(rest is [var n, ..] ? int.Parse(n) : 10_000,
        rest is [_, var dir, ..] ? dir : null, rest is [_, _, var rounds] ? int.Parse(rounds) : 30, postgres, [.. (caps ?? "2000").Split(',').Select(int.Parse)]),
    ["read", .. var rest] => await ArticleReadBench.RunAsync(rest is [var n] ? int.Parse(n) : 2_000),
    ["corpus", var path, var n, .. var rest] when rest.Length <= 1 => Corpus(path, int.Parse(n), rest is [var terms] ? terms : null),
    ["entities", .. var rest] when rest.Length <= 1 => await EntityBench.RunAsync(rest is [var input] ? input : null),
    ["versions"] => Versions(),
    _ => Usage(),
};

static int Extract(int count)
{
    var generator = new CorpusGenerator(seed: 42);
    var articles = Enumerable.Range(0, count).Select(_ => generator.Next(600)).ToList();
    var extractor = ArticleExtractor.CreateDefault();
    foreach (var (title, body) in articles.Take(50)) extractor.Extract(title, body); // warm-up: JIT and tiering

    var rounds = new List<double>();
    for (var round = 0; round < 5; round++)
    {
        var clock = Stopwatch.StartNew();
        var quotes = 0;
        foreach (var (title, body) in articles) quotes += extractor.Extract(title, body).Quotes.Count;
        rounds.Add(count / clock.Elapsed.TotalSeconds);
        Console.WriteLine($"round {round + 1}: {rounds[^1]:F0} articles/s ({quotes} quotes)");
    }
    rounds.Sort();
    Console.WriteLine($"extract: median {rounds[2]:F0} articles/s for 600-word articles, one thread ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription})");
    return 0;
}

static async Task<int> Import(int count, string? postgres)
{
    var dir = Directory.CreateTempSubdirectory("newsapi-bench-").FullName;
    await using var database = await BenchDatabase.CreateAsync(dir, postgres);
    try
    {
        var jsonl = Path.Combine(dir, "corpus.jsonl");
        new CorpusGenerator(seed: 7).WriteJsonl(jsonl, count);
        var clock = Stopwatch.StartNew();
        var exit = await ImportCommand.RunAsync([jsonl], Console.Out, Console.Error, interactive: false, database.Settings);
        var elapsed = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"import ({database.Provider}): {count} articles in {elapsed.TotalSeconds:F1} s = {count / elapsed.TotalSeconds:F0} articles/s end-to-end; peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB; database {await database.SizeAsync() / (1024 * 1024)} MiB");
        return exit;
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }
}

// The corpus bench/run imports with the real CLI: ARTICLES generated articles (400–1,200 words) as JSON lines, and
// optionally the search queries drawn from the same vocabulary, one a line.
static int Corpus(string path, int count, string? termsPath)
{
    if (count < 1) { Console.Error.WriteLine("corpus: ARTICLES must be at least 1"); return 2; }
    var clock = Stopwatch.StartNew();
    new CorpusGenerator(seed: 7).WriteJsonl(path, count);
    if (termsPath is not null) File.WriteAllLines(termsPath, CorpusGenerator.SearchTerms());
    Console.WriteLine($"corpus: {count} articles to {path} in {clock.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / 1024} KiB)");
    return 0;
}

// The runtime and the SQLite library the service itself loads (the bundled one, not the system's sqlite3 CLI).
static int Versions()
{
    using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "select sqlite_version()";
    Console.WriteLine($"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}; SQLite {command.ExecuteScalar()}");
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: NewsApi.Bench extract [ARTICLES] | import [ARTICLES] [--postgres CONNECTION] | write [ARTICLES] [--postgres CONNECTION] | search [ARTICLES [DIR [ROUNDS]]] [--caps N,…] [--postgres CONNECTION] | read [ARTICLES] | corpus OUT.jsonl ARTICLES [TERMS.txt] | entities [ARTICLES | FILE.jsonl] | versions");
    return 2;
}
