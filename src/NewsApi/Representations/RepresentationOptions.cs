namespace NewsApi.Representations;

/// <summary>Configuration section <c>NewsApi</c>: how long shared caches may reuse a response without asking, and how much memory the service's own cache of answers may use.</summary>
public sealed class RepresentationOptions
{
    /// <summary><c>max-age</c> of cacheable GET responses, in seconds (default 60); 0 makes every use revalidate.</summary>
    public int CacheMaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// Memory for rendered answers reused until the next write (<see cref="RepresentationCache"/>), in MiB (default
    /// 64, about 3,000 full articles); 0 turns the cache off.
    /// </summary>
    public int ResponseCacheMiB { get; set; } = 64;

    public string CacheControl => $"public, max-age={CacheMaxAgeSeconds}, must-revalidate";
}
