using System.Data.Common;
using System.Diagnostics;
using NewsApi.Observability;
using Npgsql;

namespace NewsApi.Data.Postgres;

/// <summary>
/// The <see cref="IDbConnectionFactory"/> of a deployment with a streaming standby
/// (<c>ConnectionStrings:NewsReadReplica</c>): writes (and the migration runner and the change signal) use the primary,
/// and a read goes to the standby only once the standby has replayed every write this process must see.
/// <para><b>Why that is every acknowledged write.</b> Every writing transaction bumps the one-row counter
/// <c>data_version</c> (migration 0008) under its row lock, so versions follow commit order, and a standby that shows
/// version v has replayed every transaction up to v. <see cref="PostgresChangeSignal"/> reads that counter on the
/// primary, and since every writer waits out the signal's window after its commit before answering 2xx (commit-wait,
/// <see cref="DatabaseWriter"/>), the version this process knows when a read starts includes every write acknowledged
/// before that read started, whichever process acknowledged it. So: standby version ≥ the primary's version this
/// process knows → the standby; else the standby is asked again every couple of milliseconds for at most
/// <c>NewsApi:Database:ReplicaWaitMilliseconds</c> (100 ms), then the read goes to the primary. While the standby
/// lags, reads go on to the primary after one check each, without waiting, until a check finds it caught up.</para>
/// <para><b>A standby that fails</b> (refused, unreachable for <see cref="ConnectTimeout"/>, an error on the check):
/// the read goes to the primary, without an error, and the standby is left alone for <see cref="RetryAfter"/> (a small
/// circuit breaker; its pooled connections, dead after a restart, are dropped). Each change, down and back up, is
/// logged once. The check runs on the very connection handed out, so it is also what finds a dead pooled connection
/// before a query of the caller's does. A query already running on the standby when it stops still fails.</para>
/// <para>Cost: one round trip (<c>SELECT version FROM data_version</c>) per read connection opened on the standby.</para>
/// </summary>
public sealed class ReadReplicaRouter : IDbConnectionFactory, IAsyncDisposable, IDisposable
{
    /// <summary>How long the standby may take to accept a connection and answer the check before it counts as down.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How long a standby that failed is left alone before a read tries it again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(3);

    static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(2);

    readonly PostgresConnectionFactory _primary;
    readonly PostgresConnectionFactory _standby;
    readonly IDataChangeSignal _signal;
    readonly TimeSpan _wait;
    readonly ILogger _logger;
    readonly NewsMetrics? _metrics;
    readonly Lock _lock = new();
    long _retryAt = long.MinValue;
    bool _down;
    volatile bool _lagging;
    long _standbyReads;
    long _primaryReads;

    public ReadReplicaRouter(PostgresConnectionFactory primary, PostgresConnectionFactory standby, IDataChangeSignal signal,
        TimeSpan replicaWait, ILogger<ReadReplicaRouter> logger, NewsMetrics? metrics = null)
    {
        (_primary, _standby, _signal, _wait, _logger, _metrics) = (primary, standby, signal, replicaWait, logger, metrics);
        DataSource = $"{primary.DataSource} (reads: {standby.DataSource})";
    }

    public string DataSource { get; }

    /// <summary>Read connections handed out on the standby so far.</summary>
    public long StandbyReads => Interlocked.Read(ref _standbyReads);

    /// <summary>Read connections handed out on the primary so far (standby behind, down, or left alone).</summary>
    public long PrimaryReads => Interlocked.Read(ref _primaryReads);

    public async Task<DbConnection> OpenReadAsync(CancellationToken ct = default)
    {
        // the version every acknowledged write is in (read on the primary, at most MaxStaleness old: see the summary)
        if (_signal.Current() is { } needed && Stopwatch.GetTimestamp() >= Volatile.Read(ref _retryAt)
            && await OpenStandbyAsync(needed, ct) is { } standby)
        {
            Interlocked.Increment(ref _standbyReads);
            _metrics?.DatabaseRead("standby");
            return standby;
        }
        var connection = await _primary.OpenReadAsync(ct);
        Interlocked.Increment(ref _primaryReads);
        _metrics?.DatabaseRead("primary");
        return connection;
    }

    public Task<DbConnection> OpenWriteAsync(CancellationToken ct = default) => _primary.OpenWriteAsync(ct);

    /// <summary>A standby connection that has replayed version <paramref name="needed"/>, or null: use the primary.</summary>
    async Task<DbConnection?> OpenStandbyAsync(long needed, CancellationToken ct)
    {
        DbConnection? connection = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            connection = await _standby.OpenReadAsync(timeout.Token);
            var started = Stopwatch.GetTimestamp();
            // once it has been seen lagging, one look per read until it has caught up: no read pays the wait twice
            var wait = _lagging ? TimeSpan.Zero : _wait;
            while (true)
            {
                if (await ReplayedAsync(connection, timeout.Token) >= needed)
                {
                    _lagging = false;
                    Up();
                    (var ready, connection) = (connection, null);
                    return ready;
                }
                if (Stopwatch.GetElapsedTime(started) >= wait) break;
                await Task.Delay(PollEvery, ct);
            }
            _lagging = true;
            Up();
            return null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            Down(e);
            return null;
        }
        finally
        {
            // a connection not handed out (behind, failed, or the caller gave up) goes back to the pool, or is dropped
            if (connection is not null) await connection.DisposeAsync();
        }
    }

    static async Task<long> ReplayedAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM data_version", (NpgsqlConnection)connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    void Down(Exception e)
    {
        // a restarted standby leaves its pooled connections dead: without this, each would fail one read's check
        _standby.ClearReadPool();
        lock (_lock)
        {
            Volatile.Write(ref _retryAt, Stopwatch.GetTimestamp() + (long)(RetryAfter.TotalSeconds * Stopwatch.Frequency));
            if (_down) return;
            _down = true;
        }
        _logger.LogWarning("Read replica {Standby} cannot be used ({Error}): reads go to the primary, the standby is tried again every {RetryAfter} s",
            _standby.DataSource, e.Message, RetryAfter.TotalSeconds);
    }

    void Up()
    {
        if (!_down) return;
        lock (_lock)
        {
            if (!_down) return;
            _down = false;
        }
        _logger.LogInformation("Read replica {Standby} answers again: reads go to it", _standby.DataSource);
    }

    public async ValueTask DisposeAsync() => await _standby.DisposeAsync();

    public void Dispose() => _standby.Dispose();
}
