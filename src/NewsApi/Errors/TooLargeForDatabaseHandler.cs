using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NewsApi.Data;

namespace NewsApi.Errors;

/// <summary>
/// A write the database refused because a value is larger than it can store or index
/// (<see cref="DataErrorKind.TooLarge"/>: on PostgreSQL, an article body whose search vector passes 1 MB) is the
/// client's to change: a 422 saying so, not a 500. Not a 413: the body is within NewsApi:MaxArticleBytes, it is its
/// distinct words that are too many. Every other database error stays a 500.
/// </summary>
// the translator is looked up when an error comes: an app (or a test host) without a database has none
internal sealed class TooLargeForDatabaseHandler(IServiceProvider services, IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (services.GetService<IDataErrorTranslator>()?.Translate(exception) is not { Kind: DataErrorKind.TooLarge }) return false;
        context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "Too many words to index",
                Detail = "The article has more distinct words than the database can index for search (PostgreSQL holds at most 1 MB of words and their positions per article): shorten the body or split it into several articles.",
            },
        });
    }
}
