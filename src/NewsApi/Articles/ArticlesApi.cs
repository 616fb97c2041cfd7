using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Errors;
using NewsApi.OpenApi;
using NewsApi.Quotes;
using NewsApi.Representations;
using NewsApi.Search;

namespace NewsApi.Articles;

/// <summary>Query parameters of <c>GET /articles</c>.</summary>
public sealed record ArticleListQuery(
    [property: Description("Page size, 1 to 100. Default 20.")] [property: Between(1, Paging.MaxLimit)] [FromQuery(Name = "limit")] int? Limit = null,
    [property: Description("The nextCursor of the previous page; omit for the first page.")] [FromQuery(Name = "cursor")] string? Cursor = null,
    [property: Description("Only articles from this outlet (case-insensitive), e.g. Tasnim.")] [FromQuery(Name = "source")] string? Source = null,
    [property: Description("Only articles published at or after this ISO 8601 date or date-time (UTC unless an offset is given).")] [FromQuery(Name = "from")] string? From = null,
    [property: Description("Only articles published at or before this ISO 8601 date or date-time; a bare date includes that whole day. A to earlier than from is a 400.")] [FromQuery(Name = "to")] string? To = null,
    [property: Description("Only articles that mention this entity id; repeat (entity=1&entity=3) for articles that mention all of them (at most 10).")] [FromQuery(Name = "entity")] long[]? Entity = null,
    [property: Description("Only articles that quote this entity id as speaker.")] [FromQuery(Name = "speaker")] long? Speaker = null,
    [property: Description("Only articles matching this full-text search (same syntax as GET /search), at most 500 characters.")] [FromQuery(Name = "q")] string? Q = null,
    [property: Description("Order: newest (default), oldest, or relevance (best match first; needs q).")] [property: OneOf<ArticleSort>] [FromQuery(Name = "sort")] string? Sort = null,
    [property: Description("Comma-separated facets to count over the whole filtered list: entity (most co-mentioned entities), source, month.")] [property: ListOf<ArticleFacet>] [FromQuery(Name = "facets")] string? Facets = null,
    [property: Description("How many values each facet lists, 1 to 100. Default 10.")] [property: Between(1, 100)] [FromQuery(Name = "facetSize")] int? FacetSize = null);

