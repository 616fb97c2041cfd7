using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace NewsApi.Errors;

/// <summary>
/// Makes every 415 say what to send instead: the content types the operation declares (its <c>Accepts</c>
/// metadata) as <c>acceptedContentTypes</c>, in the detail, and in an <c>Accept</c> header (RFC 9110 §15.5.16).
/// Routing itself answers most 415s, from an endpoint of its own that knows nothing of the operation, so the
/// operation is found again by method and path.
/// </summary>
public static class UnsupportedMediaType
{
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status != StatusCodes.Status415UnsupportedMediaType) return;
        var http = context.HttpContext;
        if (Accepted(http) is not { Count: > 0 } accepted) return;
        context.ProblemDetails.Extensions["acceptedContentTypes"] = accepted;
        var sent = string.IsNullOrEmpty(http.Request.ContentType) ? "A body without a Content-Type" : $"Content-Type {http.Request.ContentType}";
        context.ProblemDetails.Detail ??= $"{sent} is not accepted here: send {string.Join(" or ", accepted)} (with curl: -H 'Content-Type: {accepted[0]}' --data-binary @file; plain -d sends a form).";
        if (!http.Response.HasStarted) http.Response.Headers.Accept = string.Join(", ", accepted);
    }

    static IReadOnlyList<string> Accepted(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } own) return own.ContentTypes;
        var endpoints = http.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints;
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not { ContentTypes.Count: > 0 } accepts) continue;
            if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods
                && !methods.HttpMethods.Contains(http.Request.Method, StringComparer.OrdinalIgnoreCase)) continue;
            if (new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), []).TryMatch(http.Request.Path, []))
                return accepts.ContentTypes;
        }
        return [];
    }
}
