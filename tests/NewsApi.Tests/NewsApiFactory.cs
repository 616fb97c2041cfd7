using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsApi.Tests;

/// <summary>
/// The real app over a database of its own, never the developer's: a SQLite file in a temp folder, or — in the
/// PostgreSQL build of this suite (tests/NewsApi.Tests.Postgres, which compiles these same files with
/// <c>NEWSAPI_POSTGRES</c>) — a database copied from the migrated template on the run's throw-away cluster.
/// </summary>
public sealed class NewsApiFactory : WebApplicationFactory<Program>
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("newsapi-test-").FullName;

#if NEWSAPI_POSTGRES
    public const NewsApi.Data.DatabaseProvider Provider = NewsApi.Data.DatabaseProvider.Postgres;

    readonly Postgres.SharedPostgres.TestDatabase _database = Postgres.SharedPostgres.CreateDatabase();

    /// <summary>The test database's Npgsql connection string.</summary>
    public string ConnectionString => _database.ConnectionString;

    /// <summary>What the app prints as its database (<c>postgres://127.0.0.1:port/test_…</c>).</summary>
    public string DatabaseDescription => NewsApi.Data.Postgres.PostgresConnectionFactory.Describe(ConnectionString);

    /// <summary>A connection of the test's own to the app's database, for checks below the API.</summary>
    public async Task<DbConnection> OpenDatabaseAsync()
    {
        var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
#else
    public const NewsApi.Data.DatabaseProvider Provider = NewsApi.Data.DatabaseProvider.Sqlite;

    public string DatabasePath => Path.Combine(Directory, "news.db");

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>What the app prints as its database (the file's absolute path).</summary>
    public string DatabaseDescription => DatabasePath;

    /// <summary>A connection of the test's own to the app's database, for checks below the API.</summary>
    public async Task<DbConnection> OpenDatabaseAsync()
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
#endif

    /// <summary>The settings that point a command (import, keys, a second app) at this factory's database.</summary>
    public Dictionary<string, string?> DatabaseSettings => new()
    {
        ["ConnectionStrings:News"] = ConnectionString,
        [NewsApi.Data.DatabaseOptions.ProviderKey] = Provider.ToString().ToLowerInvariant(),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in DatabaseSettings) builder.UseSetting(key, value);
        builder.UseEnvironment("Testing");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
#if NEWSAPI_POSTGRES
        _database.Dispose();
#else
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
#endif
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}

public static class HttpClientJsonExtensions
{
    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(NewsApiFactory.Json))!;
    }

    /// <summary>Asserts an RFC 9457 answer with this status and returns its JSON.</summary>
    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string url, int status)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }
}
