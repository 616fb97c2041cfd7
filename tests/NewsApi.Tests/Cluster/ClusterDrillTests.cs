using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using NewsApi.Data;
using NewsApi.Data.Postgres;
using Xunit.Abstractions;

namespace NewsApi.Tests.Cluster;

/// <summary>
/// The failure drills of issue #13 on the cluster of deploy/cluster (3 replicas behind HAProxy, a primary and a
/// streaming standby), each under load through the balancer and each printing its figures. One cluster serves the
/// class; each drill starts by waiting until HAProxy sees every replica up and leaves the cluster whole again.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ClusterDrillTests(LoadBalancedCluster cluster, ITestOutputHelper output) : IClassFixture<LoadBalancedCluster>, IDisposable
{
    // keep-alive connections to the balancer, as real clients hold them; HAProxy spreads the requests, not the connections
    readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public void Dispose() => _http.Dispose();

    void Print(string line)
    {
        output.WriteLine(line);
        Console.WriteLine("[cluster drill] " + line);
    }

    [ClusterFact]
    public async Task KillingAReplicaUnderLoad_FailsNoReadAndLosesNoWrite_AndTheReplicaRejoins()
    {
        await cluster.WaitAllUpAsync(_http, TimeSpan.FromSeconds(30));
        var readIds = await ReadableIdsAsync();
        var load = new Load(_http, cluster, "kill");

        var run = load.RunAsync(readers: 8, writers: 2, TimeSpan.FromSeconds(6), readIds);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var killedAt = load.Elapsed;
        await cluster.RunAsync("kill-replica", "2");
        await run;

        Print($"kill -9 replica 2 at {killedAt.TotalSeconds:F1} s of {load.Elapsed.TotalSeconds:F1} s: {load.Summary()}");
        var missing = await load.MissingWritesAsync();
        Print($"acknowledged writes read back through the balancer: {load.Acknowledged.Count - missing.Count}/{load.Acknowledged.Count}; {await load.UnacknowledgedAsync()}");
        Assert.True(load.FailedReads == 0, $"{load.FailedReads} reads failed: {load.FirstErrors()}");
        Assert.True(load.Acknowledged.Count > 0, "no write was acknowledged: the drill proved nothing");
        Assert.Empty(missing);

        var restart = Stopwatch.StartNew();
        await cluster.RunAsync("start-replica", "2");
        var ready = restart.Elapsed;
        var upAfter = ready + await cluster.WaitAllUpAsync(_http, TimeSpan.FromSeconds(30));
        var before = (await cluster.BackendsAsync(_http))["replica2"].Sessions;
        for (var i = 0; i < 30; i++) (await _http.GetAsync(new Uri(cluster.Balancer, "/health/ready"))).EnsureSuccessStatusCode();
        var served = (await cluster.BackendsAsync(_http))["replica2"].Sessions - before;
        Print($"replica 2 restarted: ready after {ready.TotalSeconds:F1} s, HAProxy sees it UP after {upAfter.TotalSeconds:F1} s, it served {served} of 30 requests");
        Assert.True(served >= 5, $"the restarted replica served {served} of 30 round-robin requests");
    }

    [ClusterFact]
    public async Task StoppingTheStandbyUnderReadLoad_FailsNoRead()
    {
        await cluster.WaitAllUpAsync(_http, TimeSpan.FromSeconds(30));
        var readIds = await ReadableIdsAsync();
        var load = new Load(_http, cluster, "standby");

        var run = load.RunAsync(readers: 8, writers: 0, TimeSpan.FromSeconds(5), readIds);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var stoppedAt = load.Elapsed;
        await cluster.RunAsync("stop-standby");
        try
        {
            await run;
            Print($"standby stopped at {stoppedAt.TotalSeconds:F1} s of {load.Elapsed.TotalSeconds:F1} s: {load.Summary()}");
            Assert.True(load.FailedReads == 0, $"{load.FailedReads} reads failed: {load.FirstErrors()}");
        }
        finally
        {
            await cluster.RunAsync("start-standby");
        }
        // streaming again: the standby replays what the primary wrote after the standby stopped (pg_stat_replication's
        // state is for superusers and pg_read_all_stats only; these positions are for everyone)
        await Load.PostAsync(_http, cluster, $"After the standby {Guid.NewGuid():N}", CancellationToken.None);
        var primaryLsn = await cluster.QueryPrimaryAsync<string>("SELECT pg_current_wal_lsn()::text");
        var streaming = Stopwatch.StartNew();
        while (!await cluster.QueryStandbyAsync<bool>("SELECT coalesce(pg_last_wal_replay_lsn() >= @lsn::pg_lsn, false)", ("lsn", primaryLsn)))
        {
            Assert.True(streaming.Elapsed < TimeSpan.FromSeconds(30), "the standby does not catch up with the primary after its restart");
            await Task.Delay(100);
        }
        Print($"standby caught up with the primary {streaming.Elapsed.TotalSeconds:F2} s after its start");
    }

    [ClusterFact]
    public async Task RestartingThePrimaryUnderWriteLoad_WritesResumeWithinTenSeconds_AndNoAcknowledgedWriteIsLost()
    {
        await cluster.WaitAllUpAsync(_http, TimeSpan.FromSeconds(30));
        var readIds = await ReadableIdsAsync();
        var load = new Load(_http, cluster, "primary");

        // writes until they have been flowing again for 2 s after the restart (at most 20 s in all)
        var restartedAt = TimeSpan.Zero;
        var run = load.RunAsync(readers: 2, writers: 2, TimeSpan.FromSeconds(20), readIds,
            stop: () => restartedAt > TimeSpan.Zero && load.LastWrite > restartedAt + TimeSpan.FromSeconds(2));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var restartBegan = load.Elapsed;
        await cluster.RunAsync("restart-primary");
        restartedAt = load.Elapsed;
        await run;

        var gap = load.LongestWriteGap();
        Print($"primary restarted (pg_ctl restart -m fast) from {restartBegan.TotalSeconds:F1} s to {restartedAt.TotalSeconds:F1} s: {load.Summary()}");
        Print($"longest gap between acknowledged writes: {gap.TotalSeconds:F2} s");
        var missing = await load.MissingWritesAsync();
        Print($"acknowledged writes read back through the balancer: {load.Acknowledged.Count - missing.Count}/{load.Acknowledged.Count}; {await load.UnacknowledgedAsync()}");
        Assert.True(load.LastWrite > restartedAt, "no write was acknowledged after the restart");
        Assert.True(gap < TimeSpan.FromSeconds(10), $"writes stopped for {gap.TotalSeconds:F1} s");
        Assert.Empty(missing);
        Print($"HAProxy sees every replica up again {(await cluster.WaitAllUpAsync(_http, TimeSpan.FromSeconds(30))).TotalSeconds:F1} s later");
    }

    [ClusterFact]
    public async Task ThreeReplicasStartingAtOnceOnAnEmptyDatabase_ApplyMigrationsAndTheSeedExactlyOnce()
    {
        // deploy/cluster up starts the replicas together on the database it has just created
        var versions = await cluster.QueryPrimaryAsync<long>("SELECT count(*) FROM schema_migrations");
        var distinct = await cluster.QueryPrimaryAsync<long>("SELECT count(DISTINCT version) FROM schema_migrations");
        var seeded = await cluster.QueryPrimaryAsync<long>("SELECT count(*) FROM articles WHERE annotator = @annotator", ("annotator", SeedData.Annotator));
        var applied = cluster.StartLogs.Select(log => Occurrences(log, "Applied PostgreSQL migration")).ToList();
        var seeds = cluster.StartLogs.Select(log => Occurrences(log, "Seeded article")).ToList();
        var restarts = Enumerable.Range(1, LoadBalancedCluster.Replicas).Select(i => cluster.StartState[$"REPLICA_{i}_STARTUP_RESTARTS"]).ToList();

        Print($"cluster up in {cluster.StartTime.TotalSeconds:F1} s; schema_migrations: {versions} rows, {distinct} versions, {PostgresMigrationRunner.Embedded.Count} known");
        Print($"migrations applied per replica: {string.Join(", ", applied)}; seed articles stored per replica: {string.Join(", ", seeds)}; seed articles in the database: {seeded}");
        Print($"replicas that exited while starting and were started again: {string.Join(", ", restarts)}");
        Assert.Equal(PostgresMigrationRunner.Embedded.Count, versions);
        Assert.Equal(versions, distinct);
        Assert.Equal(SeedData.Load().Count, seeded);
        Assert.Equal(PostgresMigrationRunner.Embedded.Count, applied.Sum());
        Assert.Equal(SeedData.Load().Count, seeds.Sum());
        Assert.True(restarts.All(r => r == "0"),
            "a replica exited while starting beside the others (deploy/cluster started it again): " +
            string.Join(" | ", cluster.StartLogs.Select(FirstError).Where(e => e is not null)));
    }

    static int Occurrences(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    static string? FirstError(string log) =>
        log.Split('\n').FirstOrDefault(line => line.Contains("Exception", StringComparison.Ordinal) || line.Contains("MessageText", StringComparison.Ordinal))?.Trim();

    /// <summary>Ids the readers fetch: the seed's and a few articles written now, so reads are not all one cached answer.</summary>
    async Task<long[]> ReadableIdsAsync()
    {
        var ids = new List<long> { await cluster.QueryPrimaryAsync<long>("SELECT min(id) FROM articles WHERE annotator = @annotator", ("annotator", SeedData.Annotator)) };
        for (var i = 0; i < 4; i++)
        {
            using var response = await Load.PostAsync(_http, cluster, $"Readable {Guid.NewGuid():N}", CancellationToken.None);
            Assert.True(response.StatusCode is HttpStatusCode.Created, $"POST /articles answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            ids.Add(Load.IdOf(response));
        }
        return [.. ids];
    }

    /// <summary>Readers and writers through the balancer for a bounded time; every answer counted, every acknowledged write remembered.</summary>
    sealed class Load(HttpClient http, LoadBalancedCluster cluster, string drill)
    {
        readonly Stopwatch _clock = new();
        readonly ConcurrentQueue<string> _errors = new();
        readonly ConcurrentQueue<TimeSpan> _writeTimes = new();
        readonly ConcurrentQueue<TimeSpan> _failureTimes = new();
        readonly ConcurrentQueue<string> _unacknowledged = new();
        int _reads, _failedReads, _writes, _failedWrites;

        public ConcurrentDictionary<long, string> Acknowledged { get; } = new();

        public TimeSpan Elapsed => _clock.Elapsed;

        public int FailedReads => _failedReads;

        public TimeSpan LastWrite => _writeTimes.IsEmpty ? TimeSpan.Zero : _writeTimes.Max();

        public async Task RunAsync(int readers, int writers, TimeSpan duration, long[] readIds, Func<bool>? stop = null)
        {
            _clock.Start();
            bool Done() => _clock.Elapsed > duration || (stop?.Invoke() ?? false);
            var tasks = Enumerable.Range(0, readers).Select(r => Task.Run(async () =>
            {
                for (var i = r; !Done(); i++) await ReadAsync(readIds[i % readIds.Length]);
            })).Concat(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !Done(); i++) await WriteAsync($"Drill {drill} writer {w} number {i} {Guid.NewGuid():N}");
            })));
            await Task.WhenAll(tasks);
            _clock.Stop();
        }

        async Task ReadAsync(long id)
        {
            Interlocked.Increment(ref _reads);
            try
            {
                using var response = await http.GetAsync(new Uri(cluster.Balancer, $"/articles/{id}"));
                if (response.StatusCode == HttpStatusCode.OK) return;
                Fail(ref _failedReads, $"GET /articles/{id} at {Elapsed.TotalSeconds:F2} s: {(int)response.StatusCode} {Truncated(await response.Content.ReadAsStringAsync())}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Fail(ref _failedReads, $"GET /articles/{id} at {Elapsed.TotalSeconds:F2} s: {e.Message}");
            }
            // a read refused while the database is away: do not spin on it
            await Task.Delay(50);
        }

        async Task WriteAsync(string title)
        {
            Interlocked.Increment(ref _writes);
            try
            {
                using var response = await PostAsync(http, cluster, title, CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    Acknowledged[IdOf(response)] = title;
                    _writeTimes.Enqueue(Elapsed);
                    return;
                }
                Fail(ref _failedWrites, $"POST at {Elapsed.TotalSeconds:F2} s: {(int)response.StatusCode} {Truncated(await response.Content.ReadAsStringAsync())}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Fail(ref _failedWrites, $"POST at {Elapsed.TotalSeconds:F2} s: {e.Message}");
            }
            _unacknowledged.Enqueue(title);
            // a write refused while the database is away: do not spin on it
            await Task.Delay(50);
        }

        void Fail(ref int counter, string error)
        {
            Interlocked.Increment(ref counter);
            _failureTimes.Enqueue(Elapsed);
            if (_errors.Count < 20) _errors.Enqueue(error);
        }

        static string Truncated(string text) => text.Length > 200 ? text[..200] + "…" : text;

        public static Task<HttpResponseMessage> PostAsync(HttpClient http, LoadBalancedCluster cluster, string title, CancellationToken ct)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(cluster.Balancer, "/articles"))
            {
                Content = new StringContent($"{title}\nA drill article written through the balancer while the cluster is under test, from Tehran.", Encoding.UTF8, "text/plain"),
            };
            request.Headers.Add("X-Api-Key", cluster.ApiKey);
            return http.SendAsync(request, ct);
        }

        public static long IdOf(HttpResponseMessage response) =>
            long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The acknowledged writes that a read through the balancer does not return with their title.</summary>
        public async Task<List<long>> MissingWritesAsync()
        {
            var missing = new List<long>();
            foreach (var (id, title) in Acknowledged)
            {
                using var response = await http.GetAsync(new Uri(cluster.Balancer, $"/articles/{id}"));
                if (response.StatusCode != HttpStatusCode.OK || !(await response.Content.ReadAsStringAsync()).Contains(title, StringComparison.Ordinal))
                    missing.Add(id);
            }
            return missing;
        }

        /// <summary>
        /// How many writes answered with an error were stored all the same (the replica died after its commit, before
        /// its answer): why the balancer must not replay a POST on another replica by itself.
        /// </summary>
        public async Task<string> UnacknowledgedAsync() =>
            $"{await cluster.QueryPrimaryAsync<long>("SELECT count(*) FROM articles WHERE title = ANY(@titles)", ("titles", _unacknowledged.ToArray()))} of {_unacknowledged.Count} writes answered with an error were stored all the same";

        /// <summary>The longest time without an acknowledged write, from the first to the last one.</summary>
        public TimeSpan LongestWriteGap()
        {
            var times = _writeTimes.Order().ToList();
            return times.Count < 2 ? TimeSpan.MaxValue : times.Zip(times.Skip(1), (a, b) => b - a).Max();
        }

        public string Summary()
        {
            var seconds = Elapsed.TotalSeconds;
            var failures = _failureTimes.IsEmpty ? "" : $"; failures from {_failureTimes.Min().TotalSeconds:F1} s to {_failureTimes.Max().TotalSeconds:F1} s";
            return $"{_reads} reads ({_reads / seconds:F0}/s), {_failedReads} failed; {_writes} writes ({_writes / seconds:F0}/s), {Acknowledged.Count} acknowledged (201), {_failedWrites} not{failures}";
        }

        public string FirstErrors() => string.Join(" | ", _errors.Take(5));
    }
}
