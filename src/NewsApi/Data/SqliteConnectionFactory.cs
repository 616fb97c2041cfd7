using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>
/// SQLite's <see cref="IDbConnectionFactory"/>. Every connection has a busy timeout, and those that may write foreign
/// keys on; the file is in WAL mode (set once by the migration runner), so readers never wait for the writer.
/// <see cref="OpenReadAsync"/> gives pooled read-only connections; the only connection that may write is
/// <see cref="DatabaseWriter"/>'s.
/// </summary>
public sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    readonly string _readConnectionString;
    readonly string _writeConnectionString;

    public SqliteConnectionFactory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        };
        DataSource = builder.DataSource;
        // an in-memory database cannot be shared between a read-only and a read-write connection
        var inMemory = IsInMemory = builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (builder.Mode != SqliteOpenMode.Memory) builder.Mode = SqliteOpenMode.ReadWriteCreate;
        _writeConnectionString = builder.ToString();
        if (!inMemory)
        {
            builder.Mode = SqliteOpenMode.ReadOnly;
            // foreign keys are checked on writes only; set, they would cost a PRAGMA on every open of a pooled connection
            builder.ForeignKeys = null;
        }
        _readConnectionString = builder.ToString();
    }

    /// <summary>The file name from the connection string (absolute when it came through <see cref="DatabaseOptions"/>).</summary>
    public string DataSource { get; }

    /// <summary>A pooled read-only connection: any attempt to write through it fails (SQLITE_READONLY).</summary>
    public Task<DbConnection> OpenReadAsync(CancellationToken ct = default) => OpenConnectionAsync(_readConnectionString, ct);

    /// <summary>
    /// A read-only connection of the caller's own, outside the pool, for a caller that keeps it open for its whole life
    /// (<see cref="DataVersion"/>, the prepared reads of <see cref="Articles.SqliteDocumentReader"/>).
    /// </summary>
    internal SqliteConnection OpenReadOnly()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_readConnectionString) { Pooling = false }.ToString());
        connection.Open();
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, 5000);
        return connection;
    }

    /// <summary>True for an in-memory database: every connection sees a database of its own.</summary>
    public bool IsInMemory { get; }

    /// <summary>A read-write connection; only <see cref="DatabaseWriter"/> and tools that own the file use it.</summary>
    public Task<DbConnection> OpenWriteAsync(CancellationToken ct = default) => OpenConnectionAsync(_writeConnectionString, ct);

    static async Task<DbConnection> OpenConnectionAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // a writer waits (up to 5 s) for another writer, e.g. another process, instead of failing with SQLITE_BUSY;
        // set on the handle directly, as a PRAGMA statement would be prepared and run on every open
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, 5000);
        return connection;
    }
}
