using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>Shutdown and cancellation never leave half a write: it commits whole or rolls back whole.</summary>
public sealed class DatabaseWriterTests : IAsyncLifetime
{
    readonly NewsApiFactory _factory = new();
    DatabaseWriter _writer = null!;

    public async Task InitializeAsync()
    {
        _ = _factory.Services; // migrated
        var connections = new SqliteConnectionFactory(_factory.ConnectionString);
        _writer = new DatabaseWriter(connections, new DataVersion(connections));
        await _writer.WriteAsync((c, tx, ct) => c.ExecuteAsync(new CommandDefinition("CREATE TABLE probe (x INTEGER)", transaction: tx, cancellationToken: ct)));
    }

    public async Task DisposeAsync()
    {
        await _writer.DisposeAsync();
        _factory.Dispose();
    }

    async Task<long> Rows()
    {
        await using var connection = new SqliteConnection(_factory.ConnectionString + ";Mode=ReadOnly;Pooling=False");
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM probe");
    }

    static Task Insert(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx, int x) =>
        c.ExecuteAsync(new CommandDefinition("INSERT INTO probe (x) VALUES (@x)", new { x }, tx));

    [Fact]
    public async Task Dispose_WaitsForTheWriteInFlight_WhichCommitsWhole()
    {
        var halfway = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var write = _writer.WriteAsync(async (c, tx, ct) =>
        {
            await Insert(c, tx, 1);
            halfway.SetResult();
            await release.Task;
            await Insert(c, tx, 2);
            return 0;
        });
        await halfway.Task;

        var shutdown = _writer.DisposeAsync().AsTask();
        await Task.Delay(200);
        Assert.False(shutdown.IsCompleted, "the writer closed under a write in flight");
        Assert.Equal(0, await Rows()); // not visible before the commit
        release.SetResult();
        await write;
        await shutdown;

        Assert.Equal(2, await Rows());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _writer.WriteAsync((c, tx, ct) => Insert(c, tx, 3).ContinueWith(_ => 0, ct)));
    }

    [Fact]
    public async Task WriteCancelledHalfway_RollsBackWhole()
    {
        using var stopping = new CancellationTokenSource();
        var write = _writer.WriteAsync(async (c, tx, ct) =>
        {
            await Insert(c, tx, 1);
            await stopping.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            return 0;
        }, stopping.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
        Assert.Equal(0, await Rows());
        await _writer.WriteAsync(async (c, tx, ct) => { await Insert(c, tx, 4); return 0; }); // the writer is still usable
        Assert.Equal(1, await Rows());
    }

    [Fact]
    public void TheAppRegistersOneWriter() =>
        Assert.Same(_factory.Services.GetRequiredService<DatabaseWriter>(), _factory.Services.GetRequiredService<DatabaseWriter>());
}
