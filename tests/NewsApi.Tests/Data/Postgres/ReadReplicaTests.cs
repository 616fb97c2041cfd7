using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsApi.Data;
using NewsApi.Data.Postgres;
using NewsApi.Tests.Postgres;
using Npgsql;
using Xunit.Abstractions;

namespace NewsApi.Tests.Data.Postgres;

/// <summary>
/// A primary with a streaming standby of its own (not the run's shared cluster: these tests stop and pause the
/// standby), migrated before the standby is copied from it, and two app processes (two hosts) with the standby as
/// their read replica.
/// </summary>
public sealed class StandbyFixture : IAsyncLifetime
{
    public const string Key = "test-key-0123456789";

    PostgresCluster? _primary;
    PostgresCluster? _standby;

    public PostgresCluster Primary => _primary!;
    public PostgresCluster Standby => _standby!;
    public string ConnectionString => Primary.ConnectionString("news");
    public string ReplicaConnectionString => Standby.ConnectionString("news");

    public async Task InitializeAsync()
    {
        if (PostgresCluster.Missing is not null && !PostgresCluster.Required) return;
        _primary = await PostgresCluster.StartAsync();
        // the throw-away clusters commit asynchronously; a deployment's primary (and what a standby gets) does not
        await using (var admin = new NpgsqlConnection(Primary.ConnectionString()))
        {
            await admin.OpenAsync();
            // one statement each: neither ALTER SYSTEM nor CREATE DATABASE runs inside a transaction block
            foreach (var sql in new[] { "ALTER SYSTEM SET synchronous_commit = on", "SELECT pg_reload_conf()", "CREATE DATABASE news" })
                await new NpgsqlCommand(sql, admin).ExecuteNonQueryAsync();
        }
        await using (var dataSource = NpgsqlDataSource.Create(ConnectionString))
            await new PostgresMigrationRunner(dataSource, NullLogger<PostgresMigrationRunner>.Instance).MigrateAsync();
        _standby = await Primary.StartStandbyAsync();
    }

    /// <summary>An app process on the primary with the standby as its read replica.</summary>
    public WebApplicationFactory<Program> App(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting(DatabaseOptions.ProviderKey, "postgres");
            b.UseSetting("ConnectionStrings:News", ConnectionString);
            b.UseSetting("ConnectionStrings:NewsReadReplica", ReplicaConnectionString);
            b.UseSetting("NewsApi:ApiKey", Key);
            b.UseSetting("NewsApi:Limits:Write:Permits", "1000000").UseSetting("NewsApi:Limits:Read:Permits", "1000000");
            foreach (var (key, value) in settings) b.UseSetting(key, value);
            b.UseEnvironment("Testing");
        });

    public async Task<T> OnStandbyAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ReplicaConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        return (T)(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_standby is not null) await _standby.DisposeAsync();
        if (_primary is not null) await _primary.DisposeAsync();
    }
}

