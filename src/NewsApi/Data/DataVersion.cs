using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>
/// SQLite's <see cref="IDataChangeSignal"/>: <c>PRAGMA data_version</c>, read on a read-only connection of its own (the
/// pragma changes with every commit made by any other connection, in this process or another, and this one never writes).
/// <para>
/// Asking SQLite on every request would serialise requests on this one connection, so an answer is reused for
/// <see cref="RecheckAfter"/>, except that <see cref="DatabaseWriter"/> reports each of its commits through
/// <see cref="Changed"/>: this process's own writes are seen by the very next read, a commit by another process on
/// the same file (the <c>import</c> command, a second instance) within <see cref="RecheckAfter"/>.
/// </para>
/// </summary>
public sealed class DataVersion(SqliteConnectionFactory connections) : IDataChangeSignal, IDisposable
{
    /// <summary>How long a version read from SQLite is trusted when this process has not written.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMilliseconds(50);

    static readonly long RecheckAfterTicks = (long)(RecheckAfter.TotalSeconds * Stopwatch.Frequency);

    public TimeSpan MaxStaleness => RecheckAfter;

    readonly Lock _lock = new();
    SqliteConnection? _connection;
    SqliteCommand? _command;
    long _value;
    long _freshUntil = long.MinValue;
    bool _disposed;

    /// <summary>
    /// The current version: a different value means something was committed since. Null when no version can be
    /// known (an in-memory database, which no second connection can see).
    /// </summary>
    public long? Current()
    {
        if (connections.IsInMemory) return null;
        if (Stopwatch.GetTimestamp() < Volatile.Read(ref _freshUntil)) return Volatile.Read(ref _value);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // timed from before the read, so a commit the read just missed is seen no later than RecheckAfter after it
            var asked = Stopwatch.GetTimestamp();
            if (asked >= _freshUntil)
            {
                if (_command is null)
                {
                    _connection = connections.OpenReadOnly();
                    _command = _connection.CreateCommand();
                    _command.CommandText = "PRAGMA data_version;";
                }
                Volatile.Write(ref _value, (long)_command.ExecuteScalar()!);
                Volatile.Write(ref _freshUntil, asked + RecheckAfterTicks);
            }
            return _value;
        }
    }

    /// <summary>
    /// Called after a commit by this process: the next <see cref="Current"/> asks SQLite again. Taken under the lock,
    /// so a version read before the commit cannot be stored as fresh after it.
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
            _command?.Dispose();
            _connection?.Dispose();
        }
    }
}
