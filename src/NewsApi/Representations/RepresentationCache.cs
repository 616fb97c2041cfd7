using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using NewsApi.Data;
using NewsApi.Observability;

namespace NewsApi.Representations;

/// <summary>
/// Rendered GET answers (body, ETag and validators, no per-request headers), reused while the database is unchanged.
/// An entry's key holds the <see cref="IDataChangeSignal"/> token it was built at, so any commit — through the API, by
/// another process or another instance — makes every older entry unreachable (at once for this process's own writes,
/// within <see cref="IDataChangeSignal.MaxStaleness"/> for others), and the first request to see a new token empties
/// the cache. Its size is bounded by <c>NewsApi:ResponseCacheMiB</c> (0 turns it off); least recently used entries go first.
/// </summary>
public sealed class RepresentationCache : IDisposable
{
    // what an entry costs beyond its body: key, entry and representation objects
    const int EntryOverhead = 512;

    readonly IDataChangeSignal _version;
    readonly MemoryCache? _entries;
    long _lastVersion = long.MinValue;
    long _hits;
    long _misses;

    public RepresentationCache(IDataChangeSignal version, IOptions<RepresentationOptions> options, IMeterFactory meters)
    {
        _version = version;
        var bytes = (long)options.Value.ResponseCacheMiB * 1024 * 1024;
        if (bytes > 0) _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = bytes, CompactionPercentage = 0.25, TrackStatistics = true });
        var meter = meters.Create(NewsMetrics.MeterName);
        meter.CreateObservableCounter("newsapi.response_cache.hits", () => Hits, "{request}", "GET answers served from the response cache");
        meter.CreateObservableCounter("newsapi.response_cache.misses", () => Misses, "{request}", "Cacheable GET answers that had to be built");
        meter.CreateObservableGauge("newsapi.response_cache.size", () => _entries?.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0, "By", "Estimated bytes held by the response cache");
    }

    /// <summary>Answers served from the cache since start-up.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Cacheable requests that had to be built since start-up.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>
    /// The key of this request's answer in <paramref name="representation"/> at the current data version: the URL as
    /// sent (scheme, host and path base appear in JSON-LD ids and Link headers) and the representation. Null when
    /// nothing may be cached: the cache is off, or the change signal has no token (an in-memory database).
    /// </summary>
    public string? KeyFor(HttpRequest request, Representation representation)
    {
        if (_entries is null || _version.Current() is not { } version) return null;
        if (Interlocked.Exchange(ref _lastVersion, version) != version) _entries.Clear();
        return $"{version}|{representation}|{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
    }

    public bool TryGet(string key, out ValidatedRepresentation representation)
    {
        if (_entries!.TryGetValue(key, out ValidatedRepresentation? found) && found is not null)
        {
            Interlocked.Increment(ref _hits);
            representation = found;
            return true;
        }
        Interlocked.Increment(ref _misses);
        representation = null!;
        return false;
    }

    public void Add(string key, ValidatedRepresentation representation) =>
        _entries!.Set(key, representation, new MemoryCacheEntryOptions { Size = representation.Length + key.Length * 2 + EntryOverhead });

    public void Dispose() => _entries?.Dispose();
}
