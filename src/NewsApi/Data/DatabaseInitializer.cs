using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsApi.Articles;
using NewsApi.Search;

namespace NewsApi.Data;

/// <summary>
/// Creates the database file if needed, applies pending migrations, stores any seed article not yet there and builds
/// the JSON document of every article that has none (after migration 0010; reads build missing ones meanwhile).
/// </summary>
public sealed class DatabaseInitializer(ISchemaMigrator migrations, ArticleWriter articles, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await migrations.MigrateAsync(ct);
        foreach (var seed in SeedData.Load())
        {
            var result = await articles.CreateAsync(seed.Article, seed.Annotations, SeedData.Annotator, ct);
            if (result.Created) logger.LogInformation("Seeded article {Id} '{Title}'", result.Id, seed.Article.Title);
        }
        if (await articles.MaterialiseMissingAsync(ct) is > 0 and var built) logger.LogInformation("Built the JSON documents of {Count} articles", built);
    }
}

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The configured provider (<see cref="DatabaseOptions.Provider"/>: its connection factory, SQL dialect, error
    /// translator, change signal and migration runner), the single writer and the seeding at start-up.
    /// </summary>
    public static IServiceCollection AddNewsData(this IServiceCollection services, IConfiguration configuration)
    {
        Timestamps.RegisterDapperHandler();
        var provider = DatabaseOptions.Provider(configuration);
        // read now, so that a bad setting (a replica on SQLite, a window that is no number) stops the app at start-up
        var replica = DatabaseOptions.ReadReplicaConnectionString(configuration);
        var window = DatabaseOptions.ChangeCheck(configuration);
        services.AddSingleton(SqlDialect.For(provider));
        services.AddSingleton(Search.FullTextSql.For(provider));
        if (provider == DatabaseProvider.Postgres) AddPostgres(services, configuration, replica, window);
        else AddSqlite(services, configuration, window);
        services.TryAddSingleton(TimeProvider.System);
        // PostgreSQL serves several processes: a write is acknowledged only once every one of them sees it (commit-wait,
        // DatabaseWriter). SQLite serves one process, whose own writes its signal sees at once: no wait.
        var commitWait = provider == DatabaseProvider.Postgres ? window : TimeSpan.Zero;
        services.AddSingleton(sp => new DatabaseWriter(sp.GetRequiredService<IDbConnectionFactory>(), sp.GetRequiredService<IDataChangeSignal>(),
            sp.GetRequiredService<IDataErrorTranslator>(), commitWait));
        services.AddSingleton<DatabaseInitializer>();
        services.AddNewsSearch(configuration);
        return services;
    }

    static void AddSqlite(IServiceCollection services, IConfiguration configuration, TimeSpan window)
    {
        // process-wide: SQLite's memory for every connection together (DatabaseOptions.SqliteMemoryBytes)
        SQLitePCL.Batteries_V2.Init();
        SQLitePCL.raw.sqlite3_soft_heap_limit64(DatabaseOptions.SqliteMemoryBytes(configuration));
        services.AddSingleton(new SqliteConnectionFactory(DatabaseOptions.ConnectionString(configuration)));
        services.AddSingleton<IDbConnectionFactory>(sp => sp.GetRequiredService<SqliteConnectionFactory>());
        services.AddSingleton<IDataErrorTranslator, SqliteErrorTranslator>();
        services.AddSingleton(sp => new DataVersion(sp.GetRequiredService<SqliteConnectionFactory>(), window));
        services.AddSingleton<IDataChangeSignal>(sp => sp.GetRequiredService<DataVersion>());
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<ISchemaMigrator>(sp => sp.GetRequiredService<MigrationRunner>());
    }

    /// <summary>
    /// PostgreSQL: the primary (<c>ConnectionStrings:News</c>) for writes, migrations and the change signal; reads from it
    /// too, or, with <c>ConnectionStrings:NewsReadReplica</c>, through <see cref="Postgres.ReadReplicaRouter"/>.
    /// </summary>
    static void AddPostgres(IServiceCollection services, IConfiguration configuration, string? replica, TimeSpan window)
    {
        services.AddSingleton(new Postgres.PostgresConnectionFactory(DatabaseOptions.PostgresConnectionString(configuration)));
        if (replica is null)
            services.AddSingleton<IDbConnectionFactory>(sp => sp.GetRequiredService<Postgres.PostgresConnectionFactory>());
        else
        {
            var replicaWait = DatabaseOptions.ReplicaWait(configuration);
            services.AddSingleton(sp => new Postgres.ReadReplicaRouter(sp.GetRequiredService<Postgres.PostgresConnectionFactory>(),
                new Postgres.PostgresConnectionFactory(replica), sp.GetRequiredService<IDataChangeSignal>(), replicaWait,
                sp.GetRequiredService<ILogger<Postgres.ReadReplicaRouter>>(), sp.GetService<Observability.NewsMetrics>()));
            services.AddSingleton<IDbConnectionFactory>(sp => sp.GetRequiredService<Postgres.ReadReplicaRouter>());
        }
        services.AddSingleton<IDataErrorTranslator, Postgres.PostgresErrorTranslator>();
        services.AddSingleton(sp => new Postgres.PostgresChangeSignal(sp.GetRequiredService<Postgres.PostgresConnectionFactory>(), window));
        services.AddSingleton<IDataChangeSignal>(sp => sp.GetRequiredService<Postgres.PostgresChangeSignal>());
        services.AddSingleton<ISchemaMigrator>(sp => new Postgres.PostgresMigrationRunner(
            sp.GetRequiredService<Postgres.PostgresConnectionFactory>().WriteDataSource,
            sp.GetRequiredService<ILogger<Postgres.PostgresMigrationRunner>>()));
    }

    /// <summary>Says which database file the app uses, then migrates and seeds it before the app takes requests.</summary>
    public static Task InitializeDatabaseAsync(this WebApplication app)
    {
        app.Logger.LogInformation("Database: {DatabaseFile}", app.Services.GetRequiredService<IDbConnectionFactory>().DataSource);
        return app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }
}
