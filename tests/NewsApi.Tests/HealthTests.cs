using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace NewsApi.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_WithMigratedDatabase_IsHealthy()
    {
        using var factory = new NewsApiFactory();

        var health = await factory.CreateClient().GetJsonAsync<JsonElement>("/health");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal(health.GetProperty("migrationsKnown").GetInt32(), health.GetProperty("migrationsApplied").GetInt32());
    }

    [Fact]
    public async Task Health_WhenSchemaIsBroken_Returns503Problem()
    {
        using var factory = new NewsApiFactory();
        var client = factory.CreateClient();
        await using (var connection = await factory.OpenDatabaseAsync())
            await connection.ExecuteAsync("DROP TABLE schema_migrations");

        var problem = await client.GetProblemAsync("/health", 503);

        Assert.Contains("database", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class HealthProbeTests
{
    [Fact]
    public async Task Live_AnswersWhileTheProcessRuns_EvenWithABrokenDatabase()
    {
        using var factory = new NewsApiFactory();
        var client = factory.CreateClient();
        await using (var connection = await factory.OpenDatabaseAsync())
            await connection.ExecuteAsync("DROP TABLE schema_migrations");

        var live = await client.GetJsonAsync<JsonElement>("/health/live");

        Assert.Equal("live", live.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_WithMigratedDatabase_IsHealthy()
    {
        using var factory = new NewsApiFactory();

        var ready = await factory.CreateClient().GetJsonAsync<JsonElement>("/health/ready");

        Assert.Equal("healthy", ready.GetProperty("status").GetString());
        Assert.Equal(factory.Services.GetRequiredService<NewsApi.Data.ISchemaMigrator>().Known, ready.GetProperty("migrationsApplied").GetInt32());
    }

    [Fact]
    public async Task Ready_WithAMigrationMissing_Returns503Problem()
    {
        using var factory = new NewsApiFactory();
        var client = factory.CreateClient();
        await using (var connection = await factory.OpenDatabaseAsync())
            await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)");

        var problem = await client.GetProblemAsync("/health/ready", 503);

        Assert.Contains("behind", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
