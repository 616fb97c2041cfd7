using System.Threading.RateLimiting;
using Npgsql;

namespace NewsApi.Limits;

/// <summary>One budget a request counts against: <c>read|203.0.113.7</c>, <c>write|2001:db8::/64</c>, <c>key|…</c>.</summary>
public readonly record struct Bucket(string Name, RateBudget Budget);

/// <summary>What the database answered for a request: for the RateLimit-* headers and Retry-After.</summary>
public sealed record SharedBudgetState(bool Granted, WindowStatistics Tightest, TimeSpan? RetryAfter);

/// <summary>
/// The budgets of every NewsApi process on one PostgreSQL database, in the UNLOGGED table <c>rate_limits</c>
/// (migration 0009): one round trip per limited request takes a permit from every budget of the request or from none
/// (one <c>INSERT … ON CONFLICT</c> for a single budget, the function <c>take_rate_limit</c> for two). Windows are timed by the database's clock, so replicas whose clocks differ still agree. Closed windows
/// are deleted at most once a minute, in the same round trip as a request's take.
/// </summary>
public sealed class SharedBudgetStore : IAsyncDisposable
{
    /// <summary>A request with two budgets (a write with a key): all or nothing, through the function of migration 0009.</summary>
    const string TakeFromAll = "SELECT name, spent, reset_ms, granted FROM take_rate_limit(@buckets, @permits, @windows, @wanted)";

    /// <summary>
    /// A request with one budget (every read): one statement, a quarter of the function's cost (measured: ~100 against
    /// ~400 µs). It opens a new window when the old one has closed and takes the permits only if they fit; a refusal
    /// leaves the count at one more than the budget, which tells this statement that it refused, and changes nothing
    /// else: the window's count never went down, so its first requests are still the ones granted.
    /// </summary>
    const string TakeFromOne = """
        INSERT INTO rate_limits AS r (bucket, window_end, used)
        VALUES (@bucket, clock_timestamp() + @window * interval '1 millisecond', @wanted)
        ON CONFLICT (bucket) DO UPDATE SET
            window_end = CASE WHEN r.window_end <= clock_timestamp() THEN excluded.window_end ELSE r.window_end END,
            used = CASE WHEN r.window_end <= clock_timestamp() THEN excluded.used
                        WHEN r.used + excluded.used <= @permits THEN r.used + excluded.used
                        ELSE @permits + 1 END
        RETURNING bucket, used, ceil(extract(epoch FROM window_end - clock_timestamp()) * 1000)::bigint, used <= @permits
        """;

    // a minute past its end, so a row a take is reopening at that moment is not the one deleted
    const string DeleteClosed = "DELETE FROM rate_limits WHERE window_end < clock_timestamp() - interval '1 minute'";

    static readonly long CleanupEvery = TimeSpan.FromMinutes(1).Ticks;

    readonly NpgsqlDataSource _source;
    long _nextCleanup;

