using Microsoft.OpenApi;
using NewsApi.Extraction;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.OpenApi;

/// <summary>
/// Says what each value of the extraction library's enums means. Their XML documentation is not part of this
/// assembly's, and a property that refers to an enum schema cannot carry a description of its own in OpenAPI 3.0.
/// </summary>
public sealed class EnumDescriptionsSchemaFilter : ISchemaFilter
{
    static readonly Dictionary<Type, string> Descriptions = new()
    {
        [typeof(EntityType)] = "person, organization, location, or other (events, products, weapons, …).",
        [typeof(QuoteKind)] = "direct: all in quote marks; indirect: reported speech; mixed: reported speech with a quoted fragment.",
        [typeof(QuoteAttribution)] = "statement: something said or written (said, told, wrote, announced, according to); "
            + "stance: something the speaker holds (believes, wants, fears, hopes, opposes, is convinced that). "
            + "Quote lists return both unless `attribution` picks one.",
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Descriptions.TryGetValue(context.Type, out var description))
            concrete.Description = description;
    }
}
