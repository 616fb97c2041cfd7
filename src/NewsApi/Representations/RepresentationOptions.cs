namespace NewsApi.Representations;

/// <summary>Configuration section <c>NewsApi</c>: how long shared caches may reuse a response without asking.</summary>
public sealed class RepresentationOptions
{
    /// <summary><c>max-age</c> of cacheable GET responses, in seconds (default 60); 0 makes every use revalidate.</summary>
    public int CacheMaxAgeSeconds { get; set; } = 60;

    public string CacheControl => $"public, max-age={CacheMaxAgeSeconds}, must-revalidate";
}
