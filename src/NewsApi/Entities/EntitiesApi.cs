using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Errors;
using NewsApi.Extraction;
using NewsApi.OpenApi;
using NewsApi.Quotes;
using NewsApi.Representations;

namespace NewsApi.Entities;

/// <summary>Query parameters of <c>GET /entities</c>.</summary>
public sealed record EntityListQuery(
    [property: Description("Page size, 1 to 100. Default 20.")] [property: Between(1, Paging.MaxLimit)] [FromQuery(Name = "limit")] int? Limit = null,
    [property: Description("The nextCursor of the previous page; omit for the first page.")] [FromQuery(Name = "cursor")] string? Cursor = null,
    [property: Description("Only entities of this type: person, organization, location or other.")] [property: OneOf<EntityType>] [FromQuery(Name = "type")] string? Type = null,
    [property: Description("Only entities whose name or an alias contains this text (case-insensitive), e.g. SNSC.")] [FromQuery(Name = "q")] string? Q = null);

/// <summary>Paging parameters of the lists under one entity.</summary>
public sealed record EntityPageQuery(
    [property: Description("Page size, 1 to 100. Default 20.")] [property: Between(1, Paging.MaxLimit)] [FromQuery(Name = "limit")] int? Limit = null,
    [property: Description("The nextCursor of the previous page; omit for the first page.")] [FromQuery(Name = "cursor")] string? Cursor = null);

/// <summary>Parameters of <c>GET /entities/{id}/quotes</c>.</summary>
public sealed record EntityQuoteQuery(
    [property: Description("Page size, 1 to 100. Default 20.")] [property: Between(1, Paging.MaxLimit)] [FromQuery(Name = "limit")] int? Limit = null,
    [property: Description("The nextCursor of the previous page; omit for the first page.")] [FromQuery(Name = "cursor")] string? Cursor = null,
    [property: Description(QuotesApi.AttributionDescription)] [property: OneOf<Extraction.QuoteAttribution>] [FromQuery(Name = "attribution")] string? Attribution = null);

/// <summary>Parameters of <c>GET /entities/{id}/related</c>.</summary>
public sealed record RelatedQuery(
    [property: Description("How many related entities, 1 to 100. Default 20.")] [property: Between(1, Paging.MaxLimit)] [FromQuery(Name = "limit")] int? Limit = null,
    [property: Description("Only related entities of this type: person, organization, location or other.")] [property: OneOf<EntityType>] [FromQuery(Name = "type")] string? Type = null);

public static class EntitiesApi
{
    public const int MaxQueryLength = 200;

    public static RouteGroupBuilder MapEntities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/entities").WithTags("Entities");

        group.MapGet("/", ListEntities)
            .WithName("ListEntities")
            .CacheRepresentations(Representation.Json, Representation.Csv)
            .WithSummary("List entities by name")
            .WithDescription("People, organizations, locations and other named things, alphabetical by name. Filter by `type` and search names and aliases with `q`; keyset-paginated with `cursor`/`nextCursor`.");

        group.MapGet("/{id:long}", GetEntity)
            .WithName("GetEntity")
            .CacheRepresentations(Representation.Json)
            .WithSummary("One entity with aliases, external ids and counts")
            .WithDescription("An entity with its aliases, external identifiers (`wikidata`; for places the gazetteer knows, a city's `geonames` id or a country's `iso3166` code), `latitude`/`longitude` (null unless it is such a place), and how many mentions, articles and attributed quotes it has.");

        group.MapGet("/{id:long}/articles", GetEntityArticles)
            .WithName("GetEntityArticles")
            .CacheRepresentations(Representation.Json, Representation.Csv)
            .WithSummary("Articles that mention an entity, newest first")
            .WithDescription("Summaries of the articles mentioning this entity, newest first, keyset-paginated.");

