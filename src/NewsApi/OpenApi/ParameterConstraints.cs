using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsApi.Data;
using NewsApi.Errors;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.OpenApi;

/// <summary>A query parameter that takes one of an enum's names (<see cref="Names"/>), as the validator checks it.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute<T> : Attribute, IParameterConstraint where T : struct, Enum
{
    public void Apply(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.String;
        schema.Enum = [.. Enum.GetValues<T>().Select(v => (JsonNode)JsonValue.Create(Names.Of(v))!)];
    }

    public void Violate(QueryValidator validator, string parameter) => validator.Enum<T>(parameter, "bogus");
}

/// <summary>A query parameter that takes a comma-separated list of an enum's names (<c>facets=entity,month</c>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ListOfAttribute<T> : Attribute, IParameterConstraint where T : struct, Enum
{
    public void Apply(OpenApiSchema schema)
    {
        schema.Type = JsonSchemaType.Array;
        schema.Format = null;
        schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Enum.GetValues<T>().Select(v => (JsonNode)JsonValue.Create(Names.Of(v))!)] };
        schema.UniqueItems = true;
    }

    public bool CommaSeparated => true;

    public void Violate(QueryValidator validator, string parameter) => validator.List<T>(parameter, "bogus");
}

/// <summary>An integer query parameter the validator accepts from <paramref name="min"/> to <paramref name="max"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class BetweenAttribute(int min, int max) : Attribute, IParameterConstraint
{
    public int Min => min;
    public int Max => max;

    public void Apply(OpenApiSchema schema)
    {
        schema.Minimum = min.ToString(System.Globalization.CultureInfo.InvariantCulture);
        schema.Maximum = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Violate(QueryValidator validator, string parameter) => validator.Range(parameter, max + 1, min, max);
}

/// <summary>What a constraint on a query parameter says in the document, and what breaking it costs (for the 400 example).</summary>
public interface IParameterConstraint
{
    void Apply(OpenApiSchema schema);

    /// <summary>Feeds the validator a value this constraint refuses, so the example carries the validator's own words.</summary>
    void Violate(QueryValidator validator, string parameter);

    bool CommaSeparated => false;
}

/// <summary>
/// Puts the constraints declared on the [AsParameters] records (<see cref="OneOfAttribute{T}"/>,
/// <see cref="ListOfAttribute{T}"/>, <see cref="BetweenAttribute"/>) into the parameters' schemas, so Swagger UI offers
/// a choice instead of a free-text box and a client knows the bounds before it is told with a 400.
/// </summary>
public sealed class ParameterConstraintsFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var member = (ICustomAttributeProvider?)context.ParameterInfo ?? context.PropertyInfo;
        if (member is null || parameter is not OpenApiParameter concrete || concrete.Schema is not OpenApiSchema schema) return;
        foreach (var constraint in member.GetCustomAttributes(inherit: true).OfType<IParameterConstraint>())
        {
            constraint.Apply(schema);
            if (constraint.CommaSeparated) (concrete.Style, concrete.Explode) = (ParameterStyle.Form, false);
        }
    }
}
