using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace NewsApi.Errors;

/// <summary>
/// Writes problem+json whatever the request's Accept header says. The framework's writer declines when a client
/// accepts neither JSON nor <c>*/*</c> (Accept: text/csv, or garbage), which left errors as text/plain or as an
/// empty body; registered after it, this one answers those.
/// </summary>
sealed class FallbackProblemDetailsWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        http.Response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(http.Response.Body, problem, problem.GetType(), jsonOptions.Value.SerializerOptions, http.RequestAborted);
    }
}
