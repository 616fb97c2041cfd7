using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>
/// Opens connections to the news database. Every connection runs with foreign keys on and a busy timeout;
/// the database file is in WAL mode (set once by the migration runner), so readers never wait for the writer.
/// </summary>
public sealed class SqliteConnectionFactory
{
    readonly string _connectionString;

    public SqliteConnectionFactory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        };
        DataSource = builder.DataSource;
        _connectionString = builder.ToString();
    }

    /// <summary>The file name from the connection string (relative to the working directory unless rooted).</summary>
    public string DataSource { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        // busy_timeout in ms: a writer waits for another writer instead of failing with SQLITE_BUSY
        pragma.CommandText = "PRAGMA busy_timeout = 5000;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }
}
