using System.Threading.RateLimiting;
using NewsApi.Limits;

namespace NewsApi.Tests.Limits;

public sealed class WindowLimiterTests
{
    sealed class ManualClock : TimeProvider
    {
        long _ticks;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => _ticks;
        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    [Fact]
    public void Budget_IsRefusedWhenSpent_WithRetryAfterUntilTheWindowCloses()
    {
        var clock = new ManualClock();
        using var limiter = new WindowLimiter(2, TimeSpan.FromSeconds(60), clock);

        Assert.True(limiter.AttemptAcquire().IsAcquired);
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        using var refused = limiter.AttemptAcquire();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(40), retryAfter);
        var statistics = Assert.IsType<WindowStatistics>(limiter.GetStatistics());
        Assert.Equal((0L, 2, TimeSpan.FromSeconds(40)), (statistics.CurrentAvailablePermits, statistics.Limit, statistics.ResetAfter));
    }

    [Fact]
    public void ClosedWindow_GivesAFullBudgetAndMayBeDropped()
    {
        var clock = new ManualClock();
        using var limiter = new WindowLimiter(1, TimeSpan.FromSeconds(10), clock);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.Null(limiter.IdleDuration);
        Assert.False(limiter.AttemptAcquire().IsAcquired);

        clock.Advance(TimeSpan.FromSeconds(15));

        Assert.Equal(TimeSpan.FromSeconds(5), limiter.IdleDuration);
        Assert.Equal(1, limiter.GetStatistics()!.CurrentAvailablePermits);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.Equal(TimeSpan.FromSeconds(10), Assert.IsType<WindowStatistics>(limiter.GetStatistics()).ResetAfter);
    }
}
