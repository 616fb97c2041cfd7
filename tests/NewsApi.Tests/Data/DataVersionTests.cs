using Microsoft.Data.Sqlite;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

public sealed class DataVersionTests : IDisposable
{
    readonly string _directory = Directory.CreateTempSubdirectory("newsapi-version-").FullName;

    string ConnectionString => $"Data Source={Path.Combine(_directory, "news.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // what the process itself commits is reported with Changed(), as DatabaseWriter does
    async Task CommitAsync(DataVersion version, string sql)
    {
        await ExecuteAsync(sql);
        version.Changed();
    }

    [Fact]
    public async Task TheVersion_StaysWhileNothingIsCommitted_AndChangesWithEveryReportedCommit()
    {
        await ExecuteAsync("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);");
        using var version = new DataVersion(new SqliteConnectionFactory(ConnectionString));

        var first = version.Current();
        Assert.Equal(first, version.Current());

        await CommitAsync(version, "INSERT INTO t VALUES (1);");
        var second = version.Current();
        Assert.NotEqual(first, second);

        await ExecuteAsync("SELECT * FROM t;");
        version.Changed();
        Assert.Equal(second, version.Current());

        await CommitAsync(version, "UPDATE t SET x = 2;");
        Assert.NotEqual(second, version.Current());
    }

    [Fact]
    public async Task ACommitNobodyReported_IsSeenOnceTheRecheckIntervalHasPassed()
    {
        await ExecuteAsync("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);");
        using var version = new DataVersion(new SqliteConnectionFactory(ConnectionString));
        var before = version.Current();

        await ExecuteAsync("INSERT INTO t VALUES (1);");
        await Task.Delay(DataVersion.RecheckAfter + TimeSpan.FromMilliseconds(20));

        Assert.NotEqual(before, version.Current());
    }

    [Fact]
    public void AnInMemoryDatabase_HasNoVersion()
    {
        using var version = new DataVersion(new SqliteConnectionFactory("Data Source=:memory:"));

        Assert.Null(version.Current());
    }
}
