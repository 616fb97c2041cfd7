using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NewsApi.Data;
using NewsApi.Errors;
using NewsApi.OpenApi;
using NewsApi.Representations;

namespace NewsApi.Search;

/// <summary>Query parameters of <c>GET /search</c>.</summary>
public sealed record SearchQuery(
    [property: Description("The search: words (all must match), \"a phrase\", prefix*, AND / OR, NOT or - before a term to exclude it (syria NOT iran, syria -iran, Khosravi AND NOT Shamkhani), (grouping), and column filters title: and body: (articles), text: and speaker: (quotes). SQLite FTS5 query syntax; at most 500 characters.")] [FromQuery(Name = "q")] string? Q = null,
    [property: Description("Only hits of this type: article or quote. Default both.")] [property: OneOf<SearchHitType>] [FromQuery(Name = "type")] string? Type = null,
    [property: Description("Page size, 1 to 100. Default 20.")] [property: Between(1, Paging.MaxLimit)] [FromQuery(Name = "limit")] int? Limit = null,
    [property: Description("The nextCursor of the previous page; omit for the first page.")] [FromQuery(Name = "cursor")] string? Cursor = null);

public static class SearchApi
{
    public const int MaxQueryLength = 500;

    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/search").WithTags("Search");
        group.MapGet("/", Search)
            .WithName("Search")
            .CacheRepresentations(Representation.Json, Representation.Csv)
            .WithSummary("Full-text search over articles and quotes")
            .WithDescription("Articles (title and body) and quotes (their words and their speaker: the name as written and the entity it resolves to) ranked together by bm25, best first (a lower `score` is a better match; title hits weigh five times body hits). Each hit has an HTML-escaped `snippet` with the hits in `<mark>` and `highlights` with their exact offsets in the article. Supports phrases (\"strategic partnership\"), prefixes (terror*), AND, OR, exclusion with NOT or a leading - (syria NOT iran, syria -iran, Khosravi AND NOT Shamkhani; a query that only excludes is a 400), parentheses and column filters (title:syria, body:, text: for a quote's words, speaker:Khosravi). A query FTS5 cannot parse is a 400 saying why. Keyset-paginated with `cursor`/`nextCursor`. Also as CSV (`Accept: text/csv` or `format=csv`): columns type, id, articleId, title, publishedAt, speaker, score, snippet, highlights (`field:start-end`, joined with \"; \").");
        return group;
    }

    internal static async Task<Results<Ok<Page<SearchHit>>, ValidationProblem>> Search(
        [AsParameters] SearchQuery query, SearchStore store, CancellationToken ct)
    {
        var validator = new QueryValidator();
        var q = validator.SearchQuery("q", query.Q ?? "");
        var type = validator.Enum<SearchHitType>("type", query.Type);
        var limit = validator.Limit(query.Limit);
        var cursor = validator.Cursor(query.Cursor, SearchStore.IsValidCursor);
        if (!validator.IsValid) return validator.Problem();
        try
        {
            return TypedResults.Ok(await store.SearchAsync(q!, type is null or SearchHitType.Article, type is null or SearchHitType.Quote, limit, cursor, ct));
        }
        catch (InvalidSearchQueryException e)
        {
            return SearchProblem.For(validator, e);
        }
    }
}

public static class SearchProblem
{
    /// <summary>The 400 for a query FTS5 rejected, naming <c>q</c> and how to fix it.</summary>
    public static ValidationProblem For(QueryValidator validator, InvalidSearchQueryException e)
    {
        validator.Add("q", $"q is not a valid search ({e.Message}). Put words with punctuation in double quotes (\"anti-terrorism\"), close every quote and parenthesis, write AND and OR between two terms, and put NOT or - before a term to exclude it from what comes before (syria NOT iran, syria -iran).");
        return validator.Problem();
    }
}

public static class SearchQueryValidation
{
    /// <summary>
    /// A search text as FTS5 takes it: at most <see cref="SearchApi.MaxQueryLength"/> characters, with the exclusions
    /// people type translated (<see cref="SearchSyntax"/>); an exclusion with nothing to exclude from is a 400 naming the parameter.
    /// </summary>
    public static string? SearchQuery(this QueryValidator validator, string parameter, string? value)
    {
        if (validator.Text(parameter, value, SearchApi.MaxQueryLength) is not { } text) return null;
        var translation = SearchSyntax.Translate(text);
        if (translation.Error is { } error) validator.Add(parameter, error);
        return translation.Query;
    }
}
