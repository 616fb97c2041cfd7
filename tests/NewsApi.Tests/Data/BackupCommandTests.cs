using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using NewsApi.Bench;
using NewsApi.Data;
using Xunit.Abstractions;

namespace NewsApi.Tests.Data;

public sealed class BackupCommandTests(ITestOutputHelper output) : IDisposable
{
    const string Key = "test-key-0123456789";
    readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    // each table with the key its rows are added in order of (paragraphs have no rowid of their own)
    // Rows an article write adds and no later write changes. Entities are not among them: a later article may rename,
    // retype or absorb one, fill its place, and re-point mentions and quotes to it (checked by foreign_key_check).
    static readonly (string Table, string Key, string Columns)[] Tables =
    [
        ("articles", "id", "*"), ("paragraphs", "article_id", "*"),
        ("mentions", "id", "id, article_id, field, start_offset, end_offset, text"),
        ("quotes", "id", "id, article_id, kind, start_offset, end_offset, text"),
    ];

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Backup_WhileAWriterIsActive_IsOneConsistentSnapshot()
    {
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:ApiKey", Key).UseSetting("NewsApi:Limits:Write:Permits", "1000000"));
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var corpus = new CorpusGenerator(seed: 11);
        async Task Post(int i)
        {
            var (title, body) = corpus.Next(100);
            var response = await client.PostAsJsonAsync("/articles", new { title = $"{title} [{i}]", body });
            Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        }
        for (var i = 0; i < 20; i++) await Post(i);

        using var stop = new CancellationTokenSource();
        var written = 20;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) await Post(written++);
        });
        await Task.Delay(200);
        var copy = Path.Combine(_factory.Directory, "backups", "copy.db");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await BackupCommand.RunAsync([copy], stdout, stderr,
            new Dictionary<string, string?> { ["ConnectionStrings:News"] = _factory.ConnectionString });
        await Task.Delay(200);
        await stop.CancelAsync();
        await writer;
        output.WriteLine(stdout.ToString().Trim());

        Assert.True(exit == 0, stderr.ToString());
        Assert.False(File.Exists(copy + ".partial"));
        await using var backup = new SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False");
        await using var live = new SqliteConnection($"Data Source={_factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        Assert.Equal("ok", await backup.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Equal("delete", await backup.ExecuteScalarAsync<string>("PRAGMA journal_mode"));

        // writes only added rows, with ids in commit order (one writer): the snapshot is exactly the live rows up to its last ids
        var copied = await backup.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles");
        var total = await live.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles");
        output.WriteLine($"copy holds {copied} articles; {total} by the end of the writes");
        Assert.InRange(copied, 21, total - 1);
        Assert.Empty(await backup.QueryAsync("PRAGMA foreign_key_check"));
        foreach (var (table, key, columns) in Tables)
        {
            var last = await backup.ExecuteScalarAsync<long>($"SELECT COALESCE(MAX({key}), 0) FROM {table}");
            Assert.Equal(await Hash(live, table, key, columns, last), await Hash(backup, table, key, columns, last));
            Assert.Equal(await backup.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}"),
                await live.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE {key} <= @last", new { last }));
        }
        Assert.Equal(copied, await backup.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT article_id) FROM paragraphs"));
        // aliases (no rowid) only grow as later articles name an entity again: the copy's are all still there
        var liveAliases = (await live.QueryAsync<string>("SELECT entity_id || ':' || alias FROM entity_aliases")).ToHashSet(StringComparer.Ordinal);
        Assert.All(await backup.QueryAsync<string>("SELECT entity_id || ':' || alias FROM entity_aliases"), a => Assert.Contains(a, liveAliases));
    }

    [Fact]
    public async Task Backup_SaysWhichDatabaseFileItCopies()
    {
        _factory.CreateClient().Dispose(); // the app creates the database
        var errors = new StringWriter();

        var exit = await BackupCommand.RunAsync([Path.Combine(_factory.Directory, "copy.db")], TextWriter.Null, errors,
            new Dictionary<string, string?> { ["ConnectionStrings:News"] = _factory.ConnectionString });

        Assert.Equal(0, exit);
        Assert.StartsWith($"database: {_factory.DatabasePath}", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_WithoutAFile_PrintsUsage()
    {
        var errors = new StringWriter();
        Assert.Equal(2, await BackupCommand.RunAsync([], TextWriter.Null, errors));
        Assert.Contains("usage: NewsApi backup FILE", errors.ToString(), StringComparison.Ordinal);
    }

    static async Task<string> Hash(SqliteConnection connection, string table, string key, string columns, long last)
    {
        var rows = await connection.QueryAsync($"SELECT {columns} FROM {table} WHERE {key} <= @last ORDER BY 1, 2, 3", new { last });
        var text = new StringBuilder();
        foreach (IDictionary<string, object?> row in rows)
            text.AppendJoin('\u001f', row.Select(c => $"{c.Key}={c.Value}")).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
