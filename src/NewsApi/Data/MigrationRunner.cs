using System.Reflection;
using Dapper;

namespace NewsApi.Data;

/// <summary>
/// Applies the numbered SQL files of db/migrations (embedded in this assembly) that the database has not seen,
/// each in its own transaction, and records them in <c>schema_migrations</c>. Forward only.
/// </summary>
public sealed partial class MigrationRunner(SqliteConnectionFactory connections, DatabaseWriter writer, ILogger<MigrationRunner> logger) : ISchemaMigrator
{
    public sealed record Migration(int Version, string Name, string Sql);

    const string ResourcePrefix = "migrations/";

    public static IReadOnlyList<Migration> Embedded { get; } = LoadEmbedded(ResourcePrefix, "SQLite");

    public int Known => Embedded.Count;

    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken ct = default)
    {
        EnsureDirectoryExists(connections.DataSource);
        return writer.RunAsync(MigrateAsync, ct);
    }

    async Task<IReadOnlyList<int>> MigrateAsync(System.Data.Common.DbConnection connection, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """, cancellationToken: ct));

        return await ApplyPendingAsync(connection, Embedded, "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            m => logger.LogInformation("Applied migration {Version} {Name}", m.Version, m.Name), ct);
    }

    /// <summary>
    /// Applies the migrations of <paramref name="embedded"/> that <c>schema_migrations</c> lacks, each in its own
    /// transaction with its record, stamped with the provider's <paramref name="nowSql"/>; the SQLite and PostgreSQL
    /// runners differ only in how they get the connection and create the table.
    /// </summary>
    internal static async Task<IReadOnlyList<int>> ApplyPendingAsync(System.Data.Common.DbConnection connection,
        IReadOnlyList<Migration> embedded, string nowSql, Action<Migration> applied, CancellationToken ct)
    {
        var known = (await connection.QueryAsync<long>(
            new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: ct))).ToHashSet();
        var newlyApplied = new List<int>();
        foreach (var migration in embedded.Where(m => !known.Contains(m.Version)))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, {nowSql})",
                new { migration.Version, migration.Name }, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
            newlyApplied.Add(migration.Version);
            applied(migration);
        }
        return newlyApplied;
    }

    static void EnsureDirectoryExists(string dataSource)
    {
        if (dataSource is "" or ":memory:") return;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
    }

    /// <summary>The migrations embedded under <paramref name="prefix"/>, by version; <paramref name="provider"/> names them in errors.</summary>
    internal static List<Migration> LoadEmbedded(string prefix, string provider)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var fileName = resource[prefix.Length..];
            var match = MigrationFileName().Match(fileName);
            if (!match.Success)
                throw new InvalidOperationException($"{provider} migration file '{fileName}' must be named NNNN_description.sql.");
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            migrations.Add(new Migration(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups[2].Value, reader.ReadToEnd()));
        }
        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two {provider} migrations share version {duplicate.Key}.");
        return [.. migrations.OrderBy(m => m.Version)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{4})_([A-Za-z0-9_\-]+)\.sql$")]
    private static partial System.Text.RegularExpressions.Regex MigrationFileName();
}
