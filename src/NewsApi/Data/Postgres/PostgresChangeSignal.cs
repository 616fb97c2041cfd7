using Npgsql;

namespace NewsApi.Data.Postgres;

/// <summary>
/// PostgreSQL's <see cref="IDataChangeSignal"/>: the one-row counter <c>data_version</c>, which a trigger on every table
/// bumps once per writing transaction (migration 0008), whichever process or tool commits it. Read on a read-only
/// connection of its own, always on the primary (the factory given is the primary's, even when reads go to a standby):
/// its version is what <see cref="ReadReplicaRouter"/> asks a standby to have replayed.
/// Polled as SQLite's <see cref="DataVersion"/> is (<see cref="PolledChangeSignal"/>).
/// </summary>
public sealed class PostgresChangeSignal(PostgresConnectionFactory connections, TimeSpan? recheckAfter = null) : PolledChangeSignal(recheckAfter)
{
    NpgsqlConnection? _connection;
    NpgsqlCommand? _command;

    protected override long ReadVersion()
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
            CloseConnection();
            throw;
        }
    }

    protected override void CloseConnection()
    {
        _command?.Dispose();
        _connection?.Dispose();
        (_command, _connection) = (null, null);
    }
}
