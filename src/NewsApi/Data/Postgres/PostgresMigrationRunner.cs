using Dapper;
using Npgsql;

namespace NewsApi.Data.Postgres;

/// <summary>
/// Applies the numbered SQL files of db/migrations/postgres (embedded in this assembly) that the database has not
/// seen, each in its own transaction, and records them in <c>schema_migrations</c>. Forward only. Runs under a
/// session advisory lock, so processes starting at once against one database take turns: the first applies what is
/// missing, the others then find nothing left to do.
/// </summary>
public sealed class PostgresMigrationRunner(NpgsqlDataSource dataSource, ILogger<PostgresMigrationRunner> logger) : ISchemaMigrator
{
    const string ResourcePrefix = "postgres-migrations/";

    /// <summary>The advisory lock's key: "NewsApi" in ASCII. Advisory locks belong to one database, so one key serves all.</summary>
    public const long LockKey = 0x4E657773417069;

    public static IReadOnlyList<MigrationRunner.Migration> Embedded { get; } = MigrationRunner.LoadEmbedded(ResourcePrefix, "PostgreSQL");

    public int Known => Embedded.Count;

    /// <summary>Applies the pending migrations; returns the versions this call applied.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@LockKey)", new { LockKey }, cancellationToken: ct));
        try
        {
            return await MigrateLockedAsync(connection, ct);
        }
        finally
        {
            // not cancellable: a pooled connection must not go back still holding the lock
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@LockKey)", new { LockKey }, cancellationToken: CancellationToken.None));
        }
    }

    async Task<IReadOnlyList<int>> MigrateLockedAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    integer PRIMARY KEY,
                name       text NOT NULL,
                applied_at timestamptz NOT NULL
            )
            """, cancellationToken: ct));

        return await MigrationRunner.ApplyPendingAsync(connection, Embedded, "now()",
            m => logger.LogInformation("Applied PostgreSQL migration {Version} {Name}", m.Version, m.Name), ct);
    }
}
