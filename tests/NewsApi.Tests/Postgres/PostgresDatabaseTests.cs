using System.Collections.Concurrent;
using Npgsql;

namespace NewsApi.Tests.Postgres;

/// <summary>Run by two test classes: each gets a database of its own, fresh from the template.</summary>
public abstract class PostgresDatabaseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    static readonly ConcurrentDictionary<string, string> ClassByDatabase = new();

    [PostgresFact]
    [Trait("Category", "Slow")]
    public async Task EachTestClass_GetsAFreshDatabaseOfItsOwn()
    {
        var owner = ClassByDatabase.GetOrAdd(database.Name, GetType().Name);
        Assert.Equal(GetType().Name, owner);

        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT current_database(), (SELECT count(*) FROM pg_tables WHERE tablename = 'claimed_by');
            CREATE TABLE claimed_by (test_class text NOT NULL);
            """, connection);
        await using var row = await command.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());

        Assert.Equal((database.Name, 0L), (row.GetString(0), row.GetInt64(1)));
    }
}

[Collection(PostgresServer.Collection)]
[Trait("Category", "Slow")]
public sealed class FirstPostgresDatabaseTests(PostgresDatabase database) : PostgresDatabaseTests(database);

[Collection(PostgresServer.Collection)]
[Trait("Category", "Slow")]
public sealed class SecondPostgresDatabaseTests(PostgresDatabase database) : PostgresDatabaseTests(database);
