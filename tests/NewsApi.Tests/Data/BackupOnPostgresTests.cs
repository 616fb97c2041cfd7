#if NEWSAPI_POSTGRES
using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>
/// <c>backup</c> copies a SQLite file; on PostgreSQL it says that <c>pg_dump</c> is the tool and fails, rather than
/// write something that looks like a backup. (SQLite's backup: BackupCommandTests.)
/// </summary>
public sealed class BackupOnPostgresTests : IDisposable
{
    readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Backup_OnPostgres_ExplainsPgDumpAndExitsNonZero_WritingNothing()
    {
        var target = Path.Combine(_factory.Directory, "backup.db");
        var (output, errors) = (new StringWriter(), new StringWriter());

        var exit = await BackupCommand.RunAsync([target], output, errors, _factory.DatabaseSettings);

        Assert.NotEqual(0, exit);
        Assert.Contains("pg_dump", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains(_factory.DatabaseDescription, errors.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(_factory.Directory, "backup*"));
    }
}
#endif
