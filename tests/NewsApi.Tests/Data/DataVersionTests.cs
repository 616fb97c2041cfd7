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

    [Fact]
    public async Task TheVersion_StaysWhileNothingIsCommitted_AndChangesWithEveryCommitOfAnotherConnection()
    {
        await ExecuteAsync("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);");
        using var version = new DataVersion(new SqliteConnectionFactory(ConnectionString));

        var first = version.Current();
        Assert.Equal(first, version.Current());

        await ExecuteAsync("INSERT INTO t VALUES (1);");
        var second = version.Current();
        Assert.NotEqual(first, second);

        await ExecuteAsync("SELECT * FROM t;");
        Assert.Equal(second, version.Current());

        await ExecuteAsync("UPDATE t SET x = 2;");
        Assert.NotEqual(second, version.Current());
    }

    [Fact]
    public void AnInMemoryDatabase_HasNoVersion()
    {
        using var version = new DataVersion(new SqliteConnectionFactory("Data Source=:memory:"));

        Assert.Null(version.Current());
    }
}
