using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>
/// SQLite's <see cref="IDataChangeSignal"/>: <c>PRAGMA data_version</c>, read on a read-only connection of its own (the
/// pragma changes with every commit made by any other connection, in this process or another, and this one never
/// writes); a commit by another process on the same file (the <c>import</c> command, a second instance) is seen within
/// <see cref="PolledChangeSignal.MaxStaleness"/>.
/// </summary>
public sealed class DataVersion(SqliteConnectionFactory connections, TimeSpan? recheckAfter = null) : PolledChangeSignal(recheckAfter)
{
    SqliteConnection? _connection;
    SqliteCommand? _command;

    protected override bool CanKnow => !connections.IsInMemory;

    protected override long ReadVersion()
    {
        if (_command is null)
        {
            _connection = connections.OpenReadOnly();
            _command = _connection.CreateCommand();
            _command.CommandText = "PRAGMA data_version;";
        }
        return (long)_command.ExecuteScalar()!;
    }

    protected override void CloseConnection()
    {
        _command?.Dispose();
        _connection?.Dispose();
    }
}
