using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Errors;

/// <summary>
/// Documents the 400 that <see cref="RequestContract"/> answers on every operation: an unknown query parameter or a
/// value that cannot bind. An operation without a 400 of its own gets one, with an example made from its own
/// accepted parameters.
/// </summary>
public sealed class RequestContractOperationFilter : IOperationFilter
{
    public const string Explanation = "An unknown query parameter (the problem lists the accepted ones), a value that cannot be read as its type (limit=abc) or a single-valued parameter given twice is a 400 naming the parameter.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (RequestContract.For(context.ApiDescription) is not { } contract) return;
        operation.Responses ??= [];
        if (operation.Responses.TryGetValue("400", out var existing))
        {
            if (existing is OpenApiResponse response && response.Description?.Contains("unknown query parameter", StringComparison.Ordinal) != true)
                response.Description = $"{response.Description} {Explanation}".Trim();
            return;
        }
        var accepts = contract.QueryNames.Count == 0
            ? $"{contract.Operation} takes no query parameters."
            : $"{contract.Operation} accepts these query parameters: {string.Join(", ", contract.QueryNames)}.";
        var example = new JsonObject
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            ["title"] = "One or more query parameters are invalid.",
            ["status"] = 400,
            ["detail"] = accepts,
            ["errors"] = new JsonObject
            {
                ["page"] = new JsonArray(contract.QueryNames.Count == 0
                    ? $"page is not a parameter of {contract.Operation}, which takes no query parameters."
                    : $"page is not a parameter of {contract.Operation}; it accepts: {string.Join(", ", contract.QueryNames)}."),
            },
            ["traceId"] = "00-5d4ee7133211f5f89fb81f7a3b5b06ff-61a76970218abfcc-00",
        };
        operation.Responses["400"] = new OpenApiResponse
        {
            Description = $"Bad Request. {Explanation}",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new()
                {
                    Schema = context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository),
                    Example = example,
                },
            },
        };
    }
}