        group.MapGet("/{id:long}/quotes", GetEntityQuotes)
            .WithName("GetEntityQuotes")
            .CacheRepresentations(Representation.Json, Representation.Csv)
            .WithSummary("Everything an entity said")
            .WithDescription("Quotes attributed to this entity as speaker (directly, or through a pronoun or description resolved to it), newest article first, keyset-paginated. Statements and stances both, unless `attribution` picks one.");

        group.MapGet("/{id:long}/related", GetRelatedEntities)
            .WithName("GetRelatedEntities")
            .CacheRepresentations(Representation.Json, Representation.Csv)
            .WithSummary("Entities most often mentioned with an entity")
            .WithDescription("Entities co-mentioned with this one, most shared articles first, each with the number of shared articles and up to five of their ids (newest first). Filter by `type`; `limit` 1 to 100, default 20. A ranking, not a list to walk: the top `limit` come in one page and `nextCursor` is always null.");

        return group;
    }

    internal static async Task<Results<Ok<Page<RelatedEntity>>, ValidationProblem, NotFoundProblem>> GetRelatedEntities(
        long id, [AsParameters] RelatedQuery query, EntityStore entities, CancellationToken ct)
    {
        var validator = new QueryValidator();
        var limit = validator.Limit(query.Limit);
        var type = validator.Enum<EntityType>("type", query.Type);
        if (!validator.IsValid) return validator.Problem();
        if (!await entities.ExistsAsync(id, ct)) return EntityNotFound(id);
        return TypedResults.Ok(Page.Whole(await entities.RelatedAsync(id, type, limit, ct)));
    }

    internal static async Task<Results<Ok<Page<EntitySummary>>, ValidationProblem>> ListEntities(
        [AsParameters] EntityListQuery query, EntityStore store, CancellationToken ct)
    {
        var validator = new QueryValidator();
        var limit = validator.Limit(query.Limit);
        var cursor = validator.Cursor(query.Cursor);
        var type = validator.Enum<EntityType>("type", query.Type);
        var q = validator.Text("q", query.Q, MaxQueryLength);
        if (!validator.IsValid) return validator.Problem();
        return TypedResults.Ok(await store.ListAsync(new EntityFilter(type, q), limit, cursor, ct));
    }

    internal static async Task<Results<Ok<EntityDetail>, NotFoundProblem>> GetEntity(long id, EntityStore store, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } entity ? TypedResults.Ok(entity) : EntityNotFound(id);

    internal static async Task<Results<Ok<Page<ArticleSummary>>, ValidationProblem, NotFoundProblem>> GetEntityArticles(
        long id, [AsParameters] EntityPageQuery query, EntityStore entities, ArticleStore articles, CancellationToken ct)
    {
        var validator = new QueryValidator();
        var limit = validator.Limit(query.Limit);
        var cursor = validator.Cursor(query.Cursor, c => Timestamps.TryParse(c.Key, out _));
        if (!validator.IsValid) return validator.Problem();
        if (!await entities.ExistsAsync(id, ct)) return EntityNotFound(id);
        return TypedResults.Ok(await articles.ListAsync(new ArticleFilter(Entities: [id]), limit, cursor, ct));
    }

    internal static async Task<Results<Ok<Page<Quote>>, ValidationProblem, NotFoundProblem>> GetEntityQuotes(
        long id, [AsParameters] EntityQuoteQuery query, EntityStore entities, QuoteStore quotes, CancellationToken ct)
    {
        var validator = new QueryValidator();
        var limit = validator.Limit(query.Limit);
        var cursor = validator.Cursor(query.Cursor, QuoteStore.IsValidCursor);
        var attribution = validator.Enum<QuoteAttribution>("attribution", query.Attribution);
        if (!validator.IsValid) return validator.Problem();
        if (!await entities.ExistsAsync(id, ct)) return EntityNotFound(id);
        return TypedResults.Ok(await quotes.ListAsync(new QuoteFilter(Speaker: id, Attribution: attribution), limit, cursor, ct));
    }

    static NotFoundProblem EntityNotFound(long id) => Problems.NotFound($"There is no entity with id {id}.");
}
