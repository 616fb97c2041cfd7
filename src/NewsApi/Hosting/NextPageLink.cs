using Microsoft.AspNetCore.WebUtilities;
using NewsApi.Data;

namespace NewsApi.Hosting;

/// <summary>
/// Adds <c>Link: &lt;…&gt;; rel="next"</c> (RFC 8288) to every page that has a next one: the same request with
/// <c>cursor</c> set to <c>nextCursor</c>.
/// </summary>
public sealed class NextPageLinkFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is IValueHttpResult { Value: IPage { NextCursor: { } cursor } })
        {
            var request = context.HttpContext.Request;
            var query = QueryHelpers.ParseQuery(request.QueryString.Value)
                .Where(p => !p.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
                .Append(new KeyValuePair<string, string?>("cursor", cursor));
            var url = QueryHelpers.AddQueryString($"{request.PathBase}{request.Path}", query);
            context.HttpContext.Response.Headers.Append("Link", $"<{url}>; rel=\"next\"");
        }
        return result;
    }
}

public static class NextPageLinkExtensions
{
    public static TBuilder WithNextPageLinks<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, NextPageLinkFilter>();
}
