using System.Data.Common;

namespace NewsApi.Data;

/// <summary>
/// Opens connections to the news database, whatever the provider (SQLite: <see cref="SqliteConnectionFactory"/>).
/// Everything outside the provider's own code opens connections through this and nothing else.
/// </summary>
public interface IDbConnectionFactory
{
    /// <summary>What to name in logs: the database file, or the server and database; never a password.</summary>
    string DataSource { get; }

    /// <summary>A connection for reading: any attempt to write through it fails. Dispose it when done.</summary>
    Task<DbConnection> OpenReadAsync(CancellationToken ct = default);

    /// <summary>A read-write connection; only <see cref="DatabaseWriter"/> and tools that own the database use it.</summary>
    Task<DbConnection> OpenWriteAsync(CancellationToken ct = default);
}
