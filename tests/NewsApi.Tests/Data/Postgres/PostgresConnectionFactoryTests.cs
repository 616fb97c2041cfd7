using Dapper;
using NewsApi.Data.Postgres;
using NewsApi.Tests.Postgres;
using Npgsql;

namespace NewsApi.Tests.Data.Postgres;

/// <summary>The read and write sides of <see cref="PostgresConnectionFactory"/>.</summary>
[Collection(PostgresServer.Collection)]
[Trait("Category", "Slow")]
public sealed class PostgresConnectionFactoryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task ReadConnections_CannotWrite_WriteConnectionsCan()
    {
        await using var connections = new PostgresConnectionFactory(database.ConnectionString);
        await using var writer = await connections.OpenWriteAsync();
        await writer.ExecuteAsync("CREATE TABLE factory_t (x bigint)");
        await using var reader = await connections.OpenReadAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => reader.ExecuteAsync("INSERT INTO factory_t VALUES (1)"));
        await writer.ExecuteAsync("INSERT INTO factory_t VALUES (2)");

        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
        Assert.Equal(2L, await reader.ExecuteScalarAsync<long>("SELECT x FROM factory_t"));
    }

    [Fact]
    public void DataSource_NamesHostPortAndDatabase_NeverThePassword()
    {
        using var connections = new PostgresConnectionFactory("Host=db.example;Port=5433;Database=news;Username=newsapi;Password=s3cret");

        Assert.Equal("postgres://db.example:5433/news", connections.DataSource);
    }
}
