using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Errors;

/// <summary>
/// A 404 written as <c>application/problem+json</c> through the problem details service (so it carries the
/// traceId like every other error), and documented as such in the OpenAPI document.
/// </summary>
public sealed class NotFoundProblem(string detail) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    public ProblemDetails Value { get; } = new()
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "Not Found",
        Status = StatusCodes.Status404NotFound,
        Detail = detail,
    };

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => StatusCodes.Status404NotFound;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        var problems = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = Value });
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ["application/problem+json"]));
}
