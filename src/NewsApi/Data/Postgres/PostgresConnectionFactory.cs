using System.Data.Common;
using Npgsql;

namespace NewsApi.Data.Postgres;

/// <summary>
/// PostgreSQL's <see cref="IDbConnectionFactory"/>: two pooled <see cref="NpgsqlDataSource"/>s over one connection
/// string. Connections from <see cref="OpenReadAsync"/> start every transaction read-only
/// (<c>default_transaction_read_only</c>, set at connect time, so it costs no round trip per open).
/// </summary>
public sealed class PostgresConnectionFactory : IDbConnectionFactory, IAsyncDisposable, IDisposable
{
    readonly NpgsqlDataSource _read;
    readonly NpgsqlDataSource _write;

    public PostgresConnectionFactory(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            // a unique violation names its columns only in the detail (Key (name)=(…)), which Npgsql hides unless asked
            IncludeErrorDetail = true,
            // Dapper sends each statement as text: without this, PostgreSQL parses and plans the write path's
            // statements (entity lookups, inserts) again for every row. Prepared once a statement is seen twice.
            MaxAutoPrepare = Math.Max(new NpgsqlConnectionStringBuilder(connectionString).MaxAutoPrepare, 128),
            AutoPrepareMinUsages = 2,
        };
        DataSource = Describe(builder);
        _write = NpgsqlDataSource.Create(builder.ConnectionString);
        builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        _read = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    /// <summary>Host, port and database of a connection string (<c>postgres://host:5432/news</c>); never the user's password.</summary>
    public static string Describe(string connectionString) => Describe(new NpgsqlConnectionStringBuilder(connectionString));

    static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"postgres://{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";

    /// <summary>Host, port and database (<c>postgres://host:5432/news</c>); never the user's password.</summary>
    public string DataSource { get; }

    /// <summary>The read-write data source, for the migration runner and tools that own the database.</summary>
    public NpgsqlDataSource WriteDataSource => _write;

    /// <summary>A pooled connection whose transactions are read-only: any write through it fails (SQLSTATE 25006).</summary>
    public async Task<DbConnection> OpenReadAsync(CancellationToken ct = default) => await _read.OpenConnectionAsync(ct);

    /// <summary>A pooled read-write connection; only <see cref="DatabaseWriter"/> and tools that own the database use it.</summary>
    public async Task<DbConnection> OpenWriteAsync(CancellationToken ct = default) => await _write.OpenConnectionAsync(ct);

    /// <summary>Drops the idle pooled read connections (a restarted server left them dead); <see cref="ReadReplicaRouter"/>.</summary>
    internal void ClearReadPool() => _read.Clear();

    /// <summary>A read-only connection for a caller that keeps it open and asks synchronously (<see cref="PostgresChangeSignal"/>).</summary>
    internal NpgsqlConnection OpenRead() => _read.OpenConnection();

    public async ValueTask DisposeAsync()
    {
        await _read.DisposeAsync();
        await _write.DisposeAsync();
    }

    public void Dispose()
    {
        _read.Dispose();
        _write.Dispose();
    }
}
