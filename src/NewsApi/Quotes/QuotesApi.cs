using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NewsApi.Data;
using NewsApi.Errors;
using NewsApi.Extraction;
using NewsApi.Representations;
using NewsApi.Search;
using NewsApi.OpenApi;

namespace NewsApi.Quotes;

/// <summary>Query parameters of <c>GET /quotes</c>.</summary>
public sealed record QuoteListQuery(
    [property: Description("Page size, 1 to 100. Default 20.")] [property: Between(1, Paging.MaxLimit)] [FromQuery(Name = "limit")] int? Limit = null,
    [property: Description("The nextCursor of the previous page; omit for the first page.")] [FromQuery(Name = "cursor")] string? Cursor = null,
    [property: Description("Only quotes whose speaker is this entity id.")] [FromQuery(Name = "speaker")] long? Speaker = null,
    [property: Description("Only quotes of this kind: direct, indirect or mixed.")] [property: OneOf<QuoteKind>] [FromQuery(Name = "kind")] string? Kind = null,
    [property: Description(QuotesApi.AttributionDescription)] [property: OneOf<QuoteAttribution>] [FromQuery(Name = "attribution")] string? Attribution = null,
    [property: Description("Only quotes from this article id.")] [FromQuery(Name = "article")] long? Article = null,
    [property: Description("Only quotes whose words or speaker match this full-text search (same syntax as GET /search, e.g. speaker:Khosravi), at most 500 characters.")] [FromQuery(Name = "q")] string? Q = null);

public static class QuotesApi
{
    public const string AttributionDescription = "Only statements (what was said or written: said, told, announced, according to) "
        + "or only stances (what is held: believes, wants, fears, hopes, opposes). Default: both; pass statement for only what people said.";

    public static RouteGroupBuilder MapQuotes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/quotes").WithTags("Quotes");

        group.MapGet("/", ListQuotes)
            .WithName("ListQuotes")
            .CacheRepresentations(Representation.Json, Representation.Csv)
            .WithSummary("List quotes across articles")
            .WithDescription("Quotes from the newest article first, in text order within an article. Filter by speaker entity, kind, `attribution` (statement or stance; both by default), article and full-text `q`; keyset-paginated with `cursor`/`nextCursor` (and a `Link: <…>; rel=\"next\"` header).");

        group.MapGet("/{id:long}", GetQuote)
            .WithName("GetQuote")
            .CacheRepresentations(Representation.Json)
            .WithSummary("One quote")
            .WithDescription("A quote with its article id, kind, offsets in the article body, cue and speaker.");

        return group;
    }

    internal static async Task<Results<Ok<Page<Quote>>, ValidationProblem>> ListQuotes(
        [AsParameters] QuoteListQuery query, QuoteStore store, CancellationToken ct)
    {
        var validator = new QueryValidator();
        var limit = validator.Limit(query.Limit);
        var cursor = validator.Cursor(query.Cursor, QuoteStore.IsValidCursor);
        var kind = validator.Enum<QuoteKind>("kind", query.Kind);
        var attribution = validator.Enum<QuoteAttribution>("attribution", query.Attribution);
        var q = validator.SearchQuery("q", query.Q, SearchIndex.Quotes);
        if (!validator.IsValid) return validator.Problem();
        return TypedResults.Ok(await store.ListAsync(new QuoteFilter(query.Speaker, kind, query.Article, q, attribution), limit, cursor, ct));
    }

    internal static async Task<Results<Ok<Quote>, NotFoundProblem>> GetQuote(long id, QuoteStore store, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } quote ? TypedResults.Ok(quote) : Problems.NotFound($"There is no quote with id {id}.");
}
