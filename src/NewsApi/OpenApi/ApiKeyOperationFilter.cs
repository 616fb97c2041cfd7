using Microsoft.OpenApi;
using NewsApi.Access;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.OpenApi;

/// <summary>
/// Declares every operation's security: the writes need the API key (so Swagger UI's "Authorize" sends it), every other
/// operation is public (<c>security: []</c>), said explicitly so that no reader (or linter) has to guess.
/// </summary>
public sealed class ApiKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequiresApiKeyMetadata>().Any())
        {
            operation.Security = [];
            return;
        }
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyFilter.SchemeName, context.Document)] = [] },
        ];
    }
}
