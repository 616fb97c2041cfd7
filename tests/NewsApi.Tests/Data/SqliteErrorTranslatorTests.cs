using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>Each SQLite error the translator claims to know, provoked for real on a database file of its own.</summary>
public sealed class SqliteErrorTranslatorTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("newsapi-errors-").FullName;
    readonly SqliteErrorTranslator _translator = new();

    string Db(string name = "t.db") => Path.Combine(_dir, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    async Task<SqliteConnection> OpenAsync(string schema)
    {
        var connection = new SqliteConnection($"Data Source={Db()};Pooling=False;Foreign Keys=True");
        await connection.OpenAsync();
        await connection.ExecuteAsync(schema);
        return connection;
    }

    async Task<DataError?> ErrorOf(Func<Task> action)
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(action);
        Assert.IsType<SqliteException>(e);
        return _translator.Translate(e);
    }

    [Fact]
    public async Task UniqueIndex_IsUniqueViolationNamingTableAndColumn()
    {
        await using var c = await OpenAsync("CREATE TABLE keys (id INTEGER PRIMARY KEY, name TEXT); CREATE UNIQUE INDEX keys_name ON keys (name); INSERT INTO keys (name) VALUES ('a');");

        var error = await ErrorOf(() => c.ExecuteAsync("INSERT INTO keys (name) VALUES ('a')"));

        Assert.Equal(DataErrorKind.UniqueViolation, error!.Kind);
        Assert.True(error.IsUniqueViolationOn("keys", "name"));
        Assert.False(error.IsUniqueViolationOn("keys", "id"));
    }

    [Fact]
    public async Task UniqueOverTwoColumns_NamesBoth()
    {
        await using var c = await OpenAsync("CREATE TABLE pairs (a TEXT, b TEXT, UNIQUE (a, b)); INSERT INTO pairs VALUES ('x', 'y');");

        var error = await ErrorOf(() => c.ExecuteAsync("INSERT INTO pairs VALUES ('x', 'y')"));

        Assert.True(error!.IsUniqueViolationOn("pairs", "b", "a"));
        Assert.False(error.IsUniqueViolationOn("pairs", "a"));
    }

    [Theory]
    [InlineData("CREATE TABLE rows (id INTEGER PRIMARY KEY); INSERT INTO rows VALUES (1);")]
    [InlineData("CREATE TABLE rows (id TEXT PRIMARY KEY) WITHOUT ROWID; INSERT INTO rows VALUES (1);")]
    public async Task DuplicatePrimaryKey_IsUniqueViolation(string schema)
    {
        await using var c = await OpenAsync(schema);

        var error = await ErrorOf(() => c.ExecuteAsync("INSERT INTO rows VALUES (1)"));

        Assert.True(error!.IsUniqueViolationOn("rows", "id"));
    }

    [Theory]
    [InlineData("CREATE TABLE t (x INTEGER CHECK (x > 0));", "INSERT INTO t VALUES (-1)")]
    [InlineData("CREATE TABLE t (x INTEGER NOT NULL);", "INSERT INTO t VALUES (NULL)")]
    [InlineData("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE t (p INTEGER REFERENCES p (id));", "INSERT INTO t VALUES (42)")]
    [InlineData("CREATE TABLE t (x TEXT); CREATE TRIGGER no BEFORE INSERT ON t BEGIN SELECT RAISE(ABORT, 'refused'); END;", "INSERT INTO t VALUES ('x')")]
    public async Task OtherConstraints_AreConstraintViolations(string schema, string statement)
    {
        await using var c = await OpenAsync(schema);

        var error = await ErrorOf(() => c.ExecuteAsync(statement));

        Assert.Equal(new DataError(DataErrorKind.ConstraintViolation), error);
    }

    [Fact]
    public async Task LockedByAnotherWriterPastTheTimeout_IsBusy()
    {
        await using var holder = await OpenAsync("CREATE TABLE t (x INTEGER);");
        await holder.ExecuteAsync("BEGIN IMMEDIATE");
        await using var other = new SqliteConnection($"Data Source={Db()};Pooling=False;Default Timeout=1");
        await other.OpenAsync();

        var error = await ErrorOf(() => other.ExecuteAsync("BEGIN IMMEDIATE"));

        Assert.Equal(DataErrorKind.Busy, error!.Kind);
        await holder.ExecuteAsync("ROLLBACK");
    }

    [Fact]
    public async Task WriteThroughAReadOnlyConnection_IsReadOnly()
    {
        await (await OpenAsync("CREATE TABLE t (x INTEGER);")).DisposeAsync();
        await using var reader = new SqliteConnection($"Data Source={Db()};Pooling=False;Mode=ReadOnly");
        await reader.OpenAsync();

        var error = await ErrorOf(() => reader.ExecuteAsync("INSERT INTO t VALUES (1)"));

        Assert.Equal(DataErrorKind.ReadOnly, error!.Kind);
    }

    [Fact]
    public async Task MissingFile_IsUnavailable()
    {
        await using var c = new SqliteConnection($"Data Source={Path.Combine(_dir, "missing", "news.db")};Pooling=False;Mode=ReadOnly");

        var error = await ErrorOf(() => c.OpenAsync());

        Assert.Equal(DataErrorKind.Unavailable, error!.Kind);
    }

    [Fact]
    public async Task FileThatIsNoDatabase_IsUnavailable()
    {
        await File.WriteAllTextAsync(Db("garbage.db"), new string('x', 4096));
        await using var c = new SqliteConnection($"Data Source={Db("garbage.db")};Pooling=False");
        await c.OpenAsync();

        var error = await ErrorOf(() => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master"));

        Assert.Equal(DataErrorKind.Unavailable, error!.Kind);
    }

    [Fact]
    public async Task SqlTheDatabaseRejects_IsOther()
    {
        await using var c = await OpenAsync("CREATE TABLE t (x INTEGER);");

        var error = await ErrorOf(() => c.ExecuteAsync("SELECT no_such_column FROM t"));

        Assert.Equal(DataErrorKind.Other, error!.Kind);
    }

    [Fact]
    public void ExceptionNotFromTheProvider_IsNoDataError()
    {
        Assert.Null(_translator.Translate(new InvalidOperationException("not SQLite")));
        Assert.Null(_translator.Translate(new TimeoutException()));
    }
}