    public SharedBudgetStore(string connectionString, TimeSpan timeout)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
        _source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            // a pool of its own: a burst of writes holding the app's connections must not hold up every read's take,
            // and a dead server must be found out within the timeout, not Npgsql's default 15 s
            Timeout = seconds,
            CommandTimeout = seconds,
            MaxAutoPrepare = 8,
            AutoPrepareMinUsages = 2,
        }.ConnectionString);
    }

    /// <summary>Takes <paramref name="wanted"/> permits from every bucket, or from none; the state of the tightest.</summary>
    public async Task<SharedBudgetState> TakeAsync(IReadOnlyList<Bucket> buckets, int wanted, CancellationToken ct)
    {
        await using var connection = await _source.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        NpgsqlBatchCommand take;
        if (buckets is [var only])
        {
            take = new NpgsqlBatchCommand(TakeFromOne);
            take.Parameters.AddWithValue("bucket", only.Name);
            take.Parameters.AddWithValue("permits", only.Budget.Permits);
            take.Parameters.AddWithValue("window", Milliseconds(only));
        }
        else
        {
            take = new NpgsqlBatchCommand(TakeFromAll);
            take.Parameters.AddWithValue("buckets", buckets.Select(b => b.Name).ToArray());
            take.Parameters.AddWithValue("permits", buckets.Select(b => b.Budget.Permits).ToArray());
            take.Parameters.AddWithValue("windows", buckets.Select(Milliseconds).ToArray());
        }
        take.Parameters.AddWithValue("wanted", wanted);
        batch.BatchCommands.Add(take);
        var now = Environment.TickCount64 * TimeSpan.TicksPerMillisecond;
        var next = Interlocked.Read(ref _nextCleanup);
        if (now >= next && Interlocked.CompareExchange(ref _nextCleanup, now + CleanupEvery, next) == next)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(DeleteClosed));

        var granted = true;
        WindowStatistics? tightest = null;
        TimeSpan? retryAfter = null;
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var budget = buckets.First(b => b.Name == reader.GetString(0)).Budget;
                var spent = Math.Min(reader.GetInt32(1), budget.Permits);
                var reset = TimeSpan.FromMilliseconds(Math.Max(0, reader.GetInt64(2)));
                granted = reader.GetBoolean(3);
                var statistics = new WindowStatistics
                {
                    Limit = budget.Permits, Window = budget.Window, ResetAfter = reset,
                    CurrentAvailablePermits = budget.Permits - spent,
                };
                if (tightest is null || statistics.CurrentAvailablePermits < tightest.CurrentAvailablePermits) tightest = statistics;
                // refused: the client may come back when every budget that had no room has reopened
                if (!granted && spent + wanted > budget.Permits && (retryAfter is null || reset > retryAfter)) retryAfter = reset;
            }
        }
        if (tightest is null) throw new InvalidOperationException("take_rate_limit returned no bucket.");
        return new SharedBudgetState(granted, tightest, granted ? null : retryAfter ?? tightest.ResetAfter);
    }

    static long Milliseconds(Bucket bucket) => (long)Math.Ceiling(bucket.Budget.Window.TotalMilliseconds);

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}

/// <summary>
/// The rate-limiting middleware's view of the shared budgets. The middleware first calls
/// <see cref="RateLimiter.AttemptAcquire"/>, which must not block: it answers "not yet" to every limited request, so
/// the middleware goes on to <see cref="RateLimiter.AcquireAsync"/>, which does the round trip. The answer is kept in
/// the request's features for <see cref="RateLimits.WriteHeaders"/>.
/// When the database cannot be asked (down, unreachable, slower than <see cref="LimitsOptions.SharedTimeoutSeconds"/>),
/// the request is counted by the process's own budgets instead, and the database is not asked again for a few
/// seconds: budgets then hold per replica (N replicas: at most N times the budget) rather than not at all, and a
/// request is never refused or delayed because the limiter's store is unwell.
/// </summary>
sealed class SharedLimiter(
    Func<HttpContext, IReadOnlyList<Bucket>> bucketsOf, SharedBudgetStore store, PartitionedRateLimiter<HttpContext> local,
    TimeSpan timeout, ILogger logger) : PartitionedRateLimiter<HttpContext>
{
    static readonly long Backoff = TimeSpan.FromSeconds(5).Ticks;

    long _askAgainAt;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        bucketsOf(resource).Count == 0 ? Lease.Granted : Lease.NotYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        var buckets = bucketsOf(resource);
        if (buckets.Count == 0) return Lease.Granted;
        if (Environment.TickCount64 * TimeSpan.TicksPerMillisecond >= Interlocked.Read(ref _askAgainAt))
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(timeout);
            try
            {
                var state = await store.TakeAsync(buckets, Math.Max(permitCount, 1), timer.Token);
                resource.Features.Set(state);
                return state.Granted ? Lease.Granted : new Lease(false, state.RetryAfter);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException or InvalidOperationException
                                      && !cancellationToken.IsCancellationRequested)
            {
                Interlocked.Exchange(ref _askAgainAt, (Environment.TickCount64 * TimeSpan.TicksPerMillisecond) + Backoff);
                logger.LogWarning(e, "The shared rate-limit budgets could not be asked; counting in this process for {Seconds} s", Backoff / TimeSpan.TicksPerSecond);
            }
        }
        return local.AttemptAcquire(resource, permitCount);
    }

    sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease NotYet = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
