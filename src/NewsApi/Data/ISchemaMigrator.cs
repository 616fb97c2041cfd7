namespace NewsApi.Data;

/// <summary>
/// Brings the configured database's schema up to this build's: SQLite's <see cref="MigrationRunner"/> (db/migrations)
/// or PostgreSQL's <see cref="Postgres.PostgresMigrationRunner"/> (db/migrations/postgres).
/// </summary>
public interface ISchemaMigrator
{
    /// <summary>How many migrations this build knows for the provider: a database with fewer applied is behind.</summary>
    int Known { get; }

    /// <summary>Applies the pending migrations; returns the versions this call applied.</summary>
    Task<IReadOnlyList<int>> MigrateAsync(CancellationToken ct = default);
}
