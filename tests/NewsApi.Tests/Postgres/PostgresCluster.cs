using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsApi.Tests.Hosting;
using Npgsql;

namespace NewsApi.Tests.Postgres;

/// <summary>
/// A throw-away PostgreSQL cluster from the machine's own binaries (Debian's postgresql package puts them in
/// /usr/lib/postgresql/N/bin): <c>initdb</c> into a temp folder, <c>pg_ctl</c> on a free loopback port with its unix
/// socket in that folder, run as the postgres OS user when the tests run as root (initdb refuses root). Disposing
/// stops the server and deletes the folder.
/// </summary>
public sealed partial class PostgresCluster : IAsyncDisposable
{
    /// <summary>Set to 1 (as .ci/run does) to make a missing PostgreSQL fail the PostgreSQL tests instead of skipping them.</summary>
    public const string RequireVariable = "NEWSAPI_REQUIRE_POSTGRES";

    /// <summary>A folder holding initdb and pg_ctl, for an installation outside /usr/lib/postgresql and PATH.</summary>
    public const string BinVariable = "NEWSAPI_POSTGRES_BIN";

    const string RunUser = "runuser";

    static readonly Lazy<(string? Bin, string? Missing)> Found = new(Locate);

    readonly string _bin;
    readonly bool _asPostgres = IsRoot;

    /// <summary>Why no cluster can be started on this machine, or null when one can.</summary>
    public static string? Missing => Found.Value.Missing;

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    /// <summary>The temp folder holding the data directory, the socket and the server log.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("newsapi-pg-").FullName;

    /// <summary>The <c>cluster_name</c>: every server process of this cluster carries it in its title.</summary>
    public string Name { get; } = "newsapi-test-" + Guid.NewGuid().ToString("N")[..12];

    public int Port { get; private set; }

    string DataDirectory => Path.Combine(Root, "data");

    string LogFile => Path.Combine(Root, "server.log");

    static bool IsRoot => Environment.UserName == "root";

    PostgresCluster(string bin) => _bin = bin;

