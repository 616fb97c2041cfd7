using Microsoft.Extensions.Logging.Abstractions;
using NewsApi.Data.Postgres;
using Npgsql;

namespace NewsApi.Tests.Postgres;

/// <summary>
/// The one PostgreSQL cluster of a test run, shared by the test classes of the <see cref="Collection"/> collection, with
/// the template every <see cref="PostgresDatabase"/> is copied from. On a machine without PostgreSQL it starts nothing
/// (the tests are skipped) unless <see cref="PostgresCluster.RequireVariable"/> is set.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string Collection = "PostgreSQL";

    public const string Template = "newsapi_template";

    PostgresCluster? _cluster;

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException(PostgresCluster.Missing ?? "the cluster has not started");

    public bool IsRunning => _cluster is not null;

    public async Task InitializeAsync()
    {
        if (PostgresCluster.Missing is not null && !PostgresCluster.Required) return;
        _cluster = await PostgresCluster.StartAsync();
        await _cluster.CreateTemplateAsync(Template, PrepareTemplateAsync);
    }

    /// <summary>What every test database starts with, built once per run: the PostgreSQL schema, every migration applied.</summary>
    static async Task PrepareTemplateAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new PostgresMigrationRunner(dataSource, NullLogger<PostgresMigrationRunner>.Instance).MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}

[CollectionDefinition(PostgresServer.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>;
