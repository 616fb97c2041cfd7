using Npgsql;

namespace NewsApi.Bench;

/// <summary>
/// The database a bench writes into: a SQLite file in its folder, or with <c>--postgres CONNECTION</c> a new database
/// on that server, created for the run and dropped after it.
/// </summary>
sealed class BenchDatabase : IAsyncDisposable
{
    readonly string? _server;
    readonly string? _name;

    BenchDatabase(string provider, Dictionary<string, string?> settings, string? server, string? name) =>
        (Provider, Settings, _server, _name) = (provider, settings, server, name);

    public string Provider { get; }

    /// <summary>The configuration that points the app (or a command) at this database.</summary>
    public Dictionary<string, string?> Settings { get; }

    public static async Task<BenchDatabase> CreateAsync(string dir, string? postgres)
    {
        if (postgres is null)
            return new BenchDatabase("sqlite", new() { ["ConnectionStrings:News"] = $"Data Source={Path.Combine(dir, "news.db")}" }, null, null);
        var name = "newsapi_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(postgres))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(postgres) { Database = name };
        return new BenchDatabase("postgres", new()
        {
            ["ConnectionStrings:News"] = builder.ConnectionString,
            [NewsApi.Data.DatabaseOptions.ProviderKey] = "postgres",
        }, postgres, name);
    }

    /// <summary>The database's size on disk, in bytes.</summary>
    public async Task<long> SizeAsync()
    {
        if (_server is null) return new FileInfo(Settings["ConnectionStrings:News"]!["Data Source=".Length..]).Length;
        await using var connection = new NpgsqlConnection(Settings["ConnectionStrings:News"]);
        await connection.OpenAsync();
        await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await size.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
