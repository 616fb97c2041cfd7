using Dapper;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Ingestion;

public sealed class ImportCommandTests : IDisposable
{
    // the factory's database, never started as an app: the command creates, migrates and seeds it
    readonly NewsApiFactory _factory = new();
    string Dir => _factory.Directory;

    public void Dispose() => _factory.Dispose();

    async Task<(int Exit, string Output, string Errors)> Import(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exit = await ImportCommand.RunAsync(args, output, errors, interactive: false,
            _factory.DatabaseSettings);
        return (exit, output.ToString(), errors.ToString());
    }

    async Task<long> Count(string table)
    {
        await using var connection = await _factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    string Write(string relative, string text)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Import_FolderAndJsonl_StoresEachArticleAndReportsBadLines()
    {
        var folder = Path.Combine(Dir, "in");
        Write("in/a.txt", "Storm hits coast\n\nHeavy rain fell on Monday, officials said.");
        Write("in/nested/b.txt", "Minister resigns\n\nThe minister resigned on Friday.");
        Write("in/notes.md", "ignored: not an article file");
        var jsonl = Write("more.jsonl", """
            {"title": "Talks resume", "body": "Negotiators met again in Geneva.", "publishedAt": "2024-03-01"}
            not json at all
            {"title": "", "body": "No title here."}

            {"title": "Storm hits coast", "body": "Heavy rain fell on Monday, officials said."}
            """);

        var (exit, output, _) = await Import(folder, jsonl);

        Assert.Equal(1, exit);
        Assert.Contains("imported 3, duplicates 1, failed 2", output, StringComparison.Ordinal);
        Assert.Contains("more.jsonl:2", output, StringComparison.Ordinal);
        Assert.Contains("more.jsonl:3: title is required.", output, StringComparison.Ordinal);
        Assert.Equal(4L, await Count("articles")); // the seed and three imported
    }

    [Fact]
    public async Task Import_SameFileTwice_StoresOneArticle()
    {
        var file = Write("a.txt", "Storm hits coast\n\nHeavy rain fell on Monday, officials said.");

        var first = await Import(file);
        var second = await Import(file);

        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        Assert.Contains("imported 0, duplicates 1, failed 0", second.Output, StringComparison.Ordinal);
        Assert.Equal(2L, await Count("articles"));
    }

    [Fact]
    public async Task Import_RedirectedOutput_PrintsPlainProgressLines()
    {
        var file = Write("a.txt", "Storm hits coast\n\nHeavy rain fell on Monday.");

        var (_, output, _) = await Import(file);

        Assert.Contains("1/1 (100%)", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', output);
    }

    [Fact]
    public async Task Import_MissingPath_IsReportedLikeABadFileAndTheRestIsImported()
    {
        var file = Write("a.txt", "Storm hits coast\n\nHeavy rain fell on Monday, officials said.");
        var missing = Path.Combine(Dir, "nope.txt");

        var (exit, output, _) = await Import(missing, file);

        Assert.Equal(1, exit);
        Assert.Contains($"failed: {missing}: no such file or folder", output, StringComparison.Ordinal);
        Assert.Contains("imported 1, duplicates 0, failed 1", output, StringComparison.Ordinal);
        Assert.Equal(2L, await Count("articles"));
    }

    [Fact]
    public async Task Import_NamesEachDuplicateWithTheArticleItRepeats()
    {
        var first = Write("a.txt", "Storm hits coast\n\nHeavy rain fell on Monday, officials said.");
        var again = Write("copy/a-again.txt", "Storm hits coast\n\nHeavy rain fell on Monday, officials said.");
        var jsonl = Write("more.jsonl", """
            {"title": "Talks resume", "body": "Negotiators met again in Geneva."}
            {"title": "Storm hits coast", "body": "Heavy rain fell on Monday, officials said."}
            """);

        var (exit, output, _) = await Import(first, again, jsonl);

        Assert.Equal(0, exit);
        Assert.Contains("imported 2, duplicates 2, failed 0", output, StringComparison.Ordinal);
        Assert.Contains($"duplicate: {again}: the same text as article 2", output, StringComparison.Ordinal);
        Assert.Contains($"duplicate: {jsonl}:2: the same text as article 2", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"duplicate: {first}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SaysWhichDatabaseFileItUses()
    {
        var file = Write("a.txt", "Storm hits coast\n\nHeavy rain fell on Monday.");

        var (_, _, errors) = await Import(file);

        Assert.StartsWith($"database: {_factory.DatabaseDescription}", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NoArguments_PrintsUsage()
    {
        var (exit, _, errors) = await Import();

        Assert.Equal(2, exit);
        Assert.Contains("usage:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reextract_LeavesCuratedSeedAlone()
    {
        var (exit, output, _) = await Import("--reextract");

        Assert.Equal(0, exit);
        Assert.Contains("re-extracted 0 articles", output, StringComparison.Ordinal);
        Assert.Equal(9L, await Count("quotes"));
    }
}