    /// <summary>Creates and starts a new cluster; throws with <see cref="Missing"/> when this machine has no PostgreSQL.</summary>
    public static async Task<PostgresCluster> StartAsync()
    {
        if (Missing is { } reason)
            throw new InvalidOperationException(Required ? $"{reason}, and {RequireVariable}=1 requires it" : reason);
        var cluster = new PostgresCluster(Found.Value.Bin!);
        try
        {
            await cluster.InitializeAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database }.ConnectionString;

    /// <summary>
    /// Creates database <paramref name="name"/>, lets <paramref name="prepare"/> fill it through the connection string
    /// it is given, and marks it a template that accepts no connections, so that copies of it can be made at once.
    /// </summary>
    public async Task CreateTemplateAsync(string name, Func<string, Task> prepare)
    {
        await ExecuteAsync($"CREATE DATABASE {Quoted(name)}");
        var connectionString = ConnectionString(name);
        await prepare(connectionString);
        // CREATE DATABASE … TEMPLATE refuses a template anyone is connected to, pooled idle connections included
        using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        await ExecuteAsync($"ALTER DATABASE {Quoted(name)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
        await ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name", name);
    }

    public Task CreateDatabaseAsync(string name, string template) =>
        ExecuteAsync($"CREATE DATABASE {Quoted(name)} TEMPLATE {Quoted(template)}");

    public async Task DropDatabaseAsync(string name)
    {
        using (var connection = new NpgsqlConnection(ConnectionString(name))) NpgsqlConnection.ClearPool(connection);
        await ExecuteAsync($"ALTER DATABASE {Quoted(name)} WITH IS_TEMPLATE false");
        await ExecuteAsync($"DROP DATABASE {Quoted(name)} WITH (FORCE)");
    }

    async Task ExecuteAsync(string sql, string? name = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (name is not null) command.Parameters.AddWithValue("name", name);
        await command.ExecuteNonQueryAsync();
    }

    static string Quoted(string name) =>
        DatabaseName().IsMatch(name) ? $"\"{name}\"" : throw new ArgumentException($"'{name}' is not a test database name", nameof(name));

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();

    /// <summary>
    /// A streaming standby of this cluster (<c>pg_basebackup -R</c> into a folder of its own, started on another free
    /// port, hot standby: it answers reads). Dispose it before this cluster. <see cref="StopAsync"/> and
    /// <see cref="RestartAsync"/> stop and start it again on the same port; <c>SELECT pg_wal_replay_pause()</c> on it
    /// makes it lag.
    /// </summary>
    public async Task<PostgresCluster> StartStandbyAsync()
    {
        var standby = new PostgresCluster(_bin);
        try
        {
            if (standby._asPostgres) await RunAsync("chown", asPostgres: false, "postgres:postgres", standby.Root);
            await RunAsync(Path.Combine(_bin, "pg_basebackup"), _asPostgres, "--pgdata", standby.DataDirectory, "--host", "127.0.0.1",
                "--port", Port.ToString(CultureInfo.InvariantCulture), "--username", "postgres", "--wal-method", "stream",
                "--write-recovery-conf", "--checkpoint", "fast", "--no-sync");
            // the copied postgresql.conf names the primary's socket folder and name: the later lines win
            await standby.ConfigureAndStartAsync();
            return standby;
        }
        catch
        {
            await standby.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server (<c>pg_ctl stop</c>, fast: sessions are ended), keeping its data for <see cref="RestartAsync"/>.</summary>
    public Task StopAsync() =>
        RunAsync(Path.Combine(_bin, "pg_ctl"), _asPostgres, "stop", "--pgdata", DataDirectory, "--mode", "fast", "--wait", "--timeout", "60");

    /// <summary>Starts a server stopped by <see cref="StopAsync"/> again, on the same port.</summary>
    public Task RestartAsync() => StartOnPortAsync();

    Task StartOnPortAsync() =>
        RunAsync(Path.Combine(_bin, "pg_ctl"), _asPostgres, "start", "--pgdata", DataDirectory, "--log", LogFile,
            "--wait", "--timeout", "60", "-o", "-p " + Port.ToString(CultureInfo.InvariantCulture));

    async Task InitializeAsync()
    {
        if (_asPostgres) await RunAsync("chown", asPostgres: false, "postgres:postgres", Root);
        await RunAsync(Path.Combine(_bin, "initdb"), _asPostgres, "--pgdata", DataDirectory, "--username", "postgres",
            "--auth", "trust", "--encoding", "UTF8", "--locale", "C.UTF-8", "--no-sync");
        await ConfigureAndStartAsync();
    }

    async Task ConfigureAndStartAsync()
    {
        // a cluster that lives for one test run needs no durability: no fsync makes CREATE DATABASE and commits cheap
        await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), $"""

            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{Root}'
            cluster_name = '{Name}'
            fsync = off
            synchronous_commit = off
            full_page_writes = off

            """);
        // the free port may be taken between finding it and binding it: try another
        for (var attempt = 1; ; attempt++)
        {
            Port = RunningApp.FreePort();
            try
            {
                await StartOnPortAsync();
                return;
            }
            catch (InvalidOperationException e) when (attempt < 3)
            {
                Console.Error.WriteLine($"PostgreSQL did not start on port {Port}, trying another: {e.Message}");
            }
        }
    }

    /// <summary>The process id of the running server (postmaster), from its <c>postmaster.pid</c>.</summary>
    public int? ServerProcessId =>
        File.Exists(PidFile) && int.TryParse(File.ReadLines(PidFile).FirstOrDefault(), CultureInfo.InvariantCulture, out var pid) ? pid : null;

    string PidFile => Path.Combine(DataDirectory, "postmaster.pid");

    public async ValueTask DisposeAsync()
    {
        if (ServerProcessId is { } pid)
        {
            try
            {
                await RunAsync(Path.Combine(_bin, "pg_ctl"), _asPostgres, "stop", "--pgdata", DataDirectory, "--mode", "immediate", "--wait", "--timeout", "30");
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                Console.Error.WriteLine($"pg_ctl stop failed, killing the server: {e.Message}");
                try
                {
                    using var server = Process.GetProcessById(pid);
                    server.Kill(entireProcessTree: true);
                    await server.WaitForExitAsync();
                }
                catch (ArgumentException) { }
            }
        }
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    /// <summary>Runs a tool to its end (at most 2 minutes), as the postgres OS user when asked; throws on a non-zero exit.</summary>
    static async Task RunAsync(string tool, bool asPostgres, params string[] args)
    {
        var start = new ProcessStartInfo(asPostgres ? RunUser : tool)
        {
            // the postgres user may not be allowed into the test's working directory
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (asPostgres) foreach (var arg in new[] { "-u", "postgres", "--", tool }) start.ArgumentList.Add(arg);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(tool)} {string.Join(' ', args)} was still running after 2 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(tool)} {string.Join(' ', args)} exited with {process.ExitCode}:\n{await output}{await errors}");
    }

    static (string? Bin, string? Missing) Locate()
    {
        var configured = Environment.GetEnvironmentVariable(BinVariable);
        var candidates = configured is { Length: > 0 }
            ? [configured]
            : Versions("/usr/lib/postgresql").Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var bin = candidates.FirstOrDefault(dir => IsProgram(Path.Combine(dir, "initdb")) && IsProgram(Path.Combine(dir, "pg_ctl")));
        if (bin is null)
            return (null, configured is { Length: > 0 }
                ? $"PostgreSQL not found: no initdb and pg_ctl in {configured} ({BinVariable})"
                : "PostgreSQL is not installed: no initdb and pg_ctl in /usr/lib/postgresql/*/bin or on PATH (Debian: apt-get install postgresql)");
        if (IsRoot && !File.ReadLines("/etc/passwd").Any(line => line.StartsWith("postgres:", StringComparison.Ordinal)))
            return (null, "the tests run as root, which initdb refuses, and there is no postgres OS user to run PostgreSQL as");
        if (IsRoot && !new[] { "/usr/sbin", "/sbin", "/usr/bin", "/bin" }.Any(dir => File.Exists(Path.Combine(dir, RunUser))))
            return (null, "the tests run as root, which initdb refuses, and there is no runuser to run PostgreSQL as the postgres user");
        return (bin, null);
    }

    // File.Exists is true for a symbolic link whose target is gone (left by an uninstalled package)
    static bool IsProgram(string path) =>
        File.Exists(path) && (new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is not { } target || target.Exists);

    /// <summary>Debian's /usr/lib/postgresql/&lt;major&gt;/bin folders, newest first.</summary>
    static IEnumerable<string> Versions(string parent) => Directory.Exists(parent)
        ? Directory.GetDirectories(parent)
            .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var major) ? major : 0)
            .Select(dir => Path.Combine(dir, "bin"))
        : [];
}
