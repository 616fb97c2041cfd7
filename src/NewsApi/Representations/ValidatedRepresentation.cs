using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NewsApi.Representations;

/// <summary>
/// A GET 200 answer rendered to bytes first, so it can carry a strong <c>ETag</c> (SHA-256 of exactly these bytes,
/// before any content coding) and answer a matching <c>If-None-Match</c> — or, without one, an
/// <c>If-Modified-Since</c> not older than <c>Last-Modified</c> — with 304 and no body.
/// </summary>
public sealed class ValidatedRepresentation(byte[] body, string contentType, DateTimeOffset? lastModified = null, string? link = null, string? etag = null) : IResult
{
    /// <summary>The strong ETag of the body, computed now unless given (a stored document carries its own).</summary>
    public string ETag { get; } = etag ?? ETagOf(body);

    // a cached answer is sent many times: its header texts are made once, not per request
    // HTTP dates have whole seconds: compare and send the time truncated to the second
    readonly DateTimeOffset? _modified = lastModified is { } m ? new DateTimeOffset(m.UtcTicks - m.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero) : null;
    string? _lastModifiedText;
    string? _weakETag;

    string WeakETag => _weakETag ??= "W/" + ETag;

    /// <summary>SHA-256 of exactly these bytes, base64url, quoted.</summary>
    public static string ETagOf(byte[] body) => $"\"{Base64Url.EncodeToString(SHA256.HashData(body))}\"";

    /// <summary>The body's size in bytes.</summary>
    public int Length => body.Length;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        var options = httpContext.RequestServices.GetRequiredService<IOptions<RepresentationOptions>>().Value;

        // RFC 9110 §15.4.5: a 304 carries the same validators and caching headers the 200 would have
        response.Headers.ETag = ETag;
        response.Headers.CacheControl = options.CacheControl;
        response.Headers.Vary = "Accept, Accept-Encoding";
        if (_modified is { } lm) response.Headers.LastModified = _lastModifiedText ??= HeaderUtilities.FormatDate(lm);
        if (link is not null) response.Headers.Link = link;

        if (NotModified(request, _modified, out var matchedWeak))
        {
            // answer in the form the client holds: a cache that stored the compressed response sent W/"…"
            if (matchedWeak) response.Headers.ETag = WeakETag;
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        // ResponseCompression keeps the ETag as it is, but a gzip body is not byte-identical to this one, so a
        // strong validator would lie (RFC 9110 §8.8.3): weaken it once the compressor has set Content-Encoding.
        // It compresses only for a request that accepts an encoding: without one there is nothing to watch for.
        if (request.Headers.AcceptEncoding.Count > 0)
            response.OnStarting(static state =>
            {
                var (response, representation) = ((HttpResponse, ValidatedRepresentation))state;
                if (response.Headers.ContentEncoding.Count > 0) response.Headers.ETag = representation.WeakETag;
                return Task.CompletedTask;
            }, (response, this));
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    bool NotModified(HttpRequest request, DateTimeOffset? modified, out bool matchedWeak)
    {
        matchedWeak = false;
        if (request.Headers.IfNoneMatch.Count == 0 && request.Headers.IfModifiedSince.Count == 0) return false;
        var headers = request.GetTypedHeaders();
        if (request.Headers.IfNoneMatch.Count > 0)
        {
            // weak comparison (RFC 9110 §13.1.2): W/"x" matches "x", as a cache holding the compressed response sends it
            var tag = new EntityTagHeaderValue(ETag);
            var match = headers.IfNoneMatch.FirstOrDefault(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false));
            matchedWeak = match is { IsWeak: true };
            return match is not null;
        }
        return modified is { } lm && headers.IfModifiedSince is { } since && lm <= since;
    }
}
