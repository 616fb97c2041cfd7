using System.Data.Common;
using System.Diagnostics;

namespace NewsApi.Data;

/// <summary>
/// The one path by which the app writes: a single read-write connection, used by one write at a time (a
/// <see cref="SemaphoreSlim"/> queues the others), each write in its own <c>BEGIN IMMEDIATE</c> transaction that
/// commits when the work returns and rolls back when it throws. Readers use their own read-only connections and,
/// under WAL, never wait for it. Disposing waits for the write in flight, so shutdown never cuts one in half.
/// Every commit is reported to the <see cref="IDataChangeSignal"/>, so cached answers are never served after a write returned.
/// With several processes on one PostgreSQL database, two writes may wait for each other (each inserted a name the
/// other now inserts): the database aborts one, and it is run again (<see cref="DataErrorKind.Busy"/>, a few times).
/// <para><b>Commit-wait</b> (<paramref name="commitWait"/>; on PostgreSQL the change signal's
/// <see cref="IDataChangeSignal.MaxStaleness"/>): a committed write returns only once that long has passed since its
/// commit, measured from when the commit returned here, which is after the database made it visible. Every other
/// process trusts a version for at most that window from the moment it <i>started</i> to read it, so when the caller
/// answers 2xx, any version another process read before the commit has expired: its next request reads the version
/// again and sees the write (in its response cache, and through <see cref="Postgres.ReadReplicaRouter"/>, which
/// waits for a standby to have replayed that version). The wait is outside the lock, so concurrent writes overlap their
/// waits: it adds latency (one window per write), not a limit on throughput.</para>
/// </summary>
public sealed class DatabaseWriter(IDbConnectionFactory connections, IDataChangeSignal version, IDataErrorTranslator? errors = null,
    TimeSpan commitWait = default) : IAsyncDisposable
{
    const int Attempts = 4;

    readonly SemaphoreSlim _gate = new(1, 1);
    DbConnection? _connection;
    bool _disposed;

    /// <summary>Runs <paramref name="work"/> in a transaction on the write connection; commits unless it throws.</summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var committed = 0L;
                var result = await RunAsync(async (connection, token) =>
                {
                    await using var tx = await connection.BeginTransactionAsync(token);
                    var result = await work(connection, tx, token);
                    // once the work is done the commit is not cancellable: the caller may have gone, the data is complete
                    await tx.CommitAsync(CancellationToken.None);
                    committed = Stopwatch.GetTimestamp();
                    return result;
                }, ct);
                await CommitWaitAsync(committed);
                return result;
            }
            catch (Exception e) when (attempt < Attempts && errors?.Translate(e)?.Kind == DataErrorKind.Busy && connections is not SqliteConnectionFactory)
            {
                // the transaction rolled back whole: the work starts again, after a pause that differs per process
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    /// <summary>
    /// Waits the commit-wait window from now (nothing on SQLite), for an answer that acknowledges a write this process
    /// did not make but found committed (a re-sent article answered 200 from a read): the process that committed it
    /// may not have acknowledged it yet, so other processes may not see it yet; one window after this read they do.
    /// </summary>
    public Task SettleAsync() => CommitWaitAsync(Stopwatch.GetTimestamp());

    /// <summary>
    /// Waits until <c>commitWait</c> has passed since <paramref name="committed"/>; not cancellable, as the
    /// write is done and the caller's answer must not come before every process can see it.
    /// </summary>
    async Task CommitWaitAsync(long committed)
    {
        // a timer may fire up to a millisecond early (it counts whole milliseconds): measured again until it has passed
        for (var left = commitWait - Stopwatch.GetElapsedTime(committed); left > TimeSpan.Zero; left = commitWait - Stopwatch.GetElapsedTime(committed))
            await Task.Delay(left < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : left, CancellationToken.None);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the write connection without opening a transaction (the migration runner
    /// manages its own, around statements a transaction cannot hold such as <c>PRAGMA journal_mode</c>).
    /// </summary>
    public async Task<T> RunAsync<T>(Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _connection ??= await connections.OpenWriteAsync(ct);
            try
            {
                return await work(_connection, ct);
            }
            catch when (_connection.State != System.Data.ConnectionState.Open)
            {
                // a broken connection is replaced by the next write
                await _connection.DisposeAsync();
                _connection = null;
                throw;
            }
        }
        finally
        {
            // whatever the work committed (a rolled-back write changes nothing, and asking again costs little)
            version.Changed();
            _gate.Release();
        }
    }

    /// <summary>Waits for the write in flight (it commits or rolls back), then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed) return;
            _disposed = true;
            if (_connection is not null) await _connection.DisposeAsync();
            _connection = null;
        }
        finally
        {
            _gate.Release();
        }
    }
}
