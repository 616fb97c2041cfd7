namespace NewsApi.Limits;

/// <summary>Configuration section <c>NewsApi:Limits</c> (environment variables <c>NewsApi__Limits__Read__Permits</c>, …).</summary>
public sealed class LimitsOptions
{
    public const string Section = "NewsApi:Limits";

    /// <summary>
    /// GET, HEAD and OPTIONS, per client address. Generous by default so that a script reading its own service in a
    /// loop is not refused; a public deployment tightens it (e.g. 600 per 60 s).
    /// </summary>
    public RateBudget Read { get; set; } = new() { Permits = DefaultReadPermits, WindowSeconds = 60 };

    public const int DefaultReadPermits = 10_000;

    /// <summary>POST, PUT, PATCH and DELETE, per client address and, when one is sent, per API key.</summary>
    public RateBudget Write { get; set; } = new() { Permits = 60, WindowSeconds = 60 };

    /// <summary>
    /// On PostgreSQL, count the budgets in the database (table <c>rate_limits</c>), so that every process on it shares
    /// them: three replicas with a budget of 20 serve a client 20 requests, not 60. False counts per process, as on
    /// SQLite, where this setting has no effect.
    /// </summary>
    public bool Shared { get; set; } = true;

    /// <summary>
    /// How long a request waits for the shared budgets' answer before it is counted by the process's own budgets
    /// instead (as it is while the database cannot be reached).
    /// </summary>
    public double SharedTimeoutSeconds { get; set; } = 2;

    /// <summary>Largest request body Kestrel accepts; keep it at least <c>NewsApi:MaxArticleBytes</c> so ingestion's own 413 names the article limit.</summary>
    public long MaxRequestBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>A request still running after this long is cancelled and answered 504. 0 turns the timeout off.</summary>
    public double RequestTimeoutSeconds { get; set; } = 30;

    public int MaxRequestHeaderCount { get; set; } = 64;

    public int MaxRequestHeadersTotalBytes { get; set; } = 16 * 1024;
}

/// <summary><see cref="Permits"/> requests per window of <see cref="WindowSeconds"/>; 0 permits turns the budget off.</summary>
public sealed class RateBudget
{
    public int Permits { get; set; }

    public double WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
