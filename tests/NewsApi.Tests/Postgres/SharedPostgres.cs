using Microsoft.Extensions.Logging.Abstractions;
using NewsApi.Data.Postgres;
using Npgsql;

namespace NewsApi.Tests.Postgres;

/// <summary>
/// The one throw-away cluster of a test process, for the PostgreSQL build of the suite (tests/NewsApi.Tests.Postgres):
/// started on first use with the migrated template, every <see cref="NewsApiFactory"/> takes a database copied from it
/// (a copy costs ~20 ms, migrating one ~300 ms), and the cluster stops when the process exits. Unlike the
/// <see cref="PostgresServer"/> collection fixture it belongs to no xunit collection, so test classes still run in parallel.
/// </summary>
public static class SharedPostgres
{
    public const string Template = "newsapi_shared_template";

    static readonly Lazy<Task<PostgresCluster>> Cluster = new(StartAsync);

    static async Task<PostgresCluster> StartAsync()
    {
        var cluster = await PostgresCluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        await cluster.CreateTemplateAsync(Template, async connectionString =>
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await new PostgresMigrationRunner(dataSource, NullLogger<PostgresMigrationRunner>.Instance).MigrateAsync();
        });
        return cluster;
    }

    /// <summary>A new database copied from the template; disposing drops it.</summary>
    public static TestDatabase CreateDatabase()
    {
        var cluster = Cluster.Value.GetAwaiter().GetResult();
        var name = "test_" + Guid.NewGuid().ToString("N");
        cluster.CreateDatabaseAsync(name, Template).GetAwaiter().GetResult();
        return new TestDatabase(cluster, name);
    }

    public sealed class TestDatabase(PostgresCluster cluster, string name) : IDisposable
    {
        public string Name => name;

        public string ConnectionString => cluster.ConnectionString(name);

        public void Dispose()
        {
            try { cluster.DropDatabaseAsync(name).GetAwaiter().GetResult(); }
            catch (NpgsqlException e) { Console.Error.WriteLine($"could not drop test database {name}: {e.Message}"); }
        }
    }
}
