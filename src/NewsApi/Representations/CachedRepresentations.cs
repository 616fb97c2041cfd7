using Microsoft.AspNetCore.Http.Metadata;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Errors;

namespace NewsApi.Representations;

/// <summary>Which representations a GET endpoint offers (the first is the default) for its 200 body of type <see cref="ItemType"/>.</summary>
public sealed record RepresentationMetadata(IReadOnlyList<Representation> Offered, Type ItemType)
{
    /// <summary>Lists (which may be CSV) take <c>?format=</c> as well as <c>Accept</c>.</summary>
    public bool HasFormatParameter => Offered.Contains(Representation.Csv);

    /// <summary>
    /// Whether a 200 body of this type can be written as the representation: JSON always, JSON-LD an
    /// <see cref="Article"/>, CSV a page or list of a type with <see cref="CsvColumns"/>.
    /// </summary>
    public static bool CanWrite(Representation representation, Type value) => representation switch
    {
        Representation.JsonLd => value == typeof(Article),
        Representation.Csv => value.IsGenericType
            && (value.GetGenericTypeDefinition() == typeof(Page<>) || value.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            && CsvColumns.Supports(value.GetGenericArguments()[0]),
        _ => true,
    };
}

/// <summary>Where a GET endpoint's JSON 200 answer is found stored ready to send (null: build it as usual).</summary>
public sealed record StoredJsonMetadata(Func<HttpContext, CancellationToken, Task<StoredJson?>> Find);

/// <summary>A JSON 200 body stored as sent: its bytes (UTF-8), their ETag, and Last-Modified.</summary>
public sealed record StoredJson(byte[] Body, string ETag, DateTimeOffset? LastModified);

public static class CachedRepresentations
{
    /// <summary>
    /// With <see cref="CacheRepresentations"/>: a JSON answer not in the cache is first looked for with
    /// <paramref name="find"/>, and when found sent as stored (no handler call, no serialisation); otherwise, and for
    /// every other representation, the handler's answer is rendered as usual. The stored bytes must be exactly what
    /// the JSON representation of the handler's answer would be.
    /// </summary>
    public static RouteHandlerBuilder ServeStoredJson(this RouteHandlerBuilder builder, Func<HttpContext, CancellationToken, Task<StoredJson?>> find) =>
        builder.WithMetadata(new StoredJsonMetadata(find));

    /// <summary>
    /// Opts a GET endpoint in to served representations: its 200 answer goes out in whichever of
    /// <paramref name="offered"/> the client negotiates (the first by default; CSV also through <c>?format=</c>; 406
    /// when it accepts none), rendered once with ETag, Cache-Control and Vary, and kept in the
    /// <see cref="RepresentationCache"/> until the <see cref="IDataChangeSignal"/> says the data changed. Any other
    /// answer (400, 404) passes through and is never cached. An endpoint without this call is never cached.
    /// Building the endpoint fails when it is no GET, has no documented 200 body, or that body cannot be written as
    /// one of <paramref name="offered"/>.
    /// </summary>
    public static RouteHandlerBuilder CacheRepresentations(this RouteHandlerBuilder builder, params Representation[] offered)
    {
        if (offered.Length == 0 || offered.Distinct().Count() != offered.Length)
            throw new ArgumentException("Offer at least one representation, each once.", nameof(offered));
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is not { HttpMethods: [var method] } || !HttpMethods.IsGet(method))
                throw new InvalidOperationException($"{endpoint.DisplayName}: only a GET endpoint can serve cached representations.");
            var body = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>()
                .FirstOrDefault(p => p.StatusCode == StatusCodes.Status200OK && p.Type is not null && p.Type != typeof(void))?.Type
                ?? throw new InvalidOperationException($"{endpoint.DisplayName}: cached representations need a 200 answer with a body (Ok<T>).");
            foreach (var representation in offered.Where(r => !RepresentationMetadata.CanWrite(r, body)))
                throw new InvalidOperationException($"{endpoint.DisplayName}: a {body.Name} cannot be written as {MediaTypes.Of(representation)}.");

            var metadata = new RepresentationMetadata(offered, body);
            endpoint.Metadata.Add(metadata);
            if (metadata.HasFormatParameter) endpoint.Metadata.Add(new ExtraQueryParameterMetadata("format"));
            endpoint.FilterFactories.Add((_, next) =>
            {
                // the endpoint's metadata is complete here, whatever order the builder's calls came in
                var filter = new RepresentationFilter(metadata, endpoint.Metadata.OfType<StoredJsonMetadata>().LastOrDefault());
                return invocation => filter.InvokeAsync(invocation, next);
            });
        });
        return builder;
    }
}
