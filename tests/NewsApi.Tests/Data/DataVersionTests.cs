using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>SQLite's change signal, <c>PRAGMA data_version</c>, held to the contract of every provider's and to its own details.</summary>
public sealed class DataVersionTests : DataChangeSignalContract
{
    readonly string _directory = Directory.CreateTempSubdirectory("newsapi-version-").FullName;
    DataVersion _version = null!;
    DatabaseWriter _writer = null!;

    string ConnectionString => $"Data Source={Path.Combine(_directory, "news.db")}";

    protected override async Task<IDataChangeSignal> StartAsync()
    {
        await ExecuteAsync("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);");
        var connections = new SqliteConnectionFactory(ConnectionString);
        _version = new DataVersion(connections);
        _writer = new DatabaseWriter(connections, _version);
        return _version;
    }

    protected override Task WriteAsync(string sql) =>
        _writer.WriteAsync((connection, tx, ct) => connection.ExecuteAsync(new CommandDefinition(sql, transaction: tx, cancellationToken: ct)));

    protected override Task CommitElsewhereAsync(string sql) => ExecuteAsync(sql);

    protected override async Task StopAsync()
    {
        await _writer.DisposeAsync();
        _version.Dispose();
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
