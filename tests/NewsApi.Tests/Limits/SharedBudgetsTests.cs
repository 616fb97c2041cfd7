#if NEWSAPI_POSTGRES
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsApi.Tests.Limits;

/// <summary>
/// Three app hosts (three replicas, as three processes would be) on one PostgreSQL database: a client's budget is one
/// budget, whichever replica each request reaches. Compiled by the PostgreSQL build only: on SQLite one process serves
/// a database and counts in memory (RateLimitTests).
/// </summary>
[Trait("Category", "Slow")]
public sealed class SharedBudgetsTests : IDisposable
{
    const string Key = "shared-budget-test-key";
    readonly NewsApiFactory _factory = new();
    readonly List<WebApplicationFactory<Program>> _hosts = [];

    public void Dispose()
    {
        foreach (var host in _hosts) host.Dispose();
        _factory.Dispose();
    }

    /// <summary>Replicas over the factory's database with these settings; the first is the factory's own host.</summary>
    HttpClient[] Replicas(int count, params (string Name, string Value)[] settings)
    {
        void Configure(IWebHostBuilder b)
        {
            b.UseSetting("NewsApi:ApiKey", Key);
            // a busy machine may take seconds to open the limiter's first connections: these tests are about sharing,
            // not about falling back to per-process counting (SharedBudgetsFallbackTests), so the wait is generous
            b.UseSetting("NewsApi:Limits:SharedTimeoutSeconds", "30");
            foreach (var (name, value) in settings) b.UseSetting(name, value);
            b.ConfigureServices(services => services.AddTransient<IStartupFilter, TestClientAddress>());
        }
        _hosts.Add(_factory.WithWebHostBuilder(Configure));
        for (var i = 1; i < count; i++)
            _hosts.Add(new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                foreach (var (key, value) in _factory.DatabaseSettings) b.UseSetting(key, value);
                b.UseEnvironment("Testing");
                Configure(b);
            }));
        return [.. _hosts.Select(h => h.CreateClient())];
    }

    static async Task<HttpResponseMessage> Send(HttpClient replica, HttpMethod method, string path, string client, string? key = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Test-Client", client);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await replica.SendAsync(request);
    }

    [Fact]
    public async Task ThreeReplicas_WithReadBudget20_Serve20Of30RoundRobinReads_RemainingCountingDownAcrossReplicas()
    {
        var replicas = Replicas(3, ("NewsApi:Limits:Read:Permits", "20"), ("NewsApi:Limits:Read:WindowSeconds", "60"));

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 30; i++) responses.Add(await Send(replicas[i % 3], HttpMethod.Get, "/articles/1", "203.0.113.7"));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 20).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 10)),
            responses.Select(r => r.StatusCode));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => (19 - i).ToString(CultureInfo.InvariantCulture)).Concat(Enumerable.Repeat("0", 10)),
            responses.Select(r => Header(r, "RateLimit-Remaining")));
        Assert.All(responses, r => Assert.Equal(("20", "20;w=60"), (Header(r, "RateLimit-Limit"), Header(r, "RateLimit-Policy"))));
        Assert.All(responses, r => Assert.InRange(int.Parse(Header(r, "RateLimit-Reset"), CultureInfo.InvariantCulture), 1, 60));
        Assert.All(responses[20..], r =>
        {
            Assert.InRange(r.Headers.RetryAfter?.Delta?.TotalSeconds ?? -1, 1, 60);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        });
        // another client still has its whole budget
        Assert.Equal("19", Header(await Send(replicas[1], HttpMethod.Get, "/articles/1", "203.0.113.8"), "RateLimit-Remaining"));
    }

    [Fact]
    public async Task ThreeReplicas_ConcurrentReadsFromOneClient_AreGrantedExactlyTheBudget()
    {
        var replicas = Replicas(3, ("NewsApi:Limits:Read:Permits", "20"), ("NewsApi:Limits:Read:WindowSeconds", "60"));

        var statuses = await Task.WhenAll(Enumerable.Range(0, 45).Select(i => Send(replicas[i % 3], HttpMethod.Get, "/articles", "2001:db8:1:2::" + (i + 1))));

        // one /64, so one client whatever its addresses inside it
        Assert.Equal(20, statuses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(25, statuses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task ThreeReplicas_ShareTheWriteBudgetOfAClient()
    {
        var replicas = Replicas(3, ("NewsApi:Limits:Write:Permits", "4"), ("NewsApi:Limits:Write:WindowSeconds", "60"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++) statuses.Add((await Send(replicas[i % 3], HttpMethod.Delete, "/articles/999", "198.51.100.1", Key)).StatusCode);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 4).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 5)), statuses);
    }

    [Fact]
    public async Task ThreeReplicas_ShareTheBudgetOfAKeyAcrossClients_AndARefusalByTheKeyCostsTheClientNothing()
    {
        var replicas = Replicas(3, ("NewsApi:Limits:Write:Permits", "3"), ("NewsApi:Limits:Write:WindowSeconds", "60"));

        // one key from three addresses through three replicas: the key's budget of 3 is spent
        var first = await Task.WhenAll(new[] { "192.0.2.1", "192.0.2.2", "192.0.2.3" }.Select((client, i) => Send(replicas[i], HttpMethod.Delete, "/articles/999", client, Key)));
        var refused = await Send(replicas[0], HttpMethod.Delete, "/articles/999", "192.0.2.1", Key);

        Assert.All(first, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        // 192.0.2.1 spent 1 of its own 3: the refused write took nothing, so another key (made up: 401, but counted) sees 1 left after it
        var other = await Send(replicas[1], HttpMethod.Delete, "/articles/999", "192.0.2.1", "another-key");
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        Assert.Equal("1", Header(other, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task ASharedWindow_ReopensWhenItCloses_OnAnyReplica()
    {
        var replicas = Replicas(2, ("NewsApi:Limits:Read:Permits", "2"), ("NewsApi:Limits:Read:WindowSeconds", "2"));
        await Send(replicas[0], HttpMethod.Get, "/articles", "203.0.113.9");
        await Send(replicas[1], HttpMethod.Get, "/articles", "203.0.113.9");
        var refused = await Send(replicas[0], HttpMethod.Get, "/articles", "203.0.113.9");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? -1, 1, 2);

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        var reopened = await Send(replicas[1], HttpMethod.Get, "/articles", "203.0.113.9");

        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal(("1", "2;w=2"), (Header(reopened, "RateLimit-Remaining"), Header(reopened, "RateLimit-Policy")));
    }

    [Fact]
    public async Task SharedFalse_CountsPerProcess()
    {
        var replicas = Replicas(2, ("NewsApi:Limits:Shared", "false"), ("NewsApi:Limits:Read:Permits", "2"), ("NewsApi:Limits:Read:WindowSeconds", "60"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++) statuses.Add((await Send(replicas[i % 2], HttpMethod.Get, "/articles", "203.0.113.10")).StatusCode);

        // each process its own budget of 2
        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.OK));
        await using var connection = await _factory.OpenDatabaseAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM rate_limits";
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ClosedWindows_AreDeleted_ByAReplicasFirstTake_AndOpenOnesKept()
    {
        await using (var connection = await _factory.OpenDatabaseAsync())
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO rate_limits (bucket, window_end, used) VALUES
                    ('read|192.0.2.50', now() - interval '2 minutes', 5), ('read|192.0.2.51', now() + interval '1 hour', 5)
                """;
            await insert.ExecuteNonQueryAsync();
        }
        var replicas = Replicas(1, ("NewsApi:Limits:Read:Permits", "20"));

        await Send(replicas[0], HttpMethod.Get, "/articles", "203.0.113.11");

        await using var check = await _factory.OpenDatabaseAsync();
        await using var buckets = check.CreateCommand();
        buckets.CommandText = "SELECT string_agg(bucket, ' ' ORDER BY bucket) FROM rate_limits";
        Assert.Equal("read|192.0.2.51 read|203.0.113.11", await buckets.ExecuteScalarAsync());
    }

    static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "(none)";

}
#endif
