using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using NewsApi.Data;
using NewsApi.Data.Postgres;
using NewsApi.Tests.Postgres;
using Npgsql;

namespace NewsApi.Tests.Data.Postgres;

/// <summary>The runner against databases of its own, created empty (from template0, not from the migrated template).</summary>
[Collection(PostgresServer.Collection)]
[Trait("Category", "Slow")]
public sealed class PostgresMigrationRunnerTests(PostgresServer server) : IAsyncLifetime
{
    readonly List<string> _databases = [];

    static IEnumerable<(long, string)> EmbeddedVersions =>
        PostgresMigrationRunner.Embedded.Select(m => ((long)m.Version, m.Name));

    async Task<NpgsqlDataSource> EmptyDatabaseAsync()
    {
        var name = "migrate_" + Guid.NewGuid().ToString("N");
        await server.Cluster.CreateDatabaseAsync(name, "template0");
        _databases.Add(name);
        return NpgsqlDataSource.Create(server.Cluster.ConnectionString(name));
    }

    static PostgresMigrationRunner Runner(NpgsqlDataSource dataSource) => new(dataSource, NullLogger<PostgresMigrationRunner>.Instance);

    static async Task<List<(long, string)>> RecordedAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<(long, string)>("SELECT version, name FROM schema_migrations ORDER BY version")];
    }

    [PostgresFact]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationAndRecordsIt()
    {
        await using var dataSource = await EmptyDatabaseAsync();

        var applied = await Runner(dataSource).MigrateAsync();

        Assert.Equal(PostgresMigrationRunner.Embedded.Select(m => m.Version), applied);
        Assert.Equal(EmbeddedVersions, await RecordedAsync(dataSource));
    }

    [PostgresFact]
    public async Task Migrate_SecondRun_AppliesNothing()
    {
        await using var dataSource = await EmptyDatabaseAsync();
        await Runner(dataSource).MigrateAsync();

        var applied = await Runner(dataSource).MigrateAsync();

        Assert.Empty(applied);
        Assert.Equal(EmbeddedVersions, await RecordedAsync(dataSource));
    }

    [PostgresFact]
    public async Task Migrate_ManyProcessesStartingAtOnce_ApplyEachMigrationExactlyOnce()
    {
        await using var first = await EmptyDatabaseAsync();
        var connectionString = first.ConnectionString;
        // a data source each, so no two runners share a connection pool, as separate processes would not
        var dataSources = Enumerable.Range(0, 6).Select(_ => NpgsqlDataSource.Create(connectionString)).ToList();
        try
        {
            using var start = new Barrier(dataSources.Count);
            var runs = dataSources.Select(dataSource => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await Runner(dataSource).MigrateAsync();
            })).ToList();
            var applied = await Task.WhenAll(runs);

            Assert.Equal(PostgresMigrationRunner.Embedded.Select(m => m.Version), applied.SelectMany(a => a).Order());
            Assert.Equal(EmbeddedVersions, await RecordedAsync(first));
        }
        finally
        {
            foreach (var dataSource in dataSources) await dataSource.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task Migrate_WhileAnotherSessionHoldsTheLock_WaitsForIt()
    {
        await using var dataSource = await EmptyDatabaseAsync();
        await using var holder = await dataSource.OpenConnectionAsync();
        await holder.ExecuteAsync("SELECT pg_advisory_lock(@LockKey)", new { PostgresMigrationRunner.LockKey });

        var migrate = Runner(dataSource).MigrateAsync();
        await Task.Delay(500);
        Assert.False(migrate.IsCompleted, "the runner went ahead while another session held the lock");
        Assert.Equal(0L, await holder.ExecuteScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'schema_migrations'"));

        await holder.ExecuteAsync("SELECT pg_advisory_unlock(@LockKey)", new { PostgresMigrationRunner.LockKey });
        Assert.Equal(PostgresMigrationRunner.Embedded.Count, (await migrate).Count);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var name in _databases) await server.Cluster.DropDatabaseAsync(name);
    }
}

/// <summary>The PostgreSQL set as files: no server needed.</summary>
public sealed class PostgresMigrationFilesTests
{
    [Fact]
    public void EmbeddedPostgresMigrations_AreNumberedFromOneWithoutGaps_OnePerFile()
    {
        var versions = PostgresMigrationRunner.Embedded.Select(m => m.Version).ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
        Assert.Equal(Directory.GetFiles(RepoFiles.Path("db", "migrations", "postgres"), "*.sql").Length, versions.Count);
    }

    /// <summary>Migrations only PostgreSQL has: their versions stay unused on SQLite (db/migrations/postgres/README.md).</summary>
    static readonly (int, string)[] PostgresOnly = [(8, "data_version"), (9, "rate_limits")];

    [Fact]
    public void EverySqliteMigration_IsInThePostgresSet_UnderTheSameVersionAndName()
    {
        // one concept, one number on both providers
        var postgres = PostgresMigrationRunner.Embedded.ToDictionary(m => m.Version, m => m.Name);

        Assert.All(MigrationRunner.Embedded, m => Assert.Equal(m.Name, postgres.GetValueOrDefault(m.Version)));
    }

    [Fact]
    public void PostgresMigrationsSqliteLacks_AreTheDeclaredPostgresOnlyOnes_OnVersionsSqliteLeavesUnused()
    {
        var sqlite = MigrationRunner.Embedded.Select(m => m.Version).ToHashSet();

        Assert.Equal(PostgresOnly, PostgresMigrationRunner.Embedded.Where(m => !sqlite.Contains(m.Version)).Select(m => (m.Version, m.Name)));
    }

    [Fact]
    public void SqliteRunner_DoesNotReadThePostgresFiles() =>
        Assert.DoesNotContain(MigrationRunner.Embedded, m => m.Sql.Contains("tsvector", StringComparison.Ordinal));
}
