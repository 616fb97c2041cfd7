using NewsApi.Articles;
using NewsApi.Entities;
using NewsApi.Quotes;
using NewsApi.Search;

namespace NewsApi.Representations;

/// <summary>
/// The CSV columns of each list item type: the JSON properties flattened (<c>cue.text</c> → <c>cueText</c>),
/// nested lists joined with "; ". Columns may be added at the end; clients should read columns by header name.
/// </summary>
public static class CsvColumns
{
    public static readonly IReadOnlyList<CsvColumn<ArticleSummary>> ArticleSummary =
    [
        new("id", a => a.Id), new("slug", a => a.Slug), new("title", a => a.Title), new("source", a => a.Source),
        new("dateline", a => a.Dateline), new("url", a => a.Url), new("language", a => a.Language),
        new("publishedAt", a => a.PublishedAt), new("dateSource", a => a.DateSource), new("entityCount", a => a.EntityCount),
        new("quoteCount", a => a.QuoteCount), new("createdAt", a => a.CreatedAt), new("updatedAt", a => a.UpdatedAt),
    ];

    public static readonly IReadOnlyList<CsvColumn<Quote>> Quote =
    [
        new("id", q => q.Id), new("articleId", q => q.ArticleId), new("paragraphIndex", q => q.ParagraphIndex),
        new("kind", q => q.Kind), new("text", q => q.Text), new("start", q => q.Start), new("end", q => q.End),
        new("cueText", q => q.Cue.Text), new("cueStart", q => q.Cue.Start), new("cueEnd", q => q.Cue.End),
        new("speakerName", q => q.Speaker?.Name), new("speakerEntityId", q => q.Speaker?.EntityId),
        new("speakerEntityName", q => q.Speaker?.EntityName), new("speakerStart", q => q.Speaker?.Start),
        new("speakerEnd", q => q.Speaker?.End), new("attribution", q => q.Attribution),
    ];

    public static readonly IReadOnlyList<CsvColumn<EntitySummary>> EntitySummary =
    [
        new("id", e => e.Id), new("name", e => e.Name), new("type", e => e.Type), new("aliases", e => e.Aliases),
        new("wikidataId", e => e.WikidataId), new("mentionCount", e => e.MentionCount), new("articleCount", e => e.ArticleCount),
        new("latitude", e => e.Latitude), new("longitude", e => e.Longitude),
    ];

    public static readonly IReadOnlyList<CsvColumn<ArticleEntity>> ArticleEntity =
    [
        new("id", e => e.Id), new("name", e => e.Name), new("type", e => e.Type), new("aliases", e => e.Aliases),
        new("wikidataId", e => e.WikidataId), new("mentionCount", e => (long)e.Mentions.Count),
        // "body:76-91; title:0-4": where each mention is, as field:start-end
        new("mentions", e => e.Mentions.Select(m => $"{m.Field.ToString().ToLowerInvariant()}:{m.Start}-{m.End}")),
        new("latitude", e => e.Latitude), new("longitude", e => e.Longitude),
    ];

    public static readonly IReadOnlyList<CsvColumn<RelatedEntity>> RelatedEntity =
    [
        new("id", e => e.Id), new("name", e => e.Name), new("type", e => e.Type), new("sharedArticles", e => e.SharedArticles),
        new("articleIds", e => e.ArticleIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))),
    ];

    public static readonly IReadOnlyList<CsvColumn<SearchHit>> SearchHit =
    [
        new("type", h => h.Type), new("id", h => h.Id), new("articleId", h => h.ArticleId), new("title", h => h.Title),
        new("publishedAt", h => h.PublishedAt), new("speaker", h => h.Speaker), new("score", h => h.Score),
        new("snippet", h => h.Snippet),
        new("highlights", h => h.Highlights.Select(x => $"{x.Field.ToString().ToLowerInvariant()}:{x.Start}-{x.End}")),
    ];

    /// <summary>Whether items of this type have CSV columns.</summary>
    public static bool Supports(Type itemType) =>
        itemType == typeof(ArticleSummary) || itemType == typeof(Quote) || itemType == typeof(EntitySummary)
        || itemType == typeof(ArticleEntity) || itemType == typeof(RelatedEntity) || itemType == typeof(SearchHit);

    /// <summary>The items as CSV, or null when their type has no columns.</summary>
    public static byte[]? Write(object items) => items switch
    {
        IEnumerable<ArticleSummary> rows => Csv.Write(rows, ArticleSummary),
        IEnumerable<Quote> rows => Csv.Write(rows, Quote),
        IEnumerable<EntitySummary> rows => Csv.Write(rows, EntitySummary),
        IEnumerable<ArticleEntity> rows => Csv.Write(rows, ArticleEntity),
        IEnumerable<RelatedEntity> rows => Csv.Write(rows, RelatedEntity),
        IEnumerable<SearchHit> rows => Csv.Write(rows, SearchHit),
        _ => null,
    };
}
