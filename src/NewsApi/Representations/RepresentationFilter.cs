using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using NewsApi.Articles;
using NewsApi.Errors;

namespace NewsApi.Representations;

/// <summary>
/// Serves a GET endpoint's 200 answer in the negotiated representation, with validators (ETag, Last-Modified) and
/// caching headers, from the <see cref="RepresentationCache"/> when the database has not changed since it was
/// rendered. Other answers (400, 404) pass through untouched and are never cached. Added to the endpoints that call
/// <see cref="CachedRepresentations.CacheRepresentations"/>, with the metadata that call attached.
/// </summary>
public sealed class RepresentationFilter(RepresentationMetadata metadata, StoredJsonMetadata? stored = null) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method)) return await next(context);

        Representation representation;
        if (metadata.HasFormatParameter && http.Request.Query.TryGetValue("format", out var format))
        {
            var byName = metadata.Offered.Where(r => string.Equals(ContentNegotiation.FormatName(r), format, StringComparison.OrdinalIgnoreCase)).ToList();
            if (byName.Count == 0)
            {
                var validator = new QueryValidator();
                validator.Add("format", $"format must be one of: {string.Join(", ", metadata.Offered.Select(ContentNegotiation.FormatName))}; got '{format}'.");
                return validator.Problem();
            }
            representation = byName[0];
        }
        else if (ContentNegotiation.Choose(http.Request.Headers.Accept, metadata.Offered) is { } chosen) representation = chosen;
        else return NotAcceptable(http);

        var cache = http.RequestServices.GetRequiredService<RepresentationCache>();
        var cacheKey = cache.KeyFor(http.Request, representation);
        if (cacheKey is not null && cache.TryGet(cacheKey, out var cached)) return cached;

        if (representation == Representation.Json && stored is not null && await stored.Find(http, http.RequestAborted) is { } document)
        {
            var ready = new ValidatedRepresentation(document.Body, MediaTypes.ContentType(Representation.Json), document.LastModified, etag: document.ETag);
            if (cacheKey is not null) cache.Add(cacheKey, ready);
            return ready;
        }

        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is not (IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK } and IValueHttpResult { Value: { } value }))
            return result;

        var rendered = Render(http, representation, value);
        if (cacheKey is not null) cache.Add(cacheKey, rendered);
        return rendered;
    }

    static ValidatedRepresentation Render(HttpContext http, Representation representation, object value)
    {
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var lastModified = value is Article article ? article.UpdatedAt : (DateTimeOffset?)null;
        var nextLink = NextLink(http, value);
        return representation switch
        {
            Representation.Csv when CsvColumns.Write(PageParts.Items(value)) is { } csv =>
                new ValidatedRepresentation(csv, MediaTypes.ContentType(Representation.Csv), lastModified, nextLink),
            Representation.JsonLd when value is Article a =>
                new ValidatedRepresentation(JsonSerializer.SerializeToUtf8Bytes(JsonLd.ForArticle(a, BaseUrl(http.Request)), json),
                    MediaTypes.ContentType(Representation.JsonLd), lastModified),
            _ => new ValidatedRepresentation(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json),
                MediaTypes.ContentType(Representation.Json), lastModified, nextLink),
        };
    }

    // written directly: the problem details writer declines when Accept rules out JSON, which a 406 always does
    ProblemHttpResult NotAcceptable(HttpContext http) => TypedResults.Problem(new ProblemDetails
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.7",
        Title = "Not Acceptable",
        Status = StatusCodes.Status406NotAcceptable,
        Detail = NotAcceptableDetail(metadata.Offered, http.Request.Headers.Accept.ToString()),
        Extensions = { ["traceId"] = http.TraceIdentifier },
    });

    public static string NotAcceptableDetail(IEnumerable<Representation> offered, string accept) =>
        $"This resource is available as {string.Join(", ", offered.Select(MediaTypes.Of))}; the Accept header '{accept}' allows none of them.";

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    // The next page as an RFC 8288 Link header, beside nextCursor in JSON (and instead of it in CSV, which has no room)
    static string? NextLink(HttpContext http, object value)
    {
        if (PageParts.NextCursor(value) is not { } cursor) return null;
        var query = http.Request.Query.Where(q => q.Key != "cursor").SelectMany(q => q.Value.Select(v => (q.Key, v))).ToList();
        var url = QueryHelpers.AddQueryString(BaseUrl(http.Request) + http.Request.Path,
            [.. query.Select(q => new KeyValuePair<string, string?>(q.Key, q.v)), new("cursor", cursor)]);
        return $"<{url}>; rel=\"next\"";
    }
}
