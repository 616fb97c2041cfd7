using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using NewsApi.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Representations;

/// <summary>
/// Documents what <see cref="RepresentationFilter"/> adds to an operation: the CSV and JSON-LD content of its 200
/// (with real examples from OpenApi/Examples: <c>QuotePage.csv</c>, or <c>GetArticleQuotes.200.csv</c> where one
/// operation needs its own, <c>Article.jsonld</c>, …), the <c>format</c>
/// parameter, the caching headers, 304 and 406; and the export's NDJSON example (<c>ExportArticles.ndjson</c>).
/// </summary>
public sealed class RepresentationsOperationFilter : IOperationFilter
{
    const string ResourcePrefix = "NewsApi.Representations.Examples.";

    /// <summary>Examples that are not JSON, by file name (<c>QuotePage.csv</c>).</summary>
    public static IReadOnlyDictionary<string, string> Examples { get; } = LoadExamples();

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId == "ExportArticles" && operation.Responses?["200"].Content is { } export
            && export.TryGetValue(MediaTypes.Ndjson, out var ndjson))
        {
            // an NDJSON body is lines of JSON, not one JSON document: as a whole it is text
            ndjson.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "One Article (the schema of GET /articles/{id}) as JSON per line." };
            ndjson.Example = JsonValue.Create(Examples["ExportArticles.ndjson"]);
        }

        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RepresentationMetadata>().FirstOrDefault() is not { } metadata
            || operation.Responses is null || !operation.Responses.TryGetValue("200", out var okResponse) || okResponse is not OpenApiResponse ok)
            return;

        ok.Content ??= new Dictionary<string, OpenApiMediaType>();
        var name = ExamplesOperationFilter.ExampleName(metadata.ItemType);
        if (metadata.Offered.Contains(Representation.Csv))
            ok.Content[MediaTypes.Csv] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180 CSV with a header row; the next page is in the Link header." },
                Example = JsonValue.Create(Examples.TryGetValue($"{operation.OperationId}.200.csv", out var own) ? own : Examples[$"{name}.csv"]),
            };
        if (metadata.Offered.Contains(Representation.JsonLd))
            ok.Content[MediaTypes.JsonLd] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "schema.org NewsArticle (JSON-LD)." },
                Example = JsonNode.Parse(Examples[$"{name}.jsonld"]),
            };

        ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
        ok.Headers["ETag"] = Header("Strong validator: SHA-256 of the uncompressed representation. Send it back as If-None-Match to get 304 when unchanged. Weakened to W/\"…\" when the response is compressed.");
        ok.Headers["Cache-Control"] = Header("no-cache: a cache (browser, proxy, CDN) may store the answer but must revalidate it with If-None-Match before every use, which costs a 304 when unchanged. A deployment that sets NewsApi:CacheMaxAgeSeconds sends max-age=N, must-revalidate instead.");
        ok.Headers["Vary"] = Header("Accept, Accept-Encoding.");
        if (metadata.ItemType == typeof(Articles.Article))
            ok.Headers["Last-Modified"] = Header("The article's updatedAt (to the second); If-Modified-Since is honoured when no If-None-Match is sent.");
        if (metadata.HasFormatParameter)
            ok.Headers["Link"] = Header("CSV only: <…?cursor=…>; rel=\"next\" when there is a next page.");

        operation.Responses["304"] = new OpenApiResponse
        {
            Description = "Not Modified: If-None-Match matched the ETag (or, without If-None-Match, If-Modified-Since is not older than Last-Modified). No body; ETag, Cache-Control and Vary as on 200.",
        };
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses["406"] = new OpenApiResponse
        {
            Description = $"Not Acceptable: the Accept header allows none of {string.Join(", ", metadata.Offered.Select(MediaTypes.Of))}.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [MediaTypes.Problem] = new()
                {
                    Schema = problem,
                    Example = JsonNode.Parse(ExamplesOperationFilter.Problem(new ProblemDetails
                    {
                        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.7",
                        Title = "Not Acceptable",
                        Status = StatusCodes.Status406NotAcceptable,
                        Detail = RepresentationFilter.NotAcceptableDetail(metadata.Offered, "application/xml"),
                    })),
                },
            },
        };

        if (metadata.HasFormatParameter)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "format",
                In = ParameterLocation.Query,
                Description = "json or csv; overrides the Accept header (handy in a browser or spreadsheet). Anything else is a 400.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("json"), JsonValue.Create("csv")] },
            });
            if (!operation.Responses.ContainsKey("400"))
                operation.Responses["400"] = new OpenApiResponse
                {
                    Description = "Bad Request: format is neither json nor csv.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [MediaTypes.Problem] = new()
                        {
                            Schema = context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository),
                            Example = JsonNode.Parse(ExamplesOperationFilter.Examples["Format.400"]),
                        },
                    },
                };
        }
    }

    static OpenApiHeader Header(string description) => new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };

    static Dictionary<string, string> LoadExamples()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            examples[resource[ResourcePrefix.Length..]] = reader.ReadToEnd();
        }
        return examples;
    }
}
