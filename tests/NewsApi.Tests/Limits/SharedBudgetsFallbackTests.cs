using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsApi.Limits;

namespace NewsApi.Tests.Limits;

/// <summary>The shared budgets' limiter when its database cannot be asked, and what it does without asking.</summary>
public sealed class SharedBudgetsFallbackTests
{
    static RateLimits Limits(SharedBudgetStore store) => new(
        Options.Create(new LimitsOptions { Read = new RateBudget { Permits = 2, WindowSeconds = 60 } }),
        TimeProvider.System, NullLogger<RateLimits>.Instance, store);

    static DefaultHttpContext Read(string path = "/articles") =>
        new() { Request = { Method = "GET", Path = path }, Connection = { RemoteIpAddress = IPAddress.Parse("203.0.113.1") } };

    // nothing listens on port 1: the connection is refused at once, as by a server that is down
    static SharedBudgetStore Unreachable() => new("Host=127.0.0.1;Port=1;Database=news;Username=news", TimeSpan.FromSeconds(1));

    [Fact]
    public async Task UnreachableDatabase_CountsTheRequestInTheProcess_NeitherRefusingNorHoldingItUp()
    {
        await using var store = Unreachable();
        await using var limits = Limits(store);
        var watch = Stopwatch.StartNew();

        using var first = await limits.Limiter.AcquireAsync(Read());
        using var second = await limits.Limiter.AcquireAsync(Read());
        var third = Read();
        using var refused = await limits.Limiter.AcquireAsync(third);

        Assert.True(first.IsAcquired && second.IsAcquired);
        // fail open to the process's own budget of 2, not to no budget at all
        Assert.False(refused.IsAcquired);
        limits.WriteHeaders(third);
        Assert.Equal("0", third.Response.Headers["RateLimit-Remaining"].ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task AttemptAcquire_DefersALimitedRequestToTheAsyncRoundTrip_AndGrantsAnExemptOneAtOnce()
    {
        await using var store = Unreachable();
        await using var limits = Limits(store);

        // the middleware calls AttemptAcquire first, synchronously: it must not ask the database
        Assert.False(limits.Limiter.AttemptAcquire(Read()).IsAcquired);
        Assert.True(limits.Limiter.AttemptAcquire(Read("/health/ready")).IsAcquired);
    }
}
