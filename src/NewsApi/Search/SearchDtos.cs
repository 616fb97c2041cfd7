using NewsApi.Extraction;

namespace NewsApi.Search;

/// <summary>What a search hit is.</summary>
public enum SearchHitType { Article, Quote }

/// <summary>
/// One search hit, ranked by the provider's index (lower <c>score</c> is better). <c>snippet</c> is HTML-escaped text around the
/// first hit with the hits wrapped in <c>&lt;mark&gt;</c>; <c>highlights</c> gives the exact hit offsets (UTF-16,
/// end exclusive) in the article's title or body.
/// </summary>
public sealed record SearchHit
{
    public SearchHitType Type { get; init; }
    /// <summary>The article id, or the quote id.</summary>
    public long Id { get; init; }
    public long ArticleId { get; init; }
    /// <summary>The article's title (for a quote: the title of its article).</summary>
    public string Title { get; init; } = "";
    public DateTimeOffset PublishedAt { get; init; }
    /// <summary>For a quote: the speaker as written.</summary>
    public string? Speaker { get; init; }
    /// <summary>
    /// The search engine's relevance number, only for ordering the hits of one search: lower is a better match on
    /// both providers. On SQLite it is FTS5's bm25 (negative); on PostgreSQL the negated ts_rank_cd (cover density,
    /// title hits weighted five times body hits; between -1 and 0 for most hits). Its scale depends on the engine,
    /// the query and the whole collection (on SQLite it moves as articles are added), so it is not comparable across
    /// searches or providers.
    /// </summary>
    public double Score { get; init; }
    public string Snippet { get; init; } = "";
    public IReadOnlyList<Highlight> Highlights { get; init; } = [];
}

/// <summary>A hit in the article: <c>field[start..end] == text</c>.</summary>
public sealed record Highlight(TextField Field, int Start, int End, string Text);
