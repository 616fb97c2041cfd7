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
    /// 16, about 700 full articles of 20 KiB); 0 turns the cache off. Small by default since an article's JSON is
    /// stored ready to send (a miss is one row read, the OS page cache holds the file) and the process should stay
    /// under 200 MiB under load (bench/results/2026-11-29_pipeline.md).
    /// </summary>
    public int ResponseCacheMiB { get; set; } = 16;

    public string CacheControl => CacheMaxAgeSeconds > 0 ? $"max-age={CacheMaxAgeSeconds}, must-revalidate" : "no-cache";
}
