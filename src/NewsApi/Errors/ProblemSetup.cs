using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Errors;

public static class ProblemSetup
{
    /// <summary>Every non-2xx answer is RFC 9457 problem+json, including framework errors (404 route, 405, bad binding).</summary>
    public static IServiceCollection AddNewsProblemDetails(this IServiceCollection services)
    {
        // requestId is the X-Request-Id of the answer, the id its log line carries
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddSingleton<IProblemDetailsWriter, FallbackProblemDetailsWriter>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // a query value that cannot bind (limit=abc) throws, so the handler can name the parameter
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseNewsProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>Turns the framework's request errors (unbindable values, malformed JSON) into a 400 that says what was wrong.</summary>
    sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
        {
            if (exception is not BadHttpRequestException bad) return false;
            context.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails = new ProblemDetails
                {
                    Status = bad.StatusCode,
                    Title = bad.StatusCode == StatusCodes.Status400BadRequest ? "Bad Request" : "Request rejected",
                    Detail = bad.Message,
                },
            });
        }
    }
}
