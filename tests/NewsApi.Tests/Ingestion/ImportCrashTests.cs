using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Bench;
using NewsApi.Extraction;
using Xunit.Abstractions;

namespace NewsApi.Tests.Ingestion;

/// <summary>
/// The real <c>import</c> process, killed with SIGKILL in the middle of a 2,000-article file: after it the database
/// is intact, holds whole batches only (every article with all its parts), and importing again finishes the rest
/// without a duplicate.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ImportCrashTests(ITestOutputHelper output) : IDisposable
{
    const int Articles = 2000;
    readonly string _dir = Directory.CreateTempSubdirectory("newsapi-crash-").FullName;
    string Db => Path.Combine(_dir, "news.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    Process StartImport(string file)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsApi.dll"), "import", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _dir,
        };
        start.Environment["ConnectionStrings__News"] = $"Data Source={Db}";
        start.Environment["DOTNET_gcServer"] = "0";
        return Process.Start(start)!;
    }

    async Task<long> Scalar(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    [Fact]
    public async Task ImportKilledMidway_LeavesWholeArticlesOnly_AndReimportFinishesWithoutDuplicates()
    {
        var file = Path.Combine(_dir, "articles.jsonl");
        var corpus = new CorpusGenerator(seed: 2026);
        var lines = new List<(string Title, string Body)>();
        await using (var writer = new StreamWriter(file))
            for (var i = 0; i < Articles; i++)
            {
                var (title, body) = corpus.Next(60 + i % 90);
                lines.Add(($"{title} ({i})", body));
                await writer.WriteLineAsync(JsonSerializer.Serialize(new { title = lines[^1].Title, body }));
            }

        using (var first = StartImport(file))
        {
            var clock = Stopwatch.StartNew();
            // wait until a few batches are committed, then pull the plug
            while (!File.Exists(Db) || await SafeCount() < 301)
            {
                if (first.HasExited) Assert.Fail($"import ended before it was killed: {await first.StandardError.ReadToEndAsync()}");
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "import made no progress");
                await Task.Delay(20);
            }
            first.Kill(entireProcessTree: true); // SIGKILL on Unix: no cleanup, no last commit
            await first.WaitForExitAsync();
        }
        SqliteConnection.ClearAllPools();

        await using (var recover = new SqliteConnection($"Data Source={Db};Pooling=False"))
            Assert.Equal("ok", await recover.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        var survived = await Scalar("SELECT COUNT(*) FROM articles") - 1; // minus the seed
        output.WriteLine($"killed after {survived} of {Articles} articles were committed");
        Assert.InRange(survived, 300, Articles - 1);
        // the import commits 100 articles per transaction: a kill leaves whole batches, never part of one
        Assert.Equal(0, survived % 100);
        Assert.Equal(0, await Scalar("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = a.id)"));

        // every stored article has exactly the parts a fresh extraction gives (a sample, to keep the test short)
        var extractor = ArticleExtractor.CreateDefault();
        await using (var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False"))
        {
            var stored = (await connection.QueryAsync<(long Id, string Title, string Body)>(
                "SELECT id, title, body FROM articles WHERE annotator <> 'curated' ORDER BY id")).ToList();
            foreach (var (id, title, body) in stored.Where((_, i) => i % 10 == 0))
            {
                var expected = NewsApi.Entities.EntityNames.Clean(extractor.Extract(title, body)); // what the store keeps
                Assert.Equal(expected.Paragraphs.Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM paragraphs WHERE article_id = @id", new { id }));
                Assert.Equal(expected.Quotes.Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM quotes WHERE article_id = @id", new { id }));
                Assert.Equal(expected.Entities.Sum(e => e.Mentions.Count), await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM mentions WHERE article_id = @id", new { id }));
            }
        }

        using var second = StartImport(file);
        var summary = await second.StandardOutput.ReadToEndAsync();
        await second.WaitForExitAsync();
        Assert.True(second.ExitCode == 0, summary + await second.StandardError.ReadToEndAsync());
        output.WriteLine(summary.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Contains($"imported {Articles - survived}, duplicates {survived}, failed 0", summary, StringComparison.Ordinal);
        Assert.Equal(Articles + 1, await Scalar("SELECT COUNT(*) FROM articles"));
        Assert.Equal(Articles + 1, await Scalar("SELECT COUNT(DISTINCT content_hash) FROM articles"));
        await using (var check = new SqliteConnection($"Data Source={Db};Pooling=False"))
            Assert.Equal("ok", await check.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
    }

    // the file exists before its schema does
    async Task<long> SafeCount()
    {
        try { return await Scalar("SELECT COUNT(*) FROM articles"); }
        catch (SqliteException) { return 0; }
    }
}
