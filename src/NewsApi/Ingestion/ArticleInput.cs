using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsApi.Articles;

namespace NewsApi.Ingestion;

/// <summary>An article to ingest. Only <c>title</c> and <c>body</c> are required.</summary>
public sealed partial record ArticleInput
{
    /// <summary>The headline, one line.</summary>
    [Description("The headline, one line (at most 500 characters).")]
    public string? Title { get; init; }
    /// <summary>The text after the headline; paragraphs separated by blank lines.</summary>
    [Description("The text after the headline, paragraphs separated by blank lines. Stored verbatim.")]
    public string? Body { get; init; }
    [Description("The news outlet. Default: the source named in the lead, e.g. \"TEHRAN (Tasnim) –\".")]
    public string? Source { get; init; }
    [Description("The place line. Default: the dateline of the lead.")]
    public string? Dateline { get; init; }
    [Description("Publication date or date-time, ISO 8601. Default: unknown (the time of ingestion, marked dateSource \"ingested\").")]
    public string? PublishedAt { get; init; }
    [Description("Where the article was published (absolute http or https URL).")]
    public string? Url { get; init; }
    [Description("BCP 47 language tag. Default \"en\".")]
    public string? Language { get; init; }

    public const int MaxTitleLength = 500;
    const int MaxShortField = 200;

    /// <summary>Checks every field; on success <paramref name="article"/> holds the normalised article.</summary>
    public Dictionary<string, string[]> Validate(out NewArticle? article)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(string field, string message) => errors[field] = [message];
        article = null;

        var title = Title?.Trim();
        if (string.IsNullOrEmpty(title)) Error("title", "title is required.");
        else if (title.Length > MaxTitleLength) Error("title", $"title must be at most {MaxTitleLength} characters.");
        else if (title.Contains('\n', StringComparison.Ordinal)) Error("title", "title must be one line.");

        if (string.IsNullOrWhiteSpace(Body)) Error("body", "body is required and must not be blank.");

        foreach (var (field, value) in new[] { ("source", Source), ("dateline", Dateline) })
            if (value is not null && (value.Trim().Length == 0 || value.Length > MaxShortField))
                Error(field, $"{field} must be 1 to {MaxShortField} characters when given.");

        DateTimeOffset? publishedAt = null;
        if (PublishedAt is not null)
        {
            if (DateTimeOffset.TryParse(PublishedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
                && IsoDate().IsMatch(PublishedAt))
                publishedAt = parsed;
            else
                Error("publishedAt", $"publishedAt must be an ISO 8601 date or date-time such as 2016-08-17 or 2016-08-17T09:30:00Z.");
        }

        if (Url is not null && !(Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            Error("url", "url must be an absolute http or https URL.");

        if (Language is not null && !LanguageTag().IsMatch(Language))
            Error("language", "language must be a BCP 47 tag such as en or en-GB.");

        if (errors.Count > 0) return errors;
        article = new NewArticle
        {
            Title = title!,
            Body = Body!.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n', '\r', ' ', '\t'),
            Source = Source?.Trim(),
            Dateline = Dateline?.Trim(),
            PublishedAt = publishedAt,
            DateSource = DateSource.Metadata,
            Url = Url,
            Language = Language ?? "en",
        };
        return errors;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
