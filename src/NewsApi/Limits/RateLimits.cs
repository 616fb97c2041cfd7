using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NewsApi.Access;

namespace NewsApi.Limits;

/// <summary>
/// The two budgets and who they are counted for. Reads (GET, HEAD, OPTIONS) count against the read budget of the
/// client's address; writes against the write budget of the address and, when an <c>X-Api-Key</c> is sent, also of
/// that key (so one key spread over many addresses shares a budget, and sending made-up keys buys no extra budget).
/// IPv6 clients are counted per /64, the block one subscriber usually gets. Health, metrics and the API's own
/// documentation (Swagger UI, the OpenAPI document, the redirect to them) are not limited.
/// </summary>
public sealed class RateLimits : IAsyncDisposable
{
    readonly LimitsOptions _options;
    readonly PartitionedRateLimiter<HttpContext> _perClient;
    readonly PartitionedRateLimiter<HttpContext> _perKey;

    public RateLimits(IOptions<LimitsOptions> options, TimeProvider clock, ILogger<RateLimits> logger, SharedBudgetStore? shared = null)
    {
        _options = options.Value;
        _perClient = PartitionedRateLimiter.Create<HttpContext, string>(context => ClientBucket(context) is { } bucket
            ? RateLimitPartition.Get(bucket.Name, _ => new WindowLimiter(bucket.Budget.Permits, bucket.Budget.Window, clock))
            : RateLimitPartition.GetNoLimiter(""));
        _perKey = PartitionedRateLimiter.Create<HttpContext, string>(context => KeyBucket(context) is { } bucket
            ? RateLimitPartition.Get(bucket.Name, _ => new WindowLimiter(bucket.Budget.Permits, bucket.Budget.Window, clock))
            : RateLimitPartition.GetNoLimiter(""));
        var local = new BothLimiter(_perClient, _perKey);
        Limiter = shared is null
            ? local
            : new SharedLimiter(Buckets, shared, local, TimeSpan.FromSeconds(_options.SharedTimeoutSeconds), logger);
    }

    // the limiters ask for a request's partition several times (both budgets' statistics, both takes, the headers):
    // worked out once per request, not six times, since it hashes the key and formats the address
    sealed class RequestBuckets(Bucket? client, Bucket? key)
    {
        public readonly Bucket? Client = client;
        public readonly Bucket? Key = key;
    }

    RequestBuckets BucketsOf(HttpContext context)
    {
        if (context.Features.Get<RequestBuckets>() is { } known) return known;
        var buckets = new RequestBuckets(FindClientBucket(context), FindKeyBucket(context));
        context.Features.Set(buckets);
        return buckets;
    }

    Bucket? ClientBucket(HttpContext context) => BucketsOf(context).Client;

    Bucket? KeyBucket(HttpContext context) => BucketsOf(context).Key;

    /// <summary>The client's budget of this request: null when it is exempt or the budget is off.</summary>
    Bucket? FindClientBucket(HttpContext context)
    {
        if (IsExempt(context)) return null;
        var (name, budget) = BudgetFor(context);
        return budget.Permits <= 0 ? null : new Bucket($"{name}|{ClientPartition(context.Connection.RemoteIpAddress)}", budget);
    }

    /// <summary>The key's budget of this request: writes that send a key, so made-up keys buy no extra budget.</summary>
    Bucket? FindKeyBucket(HttpContext context)
    {
        var key = context.Request.Headers[ApiKeyFilter.HeaderName].ToString();
        if (IsExempt(context) || !IsWrite(context) || key.Length == 0 || _options.Write.Permits <= 0) return null;
        return new Bucket($"key|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}", _options.Write);
    }

    /// <summary>Every budget this request counts against: none, the client's, or the client's and the key's.</summary>
    public IReadOnlyList<Bucket> Buckets(HttpContext context) => (ClientBucket(context), KeyBucket(context)) switch
    {
        (null, null) => [],
        ({ } client, null) => [client],
        (null, { } key) => [key],
        ({ } client, { } key) => [client, key],
    };

