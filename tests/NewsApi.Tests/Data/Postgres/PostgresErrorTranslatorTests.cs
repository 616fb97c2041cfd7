using System.Net.Sockets;
using Dapper;
using NewsApi.Data;
using NewsApi.Data.Postgres;
using NewsApi.Tests.Hosting;
using NewsApi.Tests.Postgres;
using Npgsql;

namespace NewsApi.Tests.Data.Postgres;

/// <summary>Each PostgreSQL error the translator claims to know, provoked for real on the test cluster.</summary>
[Collection(PostgresServer.Collection)]
[Trait("Category", "Slow")]
public sealed class PostgresErrorTranslatorTests(PostgresServer server, PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    readonly PostgresErrorTranslator _translator = new();
    PostgresConnectionFactory _connections = null!;

    public Task InitializeAsync()
    {
        if (server.IsRunning) _connections = new PostgresConnectionFactory(database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_connections is not null) await _connections.DisposeAsync();
    }

    // a schema of its own per test, so the tests of this class share one database without seeing each other's tables
    async Task<NpgsqlConnection> OpenAsync(string schema)
    {
        var connection = (NpgsqlConnection)await _connections.OpenWriteAsync();
        var name = "s_" + Guid.NewGuid().ToString("N");
        await connection.ExecuteAsync($"CREATE SCHEMA {name}; SET search_path = {name}; {schema}");
        return connection;
    }

    async Task<DataError?> ErrorOf(Func<Task> action)
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(action);
        Assert.IsAssignableFrom<NpgsqlException>(e);
        return _translator.Translate(e);
    }

    [PostgresFact]
    public async Task UniqueIndex_IsUniqueViolationNamingTableAndColumn()
    {
        await using var c = await OpenAsync("CREATE TABLE keys (id bigint PRIMARY KEY, name text); CREATE UNIQUE INDEX keys_name ON keys (name); INSERT INTO keys VALUES (1, 'a');");

        var error = await ErrorOf(() => c.ExecuteAsync("INSERT INTO keys VALUES (2, 'a')"));

        Assert.Equal(DataErrorKind.UniqueViolation, error!.Kind);
        Assert.True(error.IsUniqueViolationOn("keys", "name"));
        Assert.False(error.IsUniqueViolationOn("keys", "id"));
    }

    [PostgresFact]
    public async Task UniqueOverTwoColumns_NamesBoth()
    {
        await using var c = await OpenAsync("CREATE TABLE pairs (a text, b text, UNIQUE (a, b)); INSERT INTO pairs VALUES ('x', 'y');");

        var error = await ErrorOf(() => c.ExecuteAsync("INSERT INTO pairs VALUES ('x', 'y')"));

        Assert.True(error!.IsUniqueViolationOn("pairs", "b", "a"));
        Assert.False(error.IsUniqueViolationOn("pairs", "a"));
    }

    [PostgresFact]
    public async Task DuplicatePrimaryKey_IsUniqueViolation()
    {
        await using var c = await OpenAsync("CREATE TABLE rows (id bigint PRIMARY KEY); INSERT INTO rows VALUES (1);");

        var error = await ErrorOf(() => c.ExecuteAsync("INSERT INTO rows VALUES (1)"));

        Assert.True(error!.IsUniqueViolationOn("rows", "id"));
    }

    [PostgresFact]
    public async Task UniqueExpressionIndex_NamesTheColumnsItReads()
    {
        // as ux_entities_type_name (type, lower(name)) over a COLLATE "C" column
        await using var c = await OpenAsync("""
            CREATE TABLE entities (type text NOT NULL, name text COLLATE "C" NOT NULL);
            CREATE UNIQUE INDEX ux_entities_type_name ON entities (type, lower(name));
            INSERT INTO entities VALUES ('person', 'Ada (Lovelace)=(x)');
            """);

        var error = await ErrorOf(() => c.ExecuteAsync("INSERT INTO entities VALUES ('person', 'ADA (LOVELACE)=(X)')"));

        Assert.True(error!.IsUniqueViolationOn("entities", "type", "name"), $"{error}: {string.Join(", ", error.Columns ?? [])}");
    }

    [PostgresFact]
    public async Task WithoutTheDetail_AUniqueViolationStillNamesItsTable()
    {
        await using var c = await OpenAsync("CREATE TABLE keys (name text UNIQUE); INSERT INTO keys VALUES ('a');");
        await using var redacted = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { IncludeErrorDetail = false }.ConnectionString);
        await redacted.OpenAsync();
        await redacted.ExecuteAsync($"SET search_path = {await c.ExecuteScalarAsync<string>("SELECT current_schema()")}");

        var error = await ErrorOf(() => redacted.ExecuteAsync("INSERT INTO keys VALUES ('a')"));

        Assert.Equal(new DataError(DataErrorKind.UniqueViolation, "keys"), error);
    }

    [PostgresTheory]
    [InlineData("CREATE TABLE t (x bigint CHECK (x > 0));", "INSERT INTO t VALUES (-1)")]
    [InlineData("CREATE TABLE t (x bigint NOT NULL);", "INSERT INTO t VALUES (NULL)")]
    [InlineData("CREATE TABLE p (id bigint PRIMARY KEY); CREATE TABLE t (p bigint REFERENCES p (id));", "INSERT INTO t VALUES (42)")]
    [InlineData("CREATE TABLE p (id bigint PRIMARY KEY); CREATE TABLE t (p bigint REFERENCES p (id)); INSERT INTO p VALUES (1); INSERT INTO t VALUES (1);", "DELETE FROM p")]
    public async Task OtherConstraints_AreConstraintViolations(string schema, string statement)
    {
        await using var c = await OpenAsync(schema);

        var error = await ErrorOf(() => c.ExecuteAsync(statement));

        Assert.Equal(new DataError(DataErrorKind.ConstraintViolation), error);
    }

    [PostgresFact]
    public async Task AConcurrentUpdateUnderRepeatableRead_IsBusy()
    {
        await using var c = await OpenAsync("CREATE TABLE t (id bigint PRIMARY KEY, x bigint); INSERT INTO t VALUES (1, 0);");
        var schema = await c.ExecuteScalarAsync<string>("SELECT current_schema()");
        await using var other = (NpgsqlConnection)await _connections.OpenWriteAsync();
        await using var tx = await c.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        await c.ExecuteScalarAsync<long>("SELECT x FROM t WHERE id = 1", transaction: tx);
        await other.ExecuteAsync($"UPDATE {schema}.t SET x = 1 WHERE id = 1");

        var error = await ErrorOf(() => c.ExecuteAsync("UPDATE t SET x = 2 WHERE id = 1", transaction: tx));

        Assert.Equal(new DataError(DataErrorKind.Busy), error);
    }

    [PostgresFact]
    public async Task ADeadlock_IsBusy()
    {
        await using var c = await OpenAsync("CREATE TABLE t (id bigint PRIMARY KEY); INSERT INTO t VALUES (1), (2);");
        var schema = await c.ExecuteScalarAsync<string>("SELECT current_schema()");
        await using var other = (NpgsqlConnection)await _connections.OpenWriteAsync();
        await c.ExecuteAsync("SET deadlock_timeout = '100ms'");
        await other.ExecuteAsync("SET deadlock_timeout = '100ms'");
        await using var first = await c.BeginTransactionAsync();
        await using var second = await other.BeginTransactionAsync();
        await c.ExecuteAsync("SELECT id FROM t WHERE id = 1 FOR UPDATE", transaction: first);
        await other.ExecuteAsync($"SELECT id FROM {schema}.t WHERE id = 2 FOR UPDATE", transaction: second);

        var waits = c.ExecuteAsync("SELECT id FROM t WHERE id = 2 FOR UPDATE", transaction: first);
        var closes = other.ExecuteAsync($"SELECT id FROM {schema}.t WHERE id = 1 FOR UPDATE", transaction: second);
        var outcomes = await Task.WhenAll(Outcome(waits), Outcome(closes));

        var failed = Assert.Single(outcomes, e => e is not null);
        Assert.Equal(PostgresErrorCodes.DeadlockDetected, Assert.IsType<PostgresException>(failed).SqlState);
        Assert.Equal(new DataError(DataErrorKind.Busy), _translator.Translate(failed!));
    }

    static async Task<Exception?> Outcome(Task task)
    {
        try { await task; return null; }
        catch (Exception e) { return e; }
    }

    [PostgresFact]
    public async Task ALockWaitPastTheLockTimeout_IsBusy()
    {
        await using var c = await OpenAsync("CREATE TABLE t (id bigint PRIMARY KEY); INSERT INTO t VALUES (1);");
        var schema = await c.ExecuteScalarAsync<string>("SELECT current_schema()");
        await using var holder = await c.BeginTransactionAsync();
        await c.ExecuteAsync("SELECT id FROM t FOR UPDATE", transaction: holder);
        await using var other = (NpgsqlConnection)await _connections.OpenWriteAsync();
        await other.ExecuteAsync("SET lock_timeout = '100ms'");

        var error = await ErrorOf(() => other.ExecuteAsync($"UPDATE {schema}.t SET id = 2"));

        Assert.Equal(new DataError(DataErrorKind.Busy), error);
    }

    [PostgresFact]
    public async Task WriteThroughAReadConnection_IsReadOnly()
    {
        await (await OpenAsync("CREATE TABLE t (x bigint);")).DisposeAsync();
        await using var reader = await _connections.OpenReadAsync();

        var error = await ErrorOf(() => reader.ExecuteAsync("CREATE TABLE written_by_a_reader (x bigint)"));

        Assert.Equal(new DataError(DataErrorKind.ReadOnly), error);
    }

    [PostgresFact]
    public async Task AConnectionTheServerTerminated_IsUnavailable()
    {
        await using var c = await OpenAsync("CREATE TABLE t (x bigint);");
        var pid = c.ProcessID;
        await using (var admin = (NpgsqlConnection)await _connections.OpenWriteAsync())
            await admin.ExecuteAsync("SELECT pg_terminate_backend(@pid, 5000)", new { pid });

        var error = await ErrorOf(() => c.ExecuteAsync("SELECT 1"));

        Assert.Equal(new DataError(DataErrorKind.Unavailable), error);
    }

    [PostgresFact]
    public async Task NoServerListening_IsUnavailable()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = RunningApp.FreePort(), Pooling = false, Timeout = 5 }.ConnectionString;
        await using var c = new NpgsqlConnection(connectionString);

        var e = await Assert.ThrowsAnyAsync<NpgsqlException>(() => c.OpenAsync());

        Assert.IsType<SocketException>(e.InnerException);
        Assert.Equal(new DataError(DataErrorKind.Unavailable), _translator.Translate(e));
    }

    [PostgresFact]
    public async Task ADatabaseThatDoesNotExist_IsUnavailable()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "no_such_database", Pooling = false }.ConnectionString;
        await using var c = new NpgsqlConnection(connectionString);

        var error = await ErrorOf(() => c.OpenAsync());

        Assert.Equal(new DataError(DataErrorKind.Unavailable), error);
    }

    [PostgresFact]
    public async Task SqlTheDatabaseRejects_IsOther()
    {
        await using var c = await OpenAsync("CREATE TABLE t (x bigint);");

        var error = await ErrorOf(() => c.ExecuteAsync("SELECT no_such_column FROM t"));

        Assert.Equal(new DataError(DataErrorKind.Other), error);
    }

    [Fact]
    public void ExceptionNotFromTheProvider_IsNoDataError()
    {
        Assert.Null(_translator.Translate(new InvalidOperationException("not PostgreSQL")));
        Assert.Null(_translator.Translate(new TimeoutException()));
        Assert.Null(_translator.Translate(new SocketException()));
    }
}
