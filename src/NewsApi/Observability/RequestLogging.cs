using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NewsApi.Observability;

/// <summary>
/// Gives every request an id (a sane incoming <c>X-Request-Id</c>, else a new one), echoes it, puts it in
/// problem details as <c>requestId</c>, and writes one log line per request: method, path (never the query or any
/// header, so keys and search terms stay out of logs), status, elapsed ms, request id. Also counts the request.
/// </summary>
public sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger, NewsMetrics metrics)
{
    public const string HeaderName = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var incoming = context.Request.Headers[HeaderName].ToString();
        var id = SaneId().IsMatch(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        // static, with the context as state: no closure and no delegate allocated per request
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            http.Response.Headers[HeaderName] = http.TraceIdentifier;
            return Task.CompletedTask;
        }, context);
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            // a client that hung up never saw a status; 499 is how proxies log that
            if (context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted) status = 499;
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.Request(context.Request.Method, route, status, elapsed);
            LogRequest(context.Request.Method, context.Request.Path.Value ?? "/", status, elapsed.TotalMilliseconds, id);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} {StatusCode} {ElapsedMs:0.0} ms {RequestId}")]
    partial void LogRequest(string method, string path, int statusCode, double elapsedMs, string requestId);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SaneId();
}
