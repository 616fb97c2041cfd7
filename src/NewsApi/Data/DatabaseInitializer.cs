using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsApi.Articles;

namespace NewsApi.Data;

/// <summary>Creates the database file if needed, applies pending migrations and stores any seed article not yet there.</summary>
public sealed class DatabaseInitializer(MigrationRunner migrations, ArticleWriter articles, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await migrations.MigrateAsync(ct);
        foreach (var seed in SeedData.Load())
        {
            var result = await articles.CreateAsync(seed.Article, seed.Annotations, SeedData.Annotator, ct);
            if (result.Created) logger.LogInformation("Seeded article {Id} '{Title}'", result.Id, seed.Article.Title);
        }
    }
}

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The provider (SQLite: its connection factory, error translator and change signal), the single writer, the
    /// migration runner and the seeding at start-up.
    /// </summary>
    public static IServiceCollection AddNewsData(this IServiceCollection services, IConfiguration configuration)
    {
        Timestamps.RegisterDapperHandler();
        services.AddSingleton(new SqliteConnectionFactory(DatabaseOptions.ConnectionString(configuration)));
        services.AddSingleton<IDbConnectionFactory>(sp => sp.GetRequiredService<SqliteConnectionFactory>());
        services.AddSingleton<IDataErrorTranslator, SqliteErrorTranslator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseWriter>();
        services.AddSingleton<DataVersion>();
        services.AddSingleton<IDataChangeSignal>(sp => sp.GetRequiredService<DataVersion>());
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<Search.SearchStore>();
        return services;
    }

    /// <summary>Says which database file the app uses, then migrates and seeds it before the app takes requests.</summary>
    public static Task InitializeDatabaseAsync(this WebApplication app)
    {
        app.Logger.LogInformation("Database: {DatabaseFile}", app.Services.GetRequiredService<IDbConnectionFactory>().DataSource);
        return app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }
}