/// <summary>Query parameters of <c>GET /articles/{id}/quotes</c>.</summary>
public sealed record ArticleQuoteQuery(
    [property: Description(QuotesApi.AttributionDescription)] [property: OneOf<Extraction.QuoteAttribution>] [FromQuery(Name = "attribution")] string? Attribution = null);

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/articles").WithTags("Articles");

        group.MapGet("/", ListArticles)
            .WithName("ListArticles")
            .CacheRepresentations(Representation.Json, Representation.Csv)
            .WithSummary("List, filter, search and facet articles")
            .WithDescription("Article summaries, newest first by default (`sort=oldest`, or `sort=relevance` with `q`). Filters combine with AND: `source`, `from`/`to`, `entity` (repeatable: all of them), `speaker`, `q` (full-text). `facets=entity,source,month` adds counts over the whole filtered list, e.g. the entities most co-mentioned with `entity=3`. Pages are keyset-paginated: pass `nextCursor` back as `cursor` (also given as a `Link: <…>; rel=\"next\"` header) until it is null.");

        // JSON as stored at write time (ArticleDocuments); JSON-LD (whose ids name the request's host) is built per request
        group.MapGet("/{id:long}", GetArticle)
            .WithName("GetArticle")
            .CacheRepresentations(Representation.Json, Representation.JsonLd)
            .ServeStoredJson(FindArticleDocument)
            .WithSummary("One article with its paragraphs, entities and quotes")
            .WithDescription("The whole structured article: metadata, verbatim body, paragraph offsets, every entity with every mention, and every quote with its cue and speaker. Offsets are UTF-16 code units, end exclusive: `body.Substring(start, end - start)` is the span.");

        group.MapGet("/{id:long}/quotes", GetArticleQuotes)
            .WithName("GetArticleQuotes")
            .CacheRepresentations(Representation.Json, Representation.Csv)
            .WithSummary("The quotes of one article, in text order")
            .WithDescription("Every quote in the article with its kind (direct, indirect, mixed), attribution (statement or stance), cue and speaker; `attribution` keeps only statements or only stances. The speaker's `entityId` is null when the source is no entity, e.g. \"media reports\". One article's quotes come whole in one page: `nextCursor` is always null.");

        group.MapGet("/{id:long}/entities", GetArticleEntities)
            .WithName("GetArticleEntities")
            .CacheRepresentations(Representation.Json, Representation.Csv)
            .WithSummary("The entities of one article with their mentions")
            .WithDescription("Every entity the article mentions, in order of first appearance, each with its aliases and every mention (field, offsets, surface text). One article's entities come whole in one page: `nextCursor` is always null.");

        return group;
    }

    public const int MaxEntityFilters = 10;

    internal static async Task<Results<Ok<Page<ArticleSummary>>, ValidationProblem>> ListArticles(
        [AsParameters] ArticleListQuery query, ArticleStore store, CancellationToken ct)
    {
        var validator = new QueryValidator();
        var limit = validator.Limit(query.Limit);
        var q = validator.SearchQuery("q", query.Q, SearchIndex.Articles);
        var sort = validator.Enum<ArticleSort>("sort", query.Sort) ?? ArticleSort.Newest;
        if (sort == ArticleSort.Relevance && query.Q is null) validator.Add("sort", "sort=relevance needs a search query q.");
        var cursor = validator.Cursor(query.Cursor, c => ArticleStore.IsValidCursor(c, sort));
        var facets = validator.List<ArticleFacet>("facets", query.Facets);
        var facetSize = validator.Range("facetSize", query.FacetSize, 1, 100) ?? 10;
        if (query.Entity is { Length: > MaxEntityFilters }) validator.Add("entity", $"entity may be given at most {MaxEntityFilters} times.");
        var (from, to) = validator.DateRange("from", query.From, "to", query.To);
        var filter = new ArticleFilter(
            validator.Text("source", query.Source, 200),
            from,
            to,
            query.Entity,
            query.Speaker,
            q);
        if (!validator.IsValid) return validator.Problem();
        return TypedResults.Ok(await store.ListAsync(filter, sort, facets, facetSize, limit, cursor, ct));
    }

    internal static async Task<Results<Ok<Article>, NotFoundProblem>> GetArticle(long id, ArticleStore store, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } article ? TypedResults.Ok(article) : ArticleNotFound(id);

    // the route constraint made the id a long; a missing document (not built yet) is answered by GetArticle
    static async Task<StoredJson?> FindArticleDocument(HttpContext http, CancellationToken ct) =>
        long.TryParse(http.Request.RouteValues["id"] as string, out var id)
        && await http.RequestServices.GetRequiredService<ArticleStore>().FindDocumentAsync(id, ct) is { } document
            ? new StoredJson(document.Json, document.ETag, document.UpdatedAt)
            : null;

    internal static async Task<Results<Ok<Page<Quote>>, ValidationProblem, NotFoundProblem>> GetArticleQuotes(
        long id, [AsParameters] ArticleQuoteQuery query, ArticleStore articles, QuoteStore quotes, CancellationToken ct)
    {
        var validator = new QueryValidator();
        var attribution = validator.Enum<Extraction.QuoteAttribution>("attribution", query.Attribution);
        if (!validator.IsValid) return validator.Problem();
        return await articles.ExistsAsync(id, ct)
            ? TypedResults.Ok(Page.Whole(await quotes.ListForArticleAsync(id, attribution, ct)))
            : ArticleNotFound(id);
    }

    internal static async Task<Results<Ok<Page<ArticleEntity>>, NotFoundProblem>> GetArticleEntities(
        long id, ArticleStore articles, EntityStore entities, CancellationToken ct) =>
        await articles.ExistsAsync(id, ct)
            ? TypedResults.Ok(Page.Whole(await entities.ListForArticleAsync(id, ct)))
            : ArticleNotFound(id);

    static NotFoundProblem ArticleNotFound(long id) => Problems.NotFound($"There is no article with id {id}.");
}
