using Microsoft.OpenApi;
using NewsApi.Access;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.OpenApi;

/// <summary>Marks the write operations as needing the API key, so Swagger UI's "Authorize" sends it.</summary>
public sealed class ApiKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequiresApiKeyMetadata>().Any()) return;
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyFilter.SchemeName, context.Document)] = [] },
        ];
    }
}
