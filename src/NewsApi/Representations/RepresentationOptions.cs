namespace NewsApi.Representations;

/// <summary>Configuration section <c>NewsApi</c>: whether caches may reuse a response without asking, and how much memory the service's own cache of answers may use.</summary>
public sealed class RepresentationOptions
{
    /// <summary>
    /// How long a cache may reuse a GET answer without asking, in seconds. Default 0: <c>no-cache</c>, every use is
    /// revalidated with the ETag (a 304 when unchanged), so a client that writes and reads again sees its write.
    /// </summary>
    public int CacheMaxAgeSeconds { get; set; }

    /// <summary>
    /// Memory for rendered answers reused until the next write (<see cref="RepresentationCache"/>), in MiB (default
    /// 64, about 3,000 full articles); 0 turns the cache off. Not smaller: at 16 MiB bench/run's 2,000 hot articles
    /// no longer fit and the cached read fell from 0.68 to 0.30 of nginx for 60 MiB less peak RSS
    /// (bench/results/2026-11-29_pipeline.md).
    /// </summary>
    public int ResponseCacheMiB { get; set; } = 64;

    public string CacheControl => CacheMaxAgeSeconds > 0 ? $"max-age={CacheMaxAgeSeconds}, must-revalidate" : "no-cache";
}