/// <summary>
/// Read replicas with read-your-writes and coherent response caches across processes (issue 13): a write
/// acknowledged by one process is seen by the very next read through another, from its cache or its standby.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ReadReplicaTests(StandbyFixture cluster, ITestOutputHelper output) : IClassFixture<StandbyFixture>, IDisposable
{
    readonly List<IDisposable> _apps = [];
    static int _round;

    public void Dispose()
    {
        foreach (var app in _apps) app.Dispose();
    }

    (HttpClient Client, ReadReplicaRouter Router) Start(params (string, string)[] settings)
    {
        var app = cluster.App(settings);
        _apps.Add(app);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", StandbyFixture.Key);
        return (client, app.Services.GetRequiredService<ReadReplicaRouter>());
    }

    object NewArticle()
    {
        var round = Interlocked.Increment(ref _round);
        var stamp = Guid.NewGuid().ToString("N")[..8];
        return new
        {
            title = $"Ferry operator adds a late crossing {stamp}",
            body = $"The ferry operator said on Monday it would add a late crossing from the island. Reference {stamp}.",
            // newest of all, so it heads the first page of the list
            // (the counter is static: the class's tests share one database, and each article must be newer than all before it)
            publishedAt = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(round),
        };
    }

    async Task<long> PostAsync(HttpClient client, object? article = null, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await client.PostAsJsonAsync("/articles", article ?? NewArticle());
        Assert.Equal(expected, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    static async Task<bool> ListHeadsWithAsync(HttpClient client, long id)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/articles?limit=5");
        return page.GetProperty("items").EnumerateArray().Any(a => a.GetProperty("id").GetInt64() == id);
    }

    async Task WaitUntilStandbyServesAsync(HttpClient client, ReadReplicaRouter router, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var before = router.StandbyReads;
        while (router.StandbyReads == before)
        {
            Assert.True(clock.Elapsed < within, $"the standby served no read within {within.TotalSeconds} s");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            await Task.Delay(50);
        }
    }

    [PostgresFact]
    public async Task AWriteAcknowledgedByOneProcess_IsSeenByTheNextReadThroughAnother_CachedOrNot()
    {
        var (a, _) = Start();
        var (b, router) = Start();
        var stale = 0;
        for (var i = 0; i < 50; i++)
        {
            // warm B's cache on the list, then write through A, then read through B
            await ListHeadsWithAsync(b, -1);
            await ListHeadsWithAsync(b, -1);
            var id = await PostAsync(a);
            if ((await b.GetAsync($"/articles/{id}")).StatusCode != HttpStatusCode.OK) stale++;
            if (!await ListHeadsWithAsync(b, id)) stale++;
        }
        output.WriteLine($"50 writes through A, each read at once through B: {stale} stale; B's reads: {router.StandbyReads} standby, {router.PrimaryReads} primary");
        Assert.Equal(0, stale);
    }

    [PostgresFact]
    public async Task AWriteThroughOneProcess_InvalidatesTheOthersCachedAnswers_Within100Ms()
    {
        var (a, _) = Start();
        var (b, _) = Start();
        var worst = TimeSpan.Zero;
        var firstReads = 0;
        for (var i = 0; i < 20; i++)
        {
            await ListHeadsWithAsync(b, -1);
            var id = await PostAsync(a);
            var acknowledged = Stopwatch.StartNew();
            // the time from A's 2xx to the start of B's first read that saw the write: 0 when that was the first read
            var started = TimeSpan.Zero;
            while (!await ListHeadsWithAsync(b, id))
            {
                Assert.True(acknowledged.Elapsed < TimeSpan.FromSeconds(2), "B never saw the write");
                started = acknowledged.Elapsed;
            }
            if (started == TimeSpan.Zero) firstReads++;
            if (started > worst) worst = started;
        }
        output.WriteLine($"B's cached list showed A's write {worst.TotalMilliseconds:F1} ms at most after A's 2xx; on the first read after it {firstReads} times of 20");
        Assert.True(worst < TimeSpan.FromMilliseconds(100), $"{worst.TotalMilliseconds:F1} ms");
    }

    [PostgresFact]
    public async Task AReSentArticleAnswered200ByAnotherProcess_IsSeenByEveryProcessOnceAnswered()
    {
        // a long window, so that the gap between the first write's commit and its 2xx is wide enough to post into
        var window = (DatabaseOptions.ChangeCheckKey, "1500");
        var (a, _) = Start(window);
        var (b, _) = Start(window);
        var (c, _) = Start(window);
        await ListHeadsWithAsync(c, -1);
        var article = NewArticle();
        var title = (string)article.GetType().GetProperty("title")!.GetValue(article)!;

        var first = PostAsync(a, article);
        long? id = null;
        await using (var primary = NpgsqlDataSource.Create(cluster.ConnectionString))
        {
            await using var find = primary.CreateCommand("SELECT id FROM articles WHERE title = @title");
            find.Parameters.AddWithValue("title", title);
            while ((id = (long?)await find.ExecuteScalarAsync()) is null) await Task.Delay(2);
        }
        // committed, not yet acknowledged by A: B finds it and answers 200, which acknowledges it to this client
        Assert.False(first.IsCompleted);
        Assert.Equal(id, await PostAsync(b, article, HttpStatusCode.OK));

        Assert.True(await ListHeadsWithAsync(c, id.Value), "C's cached list, read before the commit, was served after B's 200");
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/articles/{id}")).StatusCode);
        Assert.Equal(id, await first);
    }

    [PostgresFact]
    public async Task AStoppedStandby_LeavesReadsToThePrimaryWithoutAnError_AndIsUsedAgainOnceRestarted()
    {
        var (b, router) = Start();
        await WaitUntilStandbyServesAsync(b, router, TimeSpan.FromSeconds(10));

        await cluster.Standby.StopAsync();
        try
        {
            var primaryBefore = router.PrimaryReads;
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/health/ready")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/articles?limit=3")).StatusCode);
            }
            Assert.True(router.PrimaryReads - primaryBefore >= 20, $"{router.PrimaryReads - primaryBefore} reads on the primary");
        }
        finally
        {
            await cluster.Standby.RestartAsync();
        }
        var restarted = Stopwatch.StartNew();
        await WaitUntilStandbyServesAsync(b, router, ReadReplicaRouter.RetryAfter + TimeSpan.FromSeconds(10));
        output.WriteLine($"standby restarted: serving reads again after {restarted.Elapsed.TotalSeconds:F1} s (retried every {ReadReplicaRouter.RetryAfter.TotalSeconds} s)");
    }

    [PostgresFact]
    public async Task ALaggingStandby_LeavesReadsAfterAWriteToThePrimaryWithinTheBound_NeverStale()
    {
        var (a, _) = Start();
        var (b, router) = Start();
        await WaitUntilStandbyServesAsync(b, router, TimeSpan.FromSeconds(10));

        await cluster.OnStandbyAsync<object>("SELECT pg_wal_replay_pause()::text");
        try
        {
            var primaryBefore = router.PrimaryReads;
            var slowest = TimeSpan.Zero;
            for (var i = 0; i < 10; i++)
            {
                var id = await PostAsync(a);
                var read = Stopwatch.StartNew();
                Assert.Equal(HttpStatusCode.OK, (await b.GetAsync($"/articles/{id}")).StatusCode);
                Assert.True(await ListHeadsWithAsync(b, id));
                if (read.Elapsed > slowest) slowest = read.Elapsed;
            }
            output.WriteLine($"standby paused: 10 writes read back through B from the primary, slowest read pair {slowest.TotalMilliseconds:F0} ms " +
                $"(wait bound {DatabaseOptions.ReplicaWait(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()).TotalMilliseconds} ms)");
            Assert.True(router.PrimaryReads - primaryBefore >= 20, $"{router.PrimaryReads - primaryBefore} reads on the primary");
            Assert.True(slowest < TimeSpan.FromSeconds(1), $"{slowest.TotalMilliseconds:F0} ms");
        }
        finally
        {
            await cluster.OnStandbyAsync<object>("SELECT pg_wal_replay_resume()::text");
        }
        await WaitUntilStandbyServesAsync(b, router, TimeSpan.FromSeconds(10));
    }

    async Task<double> TimeAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        await PostAsync(client);
        return clock.Elapsed.TotalMilliseconds;
    }

    [PostgresFact]
    public async Task CommitWait_HoldsEveryWriteForTheChangeCheckWindow()
    {
        var (slow, _) = Start();
        var (fast, _) = Start((DatabaseOptions.ChangeCheckKey, "1"));
        await PostAsync(slow);
        await PostAsync(fast);
        // interleaved, so that both see the same machine (warm-up, other load)
        double[] windowed = new double[30], bare = new double[30];
        for (var i = 0; i < windowed.Length; i++)
        {
            windowed[i] = await TimeAsync(slow);
            bare[i] = await TimeAsync(fast);
        }
        Array.Sort(windowed);
        Array.Sort(bare);
        output.WriteLine($"POST p50: {windowed[15]:F1} ms with the 50 ms window, {bare[15]:F1} ms with 1 ms (commit-wait adds {windowed[15] - bare[15]:F1} ms)");
        Assert.True(windowed[0] >= 50, $"fastest write with a 50 ms window: {windowed[0]:F1} ms");
    }

    [PostgresFact]
    public async Task TheRoutingCheck_CostsOneRoundTripPerReadConnection()
    {
        var (b, router) = Start();
        await WaitUntilStandbyServesAsync(b, router, TimeSpan.FromSeconds(10));
        await using var direct = NpgsqlDataSource.Create(cluster.ReplicaConnectionString);
        async Task<double> MicrosecondsPerOpenAsync(Func<Task<System.Data.Common.DbConnection>> open)
        {
            for (var i = 0; i < 50; i++) await (await open()).DisposeAsync();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 500; i++) await (await open()).DisposeAsync();
            return clock.Elapsed.TotalMicroseconds / 500;
        }
        var standbyBefore = router.StandbyReads;
        var routed = await MicrosecondsPerOpenAsync(() => router.OpenReadAsync());
        var plain = await MicrosecondsPerOpenAsync(async () => await direct.OpenConnectionAsync());
        var roundTrip = await MicrosecondsPerOpenAsync(async () =>
        {
            var connection = await direct.OpenConnectionAsync();
            await new NpgsqlCommand("SELECT 1", connection).ExecuteScalarAsync();
            return connection;
        });
        output.WriteLine($"open a pooled read connection: {routed:F0} µs through the router (check included), {plain:F0} µs straight to the standby, " +
            $"{roundTrip:F0} µs straight to it with one SELECT 1");
        Assert.Equal(550, router.StandbyReads - standbyBefore);
    }
}
