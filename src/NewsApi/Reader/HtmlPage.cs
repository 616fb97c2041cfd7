using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace NewsApi.Reader;

/// <summary>
/// A 200 <c>text/html</c> page served with a Content-Security-Policy that allows nothing but its own inline styles
/// and same-origin images: the page shows untrusted article text, so even a missed escape could run no script.
/// </summary>
public sealed class HtmlPage(string html) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public string Html { get; } = html;

    public int? StatusCode => StatusCodes.Status200OK;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        var bytes = Encoding.UTF8.GetBytes(Html);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/html"]));
}
