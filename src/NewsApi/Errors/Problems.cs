namespace NewsApi.Errors;

/// <summary>RFC 9457 problem details for the errors the API answers itself.</summary>
public static class Problems
{
    public static NotFoundProblem NotFound(string detail) => new(detail);
}
