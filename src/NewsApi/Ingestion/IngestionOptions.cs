namespace NewsApi.Ingestion;

/// <summary>Configuration section <c>NewsApi</c> (environment variables <c>NewsApi__ApiKey</c>, …).</summary>
public sealed class IngestionOptions
{
    public const string Section = "NewsApi";

    /// <summary>The key writers send as <c>X-Api-Key</c>. Unset: writes are refused with 403.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest request body accepted by POST/PUT /articles, in bytes (default 1 MiB).</summary>
    public int MaxArticleBytes { get; set; } = 1024 * 1024;
}
