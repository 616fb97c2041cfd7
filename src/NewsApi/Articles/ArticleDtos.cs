using NewsApi.Entities;
using NewsApi.Extraction;
using NewsApi.Quotes;

namespace NewsApi.Articles;

/// <summary>Where an article's publication date came from.</summary>
public enum DateSource
{
    /// <summary>Supplied with the article (by its publisher or curator), not found in its text.</summary>
    Metadata,
    /// <summary>Read from the article's text.</summary>
    Text,
    /// <summary>Unknown: the time the article was ingested.</summary>
    Ingested,
}

/// <summary>An article as listed: metadata and counts, without body or annotations.</summary>
public sealed record ArticleSummary
{
    public long Id { get; init; }
    /// <summary>URL-friendly name derived from the title; unique.</summary>
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>The news outlet, e.g. "Tasnim".</summary>
    public string? Source { get; init; }
    /// <summary>The place line that opens the story, e.g. "TEHRAN".</summary>
    public string? Dateline { get; init; }
    public string? Url { get; init; }
    /// <summary>BCP 47 language tag.</summary>
    public string Language { get; init; } = "en";
    public DateTimeOffset PublishedAt { get; init; }
    public DateSource DateSource { get; init; }
    /// <summary>Distinct entities mentioned in title or body.</summary>
    public long EntityCount { get; init; }
    public long QuoteCount { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// The whole structured article. All offsets are UTF-16 code units into <c>title</c> or <c>body</c>, end
/// exclusive: <c>body.Substring(start, end - start)</c> (JavaScript: <c>body.slice(start, end)</c>) is the span.
/// </summary>
public sealed record Article
{
    public long Id { get; init; }
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Source { get; init; }
    public string? Dateline { get; init; }
    public string? Url { get; init; }
    public string Language { get; init; } = "en";
    public DateTimeOffset PublishedAt { get; init; }
    public DateSource DateSource { get; init; }
    /// <summary>The text after the title, verbatim; paragraphs are separated by blank lines.</summary>
    public string Body { get; init; } = "";
    /// <summary>SHA-256 (hex) of title and body: the same text is never stored twice.</summary>
    public string ContentHash { get; init; } = "";
    /// <summary>Who produced the annotations: "curated" or the extractor version, e.g. "newsapi-extractor/0.2".</summary>
    public string Annotator { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];
    /// <summary>Entities mentioned in the article, each with its mentions in text order.</summary>
    public IReadOnlyList<ArticleEntity> Entities { get; init; } = [];
    /// <summary>Quotes in text order.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
}

/// <summary>A paragraph of the body: <c>body[start..end]</c>.</summary>
public sealed record Paragraph(long Index, long Start, long End);
