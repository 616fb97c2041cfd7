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
    [property: Description("The search: words (all must match), \"a phrase\", prefix*, AND / OR, NOT or - before a term to exclude it (syria NOT iran, syria -iran, Khosravi AND NOT Shamkhani), (grouping), and column filters title: and body: (articles), text: and speaker: (quotes), {title body}: for several, NEAR(a b, 5). Operators are upper case; put words with other punctuation in double quotes. At most 500 characters; a query that does not parse is a 400 saying what is wrong and at which character.")] [FromQuery(Name = "q")] string? Q = null,
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
            .WithDescription("Articles (title and body) and quotes (their words and their speaker: the name as written and the entity it resolves to) ranked together, best first (title hits weigh five times body hits). A query matching more articles, or more quotes, than `NewsApi:Search:RankCandidates` (default 2000) is ranked over the newest (most recently added) that many of each; among equal scores the newest hit comes first. `score` is the search engine's relevance number, only for ordering the hits of one search, and lower is better on both providers: on SQLite it is FTS5's bm25, on PostgreSQL the negated ts_rank_cd; its scale changes with the engine, the query and the collection, so compare scores only within one search. Each hit has an HTML-escaped `snippet` with the hits in `<mark>` and `highlights` with their exact offsets in the article. Supports phrases (\"strategic partnership\"), prefixes (terror*), AND, OR, exclusion with NOT or a leading - (syria NOT iran, syria -iran, Khosravi AND NOT Shamkhani; a query that only excludes is a 400), parentheses, NEAR(iran syria, 5) and column filters (title:syria, body:, text: for a quote's words, speaker:Khosravi, {title body}:syria); a filter on a column of the other index matches nothing in this one (title:syria finds no quotes), and one on a column the searched type lacks is a 400. A query that does not parse is a 400 saying what is wrong and at which character. Keyset-paginated with `cursor`/`nextCursor`. Also as CSV (`Accept: text/csv` or `format=csv`): columns type, id, articleId, title, publishedAt, speaker, score, snippet, highlights (`field:start-end`, joined with \"; \").");
        return group;
    }

    internal static async Task<Results<Ok<Page<SearchHit>>, ValidationProblem>> Search(
        [AsParameters] SearchQuery query, SearchStore store, CancellationToken ct)
    {
        var validator = new QueryValidator();
        var type = validator.Enum<SearchHitType>("type", query.Type);
        SearchIndex[] indexes = type switch
        {
            SearchHitType.Article => [SearchIndex.Articles],
            SearchHitType.Quote => [SearchIndex.Quotes],
            _ => [SearchIndex.Articles, SearchIndex.Quotes],
        };
        var q = validator.SearchQuery("q", query.Q ?? "", indexes);
        var limit = validator.Limit(query.Limit);
        var cursor = validator.Cursor(query.Cursor, SearchStore.IsValidCursor);
        if (!validator.IsValid) return validator.Problem();
        return TypedResults.Ok(await store.SearchAsync(q!, indexes.Contains(SearchIndex.Articles), indexes.Contains(SearchIndex.Quotes), limit, cursor, ct));
    }
}

public static class SearchQueryValidation
{
    /// <summary>
    /// A search text parsed once (<see cref="SearchQueryParser"/>): at most <see cref="SearchApi.MaxQueryLength"/>
    /// characters, naming only columns of the <paramref name="indexes"/> searched; otherwise a 400 naming the
    /// parameter, saying what is wrong and where.
    /// </summary>
    public static SearchExpression? SearchQuery(this QueryValidator validator, string parameter, string? value, params IReadOnlyList<SearchIndex> indexes)
    {
        if (validator.Text(parameter, value, SearchApi.MaxQueryLength) is null) return null;
        SearchExpression query;
        try
        {
            query = SearchQueryParser.Parse(value!);
        }
        catch (InvalidSearchQueryException e)
        {
            validator.Add(parameter, e.Message);
            return null;
        }
        if (query.Columns().Where(c => !indexes.Any(i => i.Columns.Contains(c))).Select(c => (SearchColumn?)c).FirstOrDefault() is { } stray)
        {
            var owner = stray is SearchColumn.Title or SearchColumn.Body ? SearchIndex.Articles : SearchIndex.Quotes;
            validator.Add(parameter, $"{parameter} filters by {SearchIndex.NameOf(stray)}:, a column of {owner.Name}, but this searches {string.Join(" and ", indexes.Select(i => i.Name))}, whose columns are {string.Join(", ", indexes.SelectMany(i => i.Columns).Select(c => SearchIndex.NameOf(c) + ":"))}.");
            return null;
        }
        return query;
    }
}
