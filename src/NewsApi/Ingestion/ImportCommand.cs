using System.Diagnostics;
using System.Text.Json;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Extraction;

namespace NewsApi.Ingestion;

/// <summary>
/// <c>NewsApi import PATH...</c>: .txt files (first line title, then body), folders of them (recursively) and .jsonl
/// files (one JSON article per line, as POST /articles takes), through the same pipeline as the API.
/// <c>NewsApi import --reextract</c> re-runs the current extractor over articles annotated by an older one.
/// </summary>
public static class ImportCommand
{
    public const string Usage = """
        usage: NewsApi import PATH...       import .txt files, folders of them, and .jsonl files
               NewsApi import --reextract   re-extract articles annotated by an older extractor version
        """;

    /// <summary>Articles per transaction: large enough to amortise the commit, small enough to report progress often.</summary>
    const int BatchSize = 100;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, bool interactive,
        IDictionary<string, string?>? settings = null)
    {
        if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
        {
            await (args.Length == 0 ? errors : output).WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        using var host = await Hosting.CommandHost.StartAsync(settings, log: errors);

        if (args is ["--reextract"])
            return await ReextractAsync(host.Services, output);

        // a missing path is one more bad item, reported in its place, not a reason to import nothing
        var files = args.SelectMany(Expand).ToList();
        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
        var total = files.Sum(CountItems);
        var progress = new ImportProgress(total, output, interactive);
        var (imported, duplicates, failed) = (0, 0, 0);

        // Pipelined: a batch is extracted (on every core) while the previous one is written by the single writer.
        var batch = new List<(string Where, NewArticle Article)>(BatchSize);
        (Task<IReadOnlyList<BatchItemResult>> Write, List<string> Where)? pending = null;
        async Task ReportPendingAsync()
        {
            if (pending is not { } write) return;
            pending = null;
            var results = await write.Write;
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Error is { } error) { failed++; progress.Report($"failed: {write.Where[i]}: {error}"); }
                else if (results[i].Result!.Created) imported++;
                else { duplicates++; progress.Report($"duplicate: {write.Where[i]}: the same text as article {results[i].Result!.Id}"); }
                progress.Advance();
            }
        }
        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            var prepared = await ingestor.PrepareBatchAsync([.. batch.Select(b => b.Article)], CancellationToken.None);
            var where = batch.Select(b => b.Where).ToList();
            batch.Clear();
            await ReportPendingAsync();
            pending = (Task.Run(() => ingestor.WriteBatchAsync(prepared, CancellationToken.None)), where);
        }

        foreach (var file in files)
        {
            await foreach (var (where, input, error) in ReadItemsAsync(file))
            {
                NewArticle? article = null;
                var problem = error ?? Describe(input!.Validate(out article));
                if (problem is not null)
                {
                    failed++;
                    progress.Report($"failed: {where}: {problem}");
                    progress.Advance();
                    continue;
                }
                batch.Add((where, article!));
                if (batch.Count == BatchSize) await FlushAsync();
            }
        }
        await FlushAsync();
        await ReportPendingAsync();
        progress.Finish();
        await output.WriteLineAsync(
            $"imported {imported}, duplicates {duplicates}, failed {failed} in {progress.Elapsed.TotalSeconds:F1} s ({progress.Rate:F0} articles/s)");
        return failed == 0 ? 0 : 1;
    }

    static async Task<int> ReextractAsync(IServiceProvider services, TextWriter output)
    {
        var store = services.GetRequiredService<ArticleStore>();
        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var ids = await store.ListIdsAnnotatedByOtherThanAsync([ArticleExtractor.Version, SeedData.Annotator], CancellationToken.None);
        foreach (var id in ids)
        {
            var article = (await store.FindAsync(id, CancellationToken.None))!;
            await ingestor.ReplaceAsync(id, new NewArticle
            {
                Title = article.Title, Body = article.Body, Source = article.Source, Dateline = article.Dateline, Url = article.Url,
                Language = article.Language, PublishedAt = article.DateSource == DateSource.Ingested ? null : article.PublishedAt,
                DateSource = article.DateSource,
            }, CancellationToken.None);
        }
        await output.WriteLineAsync($"re-extracted {ids.Count} articles with {ArticleExtractor.Version}");
        return 0;
    }

    static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsImportable).Order(StringComparer.Ordinal)
            : [path];

    const string NoSuchFile = "no such file or folder";

    static bool IsImportable(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".jsonl";

    static int CountItems(string file) =>
        File.Exists(file) && Path.GetExtension(file).Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
            ? File.ReadLines(file).Count(l => !string.IsNullOrWhiteSpace(l))
            : 1;

    static async IAsyncEnumerable<(string Where, ArticleInput? Input, string? Error)> ReadItemsAsync(string file)
    {
        if (!File.Exists(file))
        {
            yield return (file, null, NoSuchFile);
            yield break;
        }
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".txt")
        {
            var (title, body) = ArticleText.Split(await File.ReadAllTextAsync(file));
            yield return (file, new ArticleInput { Title = title, Body = body }, null);
            yield break;
        }
        if (extension != ".jsonl")
        {
            yield return (file, null, "not a .txt or .jsonl file");
            yield break;
        }
        var number = 0;
        await foreach (var line in File.ReadLinesAsync(file))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            ArticleInput? input = null;
            string? error = null;
            try { input = JsonSerializer.Deserialize<ArticleInput>(line, JsonOptions) ?? throw new JsonException("null"); }
            catch (JsonException) { error = "not a JSON article object"; }
            yield return ($"{file}:{number}", input, error);
        }
    }

    static string? Describe(Dictionary<string, string[]> errors) =>
        errors.Count == 0 ? null : string.Join(" ", errors.Values.SelectMany(v => v));

    static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>A progress bar with rate and ETA on a terminal; a plain line every 5 % when output is redirected.</summary>
sealed class ImportProgress(int total, TextWriter output, bool interactive)
{
    readonly Stopwatch _clock = Stopwatch.StartNew();
    int _done;
    int _lastPercent = -1;

    public TimeSpan Elapsed => _clock.Elapsed;
    public double Rate => _done / Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);

    public void Report(string line)
    {
        if (interactive) output.Write("\r\x1b[K");
        output.WriteLine(line);
    }

    public void Advance()
    {
        _done++;
        var percent = total == 0 ? 100 : _done * 100 / total;
        if (interactive)
        {
            if (_done != total && _clock.ElapsedMilliseconds % 100 > 10 && percent == _lastPercent) return;
            const int width = 30;
            var filled = total == 0 ? width : _done * width / total;
            var eta = Rate > 0 ? TimeSpan.FromSeconds((total - _done) / Rate) : TimeSpan.Zero;
            output.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{total} {Rate:F0}/s ETA {eta:mm\\:ss}");
        }
        else if (percent / 5 != _lastPercent / 5 || _done == total)
        {
            output.WriteLine($"{_done}/{total} ({percent}%) {Rate:F0} articles/s");
        }
        _lastPercent = percent;
    }

    public void Finish()
    {
        if (interactive) output.WriteLine();
    }
}
