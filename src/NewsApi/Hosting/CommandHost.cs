using NewsApi.Access;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Ingestion;
using NewsApi.Quotes;

namespace NewsApi.Hosting;

/// <summary>
/// The services of the command-line tools (import, keys, benchmarks): the same configuration, database and pipeline as the
/// web app, without the web server; the database is migrated and seeded before it is returned.
/// </summary>
public static class CommandHost
{
    /// <param name="settings">Configuration that wins over the environment's (tests, benchmarks).</param>
    /// <param name="log">Where to say which database file the command uses (a command's stderr: stdout may be data).</param>
    public static async Task<IHost> StartAsync(IDictionary<string, string?>? settings = null, TextWriter? log = null)
    {
        // A command reads its configuration once: watching appsettings*.json for changes watches the whole content root
        // (the working directory) recursively, and when the database lives under it (data/news.db beside the app, as
        // the README runs it) every page the import writes woke the watcher: about twice the system time per article.
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new(ReloadConfigOnChangeKey, "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Configuration = configuration });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddNewsData(builder.Configuration);
        builder.Services.AddNewsArticles();
        // the writer stores articles' JSON documents as the web app serves them
        builder.Services.AddNewsJson();
        builder.Services.AddNewsEntities();
        builder.Services.AddNewsQuotes();
        builder.Services.AddNewsIngestion(builder.Configuration);
        builder.Services.AddNewsAccess();
        if (log is not null) await log.WriteLineAsync(DatabaseLine(builder.Configuration));
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return host;
    }

    // the host's own switch for reloadOnChange of appsettings.json and appsettings.{Environment}.json
    internal const string ReloadConfigOnChangeKey = "hostBuilder:reloadConfigOnChange";

    /// <summary>The line every command prints first: <c>database: /abs/path/news.db</c> (or <c>postgres://host:port/db</c>).</summary>
    public static string DatabaseLine(IConfiguration configuration) => $"database: {DatabaseOptions.Describe(configuration)}";
}
