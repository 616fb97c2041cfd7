using System.Diagnostics;
using Npgsql;

namespace NewsApi.Data.Postgres;

/// <summary>
/// PostgreSQL's <see cref="IDataChangeSignal"/>: the one-row counter <c>data_version</c>, which a trigger on every table
/// bumps once per writing transaction (migration 0008), whichever process or tool commits it. Read on a read-only
/// connection of its own.
/// <para>
/// As SQLite's <see cref="DataVersion"/>: an answer is reused for <see cref="RecheckAfter"/>, except that
/// <see cref="DatabaseWriter"/> reports each of its writes through <see cref="Changed"/>, so this process's own writes
/// are seen by the very next read, another process's within <see cref="RecheckAfter"/>.
/// </para>
/// </summary>
public sealed class PostgresChangeSignal(PostgresConnectionFactory connections) : IDataChangeSignal, IDisposable
{
    /// <summary>How long a version read from the database is trusted when this process has not written.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMilliseconds(50);

    static readonly long RecheckAfterTicks = (long)(RecheckAfter.TotalSeconds * Stopwatch.Frequency);

    public TimeSpan MaxStaleness => RecheckAfter;

    readonly Lock _lock = new();
    NpgsqlConnection? _connection;
    NpgsqlCommand? _command;
    long _value;
    long _freshUntil = long.MinValue;
    bool _disposed;

    public long? Current()
    {
        if (Stopwatch.GetTimestamp() < Volatile.Read(ref _freshUntil)) return Volatile.Read(ref _value);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // timed from before the read, so a commit the read just missed is seen no later than RecheckAfter after it
            var asked = Stopwatch.GetTimestamp();
            if (asked >= _freshUntil)
            {
                Volatile.Write(ref _value, ReadVersion());
                Volatile.Write(ref _freshUntil, asked + RecheckAfterTicks);
            }
            return _value;
        }
    }

    long ReadVersion()
    {
        try
        {
            if (_command is null)
            {
                _connection = connections.OpenRead();
                _command = new NpgsqlCommand("SELECT version FROM data_version", _connection);
            }
            return (long)_command.ExecuteScalar()!;
        }
        catch
        {
            // a connection the server dropped (a restart, a failover) is replaced by the next read
            DisposeConnection();
            throw;
        }
    }

    /// <summary>
    /// Called after a write by this process: the next <see cref="Current"/> asks the database again. Taken under the
    /// lock, so a version read before the commit cannot be stored as fresh after it.
    /// </summary>
    public void Changed()
    {
        lock (_lock) Volatile.Write(ref _freshUntil, long.MinValue);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            DisposeConnection();
        }
    }

    void DisposeConnection()
    {
        _command?.Dispose();
        _connection?.Dispose();
        (_command, _connection) = (null, null);
    }
}
