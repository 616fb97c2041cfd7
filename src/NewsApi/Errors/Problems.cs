using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace NewsApi.Errors;

/// <summary>RFC 9457 problem details for the errors the API answers itself.</summary>
public static class Problems
{
    public static NotFound<ProblemDetails> NotFound(string detail) => TypedResults.NotFound(new ProblemDetails
    {
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        Title = "Not Found",
        Status = StatusCodes.Status404NotFound,
        Detail = detail,
    });
}
