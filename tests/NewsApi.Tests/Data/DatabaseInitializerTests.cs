using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

public sealed class DatabaseInitializerTests
{
    static async Task<string> Snapshot(NewsApiFactory factory)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        var counts = await connection.QuerySingleAsync<(long, long, long, long, long)>("""
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM entities), (SELECT COUNT(*) FROM mentions),
                   (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM schema_migrations)
            """);
        var stamps = string.Join(",", await connection.QueryAsync<string>(
            "SELECT CAST(created_at AS TEXT) || CAST(updated_at AS TEXT) FROM articles ORDER BY id"));
        return $"{counts} {stamps}";
    }

    [Fact]
    public async Task SecondStart_ChangesNothing()
    {
        using var first = new NewsApiFactory();
        _ = first.Services; // starts the app: creates, migrates and seeds
        var before = await Snapshot(first);

        await first.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var migrated = await first.Services.GetRequiredService<ISchemaMigrator>().MigrateAsync();

        Assert.Empty(migrated);
        Assert.Equal(before, await Snapshot(first));
        Assert.StartsWith("(1, 15, 42, 9, ", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondProcess_OnTheSameDatabase_ChangesNothing()
    {
        using var first = new NewsApiFactory();
        _ = first.Services;
        var before = await Snapshot(first);

        // another process's start-up: migrations found applied, the seed found stored
        using var second = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in first.DatabaseSettings) b.UseSetting(key, value);
            b.UseEnvironment("Testing");
        });
        _ = second.Services;

        Assert.Equal(before, await Snapshot(first));
    }

#if !NEWSAPI_POSTGRES
    [Fact]
    public async Task FirstStart_CreatesFolderAndDatabaseInWalMode()
    {
        using var factory = new NewsApiFactory();
        var nested = Path.Combine(factory.Directory, "a", "b", "news.db");
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:News", $"Data Source={nested}"));
        _ = app.Services;

        Assert.True(File.Exists(nested));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={nested}");
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(MigrationRunner.Embedded.Select(m => (long)m.Version), await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version"));
    }

    [Fact]
    public async Task Connections_WaitForABusyDatabase_EvenWhenReusedFromThePool()
    {
        using var factory = new NewsApiFactory();
        var connections = factory.Services.GetRequiredService<SqliteConnectionFactory>();

        for (var open = 0; open < 2; open++)
        {
            await using var read = await connections.OpenReadAsync();
            Assert.Equal(5000, await read.ExecuteScalarAsync<int>("PRAGMA busy_timeout"));
        }
        await using var write = await connections.OpenWriteAsync();
        Assert.Equal(5000, await write.ExecuteScalarAsync<int>("PRAGMA busy_timeout"));
    }
#endif

    [Fact]
    public void EmbeddedMigrations_AreNumberedFromOneWithoutGaps()
    {
        var versions = MigrationRunner.Embedded.Select(m => m.Version).ToList();
        var postgres = NewsApi.Data.Postgres.PostgresMigrationRunner.Embedded.Select(m => m.Version).ToList();

        // SQLite skips the PostgreSQL-only numbers (8 data_version, 9 rate_limits)
        Assert.Equal(Enumerable.Range(1, versions.Count + 2).Except([8, 9]), versions);
        Assert.Equal(Directory.GetFiles(RepoFiles.Path("db", "migrations"), "*.sql").Length, versions.Count);
        Assert.Equal(Enumerable.Range(1, postgres.Count), postgres);
        Assert.Equal(Directory.GetFiles(RepoFiles.Path("db", "migrations", "postgres"), "*.sql").Length, postgres.Count);
    }

    [Fact]
    public async Task Connections_EnforceForeignKeys()
    {
        using var factory = new NewsApiFactory();
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenWriteAsync();

        var e = await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync(
            "INSERT INTO mentions (article_id, entity_id, field, start_offset, end_offset, text) VALUES (999, 999, 'body', 0, 1, 'x')"));
        // a constraint, not a read-only refusal
        Assert.Equal(DataErrorKind.ConstraintViolation, factory.Services.GetRequiredService<IDataErrorTranslator>().Translate(e)?.Kind);
    }

    [Fact]
    public async Task ReadConnections_AreReadOnly()
    {
        using var factory = new NewsApiFactory();
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenReadAsync();

        var e = await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("DELETE FROM articles"));
        Assert.Equal(DataErrorKind.ReadOnly, factory.Services.GetRequiredService<IDataErrorTranslator>().Translate(e)?.Kind);
    }
}
