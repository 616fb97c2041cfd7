using NewsApi.Access;
using NewsApi.Data;
using NewsApi.Ingestion;

namespace NewsApi.Hosting;

/// <summary>
/// The services of the command-line tools (import, keys, benchmarks): the same configuration, database and pipeline as the
/// web app, without the web server; the database is migrated and seeded before it is returned.
/// </summary>
public static class CommandHost
{
    public static async Task<IHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddNewsData(builder.Configuration, builder.Environment);
        builder.Services.AddNewsIngestion(builder.Configuration);
        builder.Services.AddNewsAccess();
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return host;
    }
}
