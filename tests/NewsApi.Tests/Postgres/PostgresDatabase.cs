using Npgsql;

namespace NewsApi.Tests.Postgres;

/// <summary>
/// A database of its own for one test class (<c>IClassFixture&lt;PostgresDatabase&gt;</c> in the
/// <see cref="PostgresServer.Collection"/> collection), copied from the run's template and dropped afterwards.
/// </summary>
public sealed class PostgresDatabase(PostgresServer server) : IAsyncLifetime
{
    public string Name { get; } = "test_" + Guid.NewGuid().ToString("N");

    public string ConnectionString => server.Cluster.ConnectionString(Name);

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task InitializeAsync()
    {
        if (server.IsRunning) await server.Cluster.CreateDatabaseAsync(Name, PostgresServer.Template);
    }

    public async Task DisposeAsync()
    {
        if (server.IsRunning) await server.Cluster.DropDatabaseAsync(Name);
    }
}
