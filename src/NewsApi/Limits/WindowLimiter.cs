using System.Threading.RateLimiting;

namespace NewsApi.Limits;

/// <summary>
/// A fixed window of <c>permits</c> that opens at a client's first request and closes <c>window</c> later. Unlike the
/// framework's <see cref="FixedWindowRateLimiter"/> it reports when its window ends (<see cref="WindowStatistics"/>),
/// which the <c>RateLimit-Reset</c> header needs. It never queues: a request over budget is refused at once.
/// </summary>
public sealed class WindowLimiter(int permits, TimeSpan window, TimeProvider clock) : RateLimiter
{
    readonly Lock _lock = new();
    long _windowStart;
    bool _open;
    int _used;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                if (!_open) return TimeSpan.Zero;
                var elapsed = clock.GetElapsedTime(_windowStart);
                // a limiter whose window has closed behaves like a new one, so the partitioner may drop it
                return elapsed >= window ? elapsed - window : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            var open = _open && clock.GetElapsedTime(_windowStart) < window;
            return new WindowStatistics
            {
                Limit = permits,
                Window = window,
                CurrentAvailablePermits = open ? permits - _used : permits,
                ResetAfter = open ? window - clock.GetElapsedTime(_windowStart) : window,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            var now = clock.GetTimestamp();
            if (!_open || clock.GetElapsedTime(_windowStart, now) >= window)
            {
                if (permitCount == 0) return Lease.Granted;
                (_windowStart, _used, _open) = (now, 0, true);
            }
            // 0 permits asks whether any are left, as RateLimiter defines it
            if (permitCount == 0 ? _used < permits : _used + permitCount <= permits)
            {
                _used += permitCount;
                return Lease.Granted;
            }
            return new Lease(false, window - clock.GetElapsedTime(_windowStart, now));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        new(AttemptAcquireCore(permitCount));

    sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}

/// <summary>Statistics of a <see cref="WindowLimiter"/>: its budget and when the current window closes.</summary>
public sealed class WindowStatistics : RateLimiterStatistics
{
    public int Limit { get; init; }

    public TimeSpan Window { get; init; }

    public TimeSpan ResetAfter { get; init; }
}
