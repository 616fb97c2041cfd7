using System.Diagnostics;
using Npgsql;

namespace NewsApi.Tests.Postgres;

[Collection(PostgresServer.Collection)]
[Trait("Category", "Slow")]
public sealed class PostgresClusterTests(PostgresServer server)
{
    [PostgresFact]
    public async Task Cluster_AnswersSelectVersionThroughNpgsql_OnLoopback()
    {
        await using var connection = new NpgsqlConnection(server.Cluster.ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version(), host(inet_server_addr()), inet_server_port(), current_setting('unix_socket_directories')", connection);
        await using var row = await command.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());

        Assert.StartsWith("PostgreSQL ", row.GetString(0), StringComparison.Ordinal);
        Assert.Equal(("127.0.0.1", server.Cluster.Port), (row.GetString(1), row.GetInt32(2)));
        Assert.Equal(server.Cluster.Root, row.GetString(3));
    }

    [PostgresFact]
    public async Task DatabaseCreatedFromATemplate_HoldsTheTemplatesObjects()
    {
        var cluster = server.Cluster;
        await cluster.CreateTemplateAsync("template_test", async connectionString =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                CREATE TABLE outlets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
                CREATE INDEX outlets_name ON outlets (lower(name));
                INSERT INTO outlets (name) VALUES ('Reuters'), ('Agence France-Presse');
                """, connection);
            await command.ExecuteNonQueryAsync();
        });
        await cluster.CreateDatabaseAsync("copy_test", "template_test");
        try
        {
            await using var connection = new NpgsqlConnection(cluster.ConnectionString("copy_test"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                SELECT string_agg(name, ', ' ORDER BY id), (SELECT count(*) FROM pg_indexes WHERE indexname = 'outlets_name')
                FROM outlets
                """, connection);
            await using var row = await command.ExecuteReaderAsync();
            Assert.True(await row.ReadAsync());

            Assert.Equal(("Reuters, Agence France-Presse", 1L), (row.GetString(0), row.GetInt64(1)));
        }
        finally
        {
            await cluster.DropDatabaseAsync("copy_test");
            await cluster.DropDatabaseAsync("template_test");
        }
    }

    [PostgresFact]
    public async Task TwoDatabases_DoNotSeeEachOthersTables()
    {
        var first = new PostgresDatabase(server);
        var second = new PostgresDatabase(server);
        await first.InitializeAsync();
        await second.InitializeAsync();
        try
        {
            await using (var connection = await first.OpenAsync())
            await using (var create = new NpgsqlCommand("CREATE TABLE only_in_first (id int)", connection))
                await create.ExecuteNonQueryAsync();

            Assert.Equal(1L, await CountTablesAsync(first, "only_in_first"));
            Assert.Equal(0L, await CountTablesAsync(second, "only_in_first"));
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task Dispose_StopsEveryServerProcess_AndDeletesTheFolder()
    {
        var cluster = await PostgresCluster.StartAsync();
        var connectionString = cluster.ConnectionString();
        var root = cluster.Root;
        var running = ProcessesOf(cluster);
        Assert.Contains(cluster.ServerProcessId!.Value, running);
        Assert.True(running.Count >= 2, "the server and its background workers");

        await cluster.DisposeAsync();

        var deadline = Stopwatch.StartNew();
        while (ProcessesOf(cluster).Count > 0 && deadline.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(50);
        Assert.Empty(ProcessesOf(cluster));
        Assert.False(Directory.Exists(root), $"{root} is left behind");
        await using var connection = new NpgsqlConnection(connectionString);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());
    }

    static async Task<long> CountTablesAsync(PostgresDatabase database, string table)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tablename = @table", connection);
        command.Parameters.AddWithValue("table", table);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Live processes of the cluster: the server's command line names its folder, its workers' titles the cluster.</summary>
    static List<int> ProcessesOf(PostgresCluster cluster) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(dir => (Pid: int.TryParse(Path.GetFileName(dir), out var pid) ? pid : 0, Dir: dir))
            .Where(p => p.Pid > 0 && CommandLine(p.Dir) is var line && (line.Contains(cluster.Name, StringComparison.Ordinal) || line.Contains(cluster.Root, StringComparison.Ordinal)))
            .Select(p => p.Pid)];

    static string CommandLine(string procDir)
    {
        try { return File.ReadAllText(Path.Combine(procDir, "cmdline")); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return ""; }
    }
}
