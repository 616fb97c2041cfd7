using Dapper;
using NewsApi.Data;
using NewsApi.Data.Postgres;
using NewsApi.Tests.Postgres;
using Npgsql;

namespace NewsApi.Tests.Data.Postgres;

/// <summary>PostgreSQL's change signal, the <c>data_version</c> counter, held to the contract of every provider's.</summary>
[Collection(PostgresServer.Collection)]
[Trait("Category", "Slow")]
public sealed class PostgresChangeSignalTests(PostgresDatabase database) : DataChangeSignalContract, IClassFixture<PostgresDatabase>
{
    PostgresConnectionFactory _connections = null!;
    PostgresChangeSignal _signal = null!;
    DatabaseWriter _writer = null!;

    protected override async Task<IDataChangeSignal> StartAsync()
    {
        // t gets the trigger every table of the schema has (migration 0008)
        await CommitElsewhereAsync("""
            DROP TABLE IF EXISTS t;
            CREATE TABLE t (x bigint);
            CREATE TRIGGER data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON t FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
            """);
        _connections = new PostgresConnectionFactory(database.ConnectionString);
        _signal = new PostgresChangeSignal(_connections);
        _writer = new DatabaseWriter(_connections, _signal);
        return _signal;
    }

    protected override Task WriteAsync(string sql) =>
        _writer.WriteAsync((connection, tx, ct) => connection.ExecuteAsync(new CommandDefinition(sql, transaction: tx, cancellationToken: ct)));

    protected override async Task CommitElsewhereAsync(string sql)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(sql);
    }

    protected override async Task StopAsync()
    {
        await _writer.DisposeAsync();
        _signal.Dispose();
        await _connections.DisposeAsync();
    }

    [PostgresFact]
    public override Task TheToken_StaysWhileNothingIsCommitted() => base.TheToken_StaysWhileNothingIsCommitted();

    [PostgresFact]
    public override Task EveryCommitByThisProcesssWriter_IsSeenByTheVeryNextRead_WithATokenNotSeenBefore() =>
        base.EveryCommitByThisProcesssWriter_IsSeenByTheVeryNextRead_WithATokenNotSeenBefore();

    [PostgresFact]
    public override Task ACommitElsewhere_IsSeenByEveryReadThatStartsMaxStalenessAfterIt() =>
        base.ACommitElsewhere_IsSeenByEveryReadThatStartsMaxStalenessAfterIt();

    [PostgresFact]
    public override Task ReadsFromManyThreads_NeverHideAWriteThatReturned() => base.ReadsFromManyThreads_NeverHideAWriteThatReturned();

    [PostgresFact]
    public async Task ACommitToAnApiTable_ByAnotherProcess_IsSeen()
    {
        var before = Signal.Current();

        await CommitElsewhereAsync("INSERT INTO entity_types (name) VALUES ('signal_test')");
        await Task.Delay(PostgresChangeSignal.RecheckAfter + TimeSpan.FromMilliseconds(20));

        Assert.NotEqual(before, Signal.Current());
    }

    [PostgresFact]
    public async Task AConnectionTheServerDropped_IsReplacedByTheNextRead()
    {
        var before = Signal.Current();
        await CommitElsewhereAsync("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
        await WriteAsync("INSERT INTO t VALUES (1)");

        Assert.ThrowsAny<NpgsqlException>(() => Signal.Current());
        Assert.NotEqual(before, Signal.Current());
    }
}
