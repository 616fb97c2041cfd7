using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>
/// A number that changes whenever a write is committed to the database by any connection: this process's
/// <see cref="DatabaseWriter"/>, or another process on the same file such as the <c>import</c> command. It is SQLite's
/// <c>PRAGMA data_version</c>, read on a read-only connection of its own (the pragma reports commits made by other
/// connections, and this one never writes). Answers built from the database can be reused while it is unchanged.
/// </summary>
public sealed class DataVersion(SqliteConnectionFactory connections) : IDisposable
{
    readonly Lock _lock = new();
    SqliteConnection? _connection;
    SqliteCommand? _command;
    bool _disposed;

    /// <summary>
    /// The current version: a different value means something was committed since. Null when no version can be
    /// known (an in-memory database, which no second connection can see).
    /// </summary>
    public long? Current()
    {
        if (connections.IsInMemory) return null;
        // one statement of a few microseconds: a lock around one connection is cheaper than a connection per caller
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_command is null)
            {
                _connection = connections.OpenReadOnly();
                _command = _connection.CreateCommand();
                _command.CommandText = "PRAGMA data_version;";
            }
            return (long)_command.ExecuteScalar()!;
        }
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