    /// <summary>What the rate-limiting middleware asks.</summary>
    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    public static bool IsWrite(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method));

    (string Name, RateBudget Budget) BudgetFor(HttpContext context) =>
        IsWrite(context) ? ("write", _options.Write) : ("read", _options.Read);

    // an orchestrator's probes and a scraper must keep working while a client is being refused, and so must the docs
    // that tell the refused client what to do instead
    static bool IsExempt(HttpContext context)
    {
        var path = context.Request.Path;
        return path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics")
            || path.StartsWithSegments("/swagger") || path == "/";
    }

    static string ClientPartition(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>
    /// <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c>, <c>RateLimit-Reset</c> (seconds) and <c>RateLimit-Policy</c>
    /// of the budget closest to running out (draft-ietf-httpapi-ratelimit-headers); nothing for unlimited requests.
    /// </summary>
    public void WriteHeaders(HttpContext context)
    {
        // the database's answer when the shared budgets were asked; the process's own otherwise
        var tightest = context.Features.Get<SharedBudgetState>()?.Tightest
            ?? new[] { _perClient.GetStatistics(context), _perKey.GetStatistics(context) }
                .OfType<WindowStatistics>().MinBy(s => s.CurrentAvailablePermits);
        if (tightest is null) return;
        var headers = context.Response.Headers;
        var (limit, policy) = PolicyTexts.GetOrAdd((tightest.Limit, tightest.Window),
            static k => (k.Limit.ToString(CultureInfo.InvariantCulture), $"{k.Limit};w={Seconds(k.Window)}"));
        headers["RateLimit-Limit"] = limit;
        headers["RateLimit-Remaining"] = Math.Max(0, tightest.CurrentAvailablePermits).ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = Seconds(tightest.ResetAfter);
        headers["RateLimit-Policy"] = policy;
    }

    // the texts of the few budgets there are (read, write, as configured), not formatted again for every answer
    static readonly System.Collections.Concurrent.ConcurrentDictionary<(int Limit, TimeSpan Window), (string Limit, string Policy)> PolicyTexts = new();

    /// <summary>The problem detail of a refusal: which budget ran out.</summary>
    public string Describe(HttpContext context)
    {
        var (name, budget) = BudgetFor(context);
        var limit = $"Too many {name}s: the limit is {budget.Permits} per {Seconds(budget.Window)} s (NewsApi:Limits:{char.ToUpperInvariant(name[0])}{name[1..]}). Retry after the time in Retry-After.";
        return IsWrite(context)
            ? limit
            : limit + " To read in bulk, use fewer requests: GET /export streams every article in one request, and lists take limit=100.";
    }

    public static string Seconds(TimeSpan time) =>
        Math.Max(0, (long)Math.Ceiling(time.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Grants a request only if both budgets have room, and only then takes from both: unlike
    /// <see cref="PartitionedRateLimiter.CreateChained{TResource}"/>, a request that one budget refuses costs the other nothing.
    /// </summary>
    sealed class BothLimiter(PartitionedRateLimiter<HttpContext> first, PartitionedRateLimiter<HttpContext> second) : PartitionedRateLimiter<HttpContext>
    {
        readonly Lock _lock = new();

        public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

        protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
        {
            lock (_lock)
            {
                foreach (var limiter in (ReadOnlySpan<PartitionedRateLimiter<HttpContext>>)[first, second])
                {
                    if (limiter.GetStatistics(resource) is WindowStatistics statistics && statistics.CurrentAvailablePermits < Math.Max(permitCount, 1))
                        return limiter.AttemptAcquire(resource, permitCount);
                }
                var lease = first.AttemptAcquire(resource, permitCount);
                if (!lease.IsAcquired) return lease;
                var other = second.AttemptAcquire(resource, permitCount);
                if (other.IsAcquired) return lease;
                lease.Dispose();
                return other;
            }
        }

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
            new(AttemptAcquireCore(resource, permitCount));
    }

    public async ValueTask DisposeAsync()
    {
        await Limiter.DisposeAsync();
        await _perClient.DisposeAsync();
        await _perKey.DisposeAsync();
    }
}
