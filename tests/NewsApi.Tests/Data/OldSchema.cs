using System.Data.Common;
using Dapper;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>A database as an older release left it: the embedded migrations before a version, recorded as applied.</summary>
static class OldSchema
{
    public static async Task ApplyBeforeAsync(DbConnection connection, int version)
    {
        await connection.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var migration in MigrationRunner.Embedded.Where(m => m.Version < version))
        {
            await connection.ExecuteAsync(migration.Sql);
            await connection.ExecuteAsync("INSERT INTO schema_migrations VALUES (@Version, @Name, '2026-01-01T00:00:00Z')", new { migration.Version, migration.Name });
        }
    }
}
