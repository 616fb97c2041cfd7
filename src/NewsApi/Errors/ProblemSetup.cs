using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Errors;

public static partial class ProblemSetup
{
    /// <summary>Every non-2xx answer is RFC 9457 problem+json, including framework errors (404 route, 405, bad binding).</summary>
    public static IServiceCollection AddNewsProblemDetails(this IServiceCollection services)
    {
        // requestId is the X-Request-Id of the answer, the id its log line carries
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
            UnsupportedMediaType.Describe(context);
        });
        services.AddSingleton<IProblemDetailsWriter, FallbackProblemDetailsWriter>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<TooLargeForDatabaseHandler>();
        // a query value that cannot bind (limit=abc) throws, so the handler can name the parameter
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureSwaggerGen(options => options.OperationFilter<RequestContractOperationFilter>());
        return services;
    }

    public static WebApplication UseNewsProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>
    /// Turns the framework's request errors into a 400 that says what was wrong. <see cref="RequestContract"/> catches
    /// unbindable values before binding; this is the net for any it misses (a body parameter, a type it cannot
    /// parse ahead). The framework's message names the .NET type ("Nullable&lt;int&gt; Limit"): it is read here, once,
    /// for the parameter's name and never shown.
    /// </summary>
    sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
        {
            if (exception is not BadHttpRequestException bad) return false;
            context.Response.StatusCode = bad.StatusCode;
            var problem = FrameworkParameter().Match(bad.Message) is { Success: true } match
                ? ParameterProblem(context, match.Groups["name"].Value, bad.Message.StartsWith("Required", StringComparison.Ordinal))
                : new ProblemDetails
                {
                    Status = bad.StatusCode,
                    Title = bad.StatusCode == StatusCodes.Status400BadRequest ? "Bad Request" : "Request rejected",
                    // a 415 gets its detail from UnsupportedMediaType, naming what to send
                    Detail = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? null : bad.Message,
                };
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
        }

        static HttpValidationProblemDetails ParameterProblem(HttpContext context, string member, bool missing)
        {
            var name = context.GetEndpoint() is { } endpoint && RequestContract.For(endpoint) is { } contract
                && contract.Parameters.FirstOrDefault(p => string.Equals(p.MemberName, member, StringComparison.OrdinalIgnoreCase)) is { } parameter
                ? parameter.Name
                : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [name] = [missing ? $"{name} is required." : $"{name} has a value that cannot be read."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more parameters are invalid.",
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            };
        }

        // Failed to bind parameter "Nullable<int> Limit" from "abc". / Required parameter "string q" was not provided …
        [System.Text.RegularExpressions.GeneratedRegex("""parameter "(?:[^"]* )?(?<name>\w+)"(?! but)""")]
        private static partial System.Text.RegularExpressions.Regex FrameworkParameter();
    }
}
