using System.Diagnostics;
using System.Globalization;
using NewsApi.Tests.Hosting;
using NewsApi.Tests.Postgres;
using Npgsql;

namespace NewsApi.Tests.Cluster;

/// <summary>
/// The cluster of <c>deploy/cluster up</c> (a PostgreSQL primary, a streaming standby, three NewsApi replicas, HAProxy)
/// in a temp state folder for the drills of one test class, stopped by <c>deploy/cluster down</c>. The drills drive it
/// through the script's own commands (kill-replica, restart-primary, …), so they exercise what an operator would run.
/// </summary>
public sealed class LoadBalancedCluster : IAsyncLifetime
{
    /// <summary>Set to 1 (as .ci/run does) to make a machine that cannot start the cluster fail the drills instead of skipping them.</summary>
    public const string RequireVariable = "NEWSAPI_REQUIRE_CLUSTER";

    public const int Replicas = 3;

    static readonly Lazy<string?> Found = new(Locate);

    IReadOnlyDictionary<string, string> _state = new Dictionary<string, string>();

    /// <summary>Why no cluster can be started on this machine, or null when one can.</summary>
    public static string? Missing => Found.Value;

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    public static string Script => RepoFiles.Path("deploy", "cluster");

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "newsapi-cluster-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>How long <c>up</c> took: PostgreSQL, the base backup, three replicas migrating and seeding at once, HAProxy.</summary>
    public TimeSpan StartTime { get; private set; }

    /// <summary>The script's <c>status --env</c> lines and the replica logs as they were right after <c>up</c>.</summary>
    public IReadOnlyDictionary<string, string> StartState { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<string> StartLogs { get; private set; } = [];

    public bool IsRunning { get; private set; }

    public Uri Balancer => new(State("BALANCER_URL"));

    public string ApiKey => State("API_KEY");

    public string PrimaryConnectionString => State("PRIMARY_CONNECTION");

    public string StandbyConnectionString => State("STANDBY_CONNECTION");

    string State(string key) => _state.TryGetValue(key, out var value) ? value : throw new InvalidOperationException($"no {key} in {Dir}/cluster.env");

    public async Task InitializeAsync()
    {
        if (Missing is not null && !Required) return;
        if (Missing is { } reason) throw new InvalidOperationException($"{reason}, and {RequireVariable}=1 requires it");
        var clock = Stopwatch.StartNew();
        // the drills write from one client address far faster than a person would: budgets out of the way
        // the app this test build goes with (Debug or Release), not whatever Release build lies around
        await RunAsync("up", "--replicas", Replicas.ToString(CultureInfo.InvariantCulture), "--app", RunningApp.AppDll,
            "--replica-env", "NewsApi__Limits__Write__Permits=1000000", "--replica-env", "NewsApi__Limits__Read__Permits=1000000");
        StartTime = clock.Elapsed;
        IsRunning = true;
        await ReloadStateAsync();
        StartState = _state;
        StartLogs = [.. Enumerable.Range(1, Replicas).Select(i => File.ReadAllText(Path.Combine(Dir, "logs", $"replica-{i}.log")))];
    }

    public async Task DisposeAsync()
    {
        if (IsRunning || Directory.Exists(Dir)) await RunAsync("down");
    }

    public async Task ReloadStateAsync() =>
        _state = (await RunAsync("status", "--env")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);

    /// <summary>Runs <c>deploy/cluster COMMAND … --dir Dir</c> to its end (at most 3 minutes); throws with its output on a non-zero exit.</summary>
    public async Task<string> RunAsync(string command, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoFiles.Root };
        foreach (var arg in new[] { Script, command }.Concat(args).Concat(["--dir", Dir])) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"deploy/cluster {command} was still running after 3 minutes:\n{await errors}");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"deploy/cluster {command} {string.Join(' ', args)} exited with {process.ExitCode}:\n{await output}{await errors}");
        return await output;
    }

    /// <summary>Each replica's state as HAProxy's health checks see it (UP, DOWN, "UP 1/2", …) and how many sessions it has served.</summary>
    public async Task<IReadOnlyDictionary<string, (string Status, long Sessions)>> BackendsAsync(HttpClient http)
    {
        var csv = await http.GetStringAsync(new Uri(State("STATS_URL") + ";csv"));
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith('#')).Select(line => line.Split(','));
        // columns: pxname, svname, …, stot (7), …, status (17)
        return rows.Where(r => r[0] == "replicas" && r[1].StartsWith("replica", StringComparison.Ordinal))
            .ToDictionary(r => r[1], r => (r[17], long.Parse(r[7], CultureInfo.InvariantCulture)));
    }

    /// <summary>Waits until HAProxy sees every replica up; returns how long that took.</summary>
    public async Task<TimeSpan> WaitAllUpAsync(HttpClient http, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var backends = await BackendsAsync(http);
            if (backends.Count == Replicas && backends.Values.All(b => b.Status == "UP")) return clock.Elapsed;
            if (clock.Elapsed > limit)
                throw new TimeoutException($"HAProxy still sees {string.Join(", ", backends.Select(b => $"{b.Key} {b.Value.Status}"))} after {limit.TotalSeconds} s");
            await Task.Delay(100);
        }
    }

    public Task<T> QueryPrimaryAsync<T>(string sql, params (string Name, object Value)[] parameters) =>
        QueryAsync<T>(PrimaryConnectionString, sql, parameters);

    public Task<T> QueryStandbyAsync<T>(string sql, params (string Name, object Value)[] parameters) =>
        QueryAsync<T>(StandbyConnectionString, sql, parameters);

    static async Task<T> QueryAsync<T>(string connectionString, string sql, (string Name, object Value)[] parameters)
    {
        // unpooled: a pooled connection would not survive the primary's restart drill, and the test's own queries are few
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The haproxy program on PATH or in /usr/sbin, or null.</summary>
    public static string? Haproxy =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Append("/usr/sbin")
            .Select(dir => Path.Combine(dir, "haproxy")).FirstOrDefault(File.Exists);

    /// <summary><c>haproxy -c -f CONFIG</c>: its exit code and what it said.</summary>
    public static async Task<(int ExitCode, string Output)> CheckHaproxyConfigAsync(string config)
    {
        var start = new ProcessStartInfo(Haproxy ?? throw new InvalidOperationException("haproxy is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-c", "-f", config }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (process.ExitCode, await output + await errors);
    }

    static string? Locate()
    {
        if (!OperatingSystem.IsLinux()) return "the cluster drills need Linux (bash, ss, curl, Debian's PostgreSQL and HAProxy)";
        if (PostgresCluster.Missing is { } postgres) return postgres;
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Append("/usr/sbin");
        if (!path.Any(dir => File.Exists(Path.Combine(dir, "haproxy"))))
        {
            // deploy/cluster installs it itself when it can
            var canInstall = Environment.UserName == "root" && path.Any(dir => File.Exists(Path.Combine(dir, "apt-get")));
            if (!canInstall) return "haproxy is not installed (Debian: apt-get install haproxy), and only root can have deploy/cluster install it";
        }
        if (!path.Any(dir => File.Exists(Path.Combine(dir, "curl")))) return "curl is not installed (deploy/cluster probes the replicas with it)";
        return null;
    }
}
