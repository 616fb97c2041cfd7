using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.OpenApi;

/// <summary>
/// The document's tags in the order Swagger UI shows them — what people come for first — each with a description.
/// A tag an endpoint uses but this list lacks still appears, last and undescribed (a test catches that).
/// </summary>
public sealed class ApiTags : IDocumentFilter
{
    public static readonly (string Name, string Description)[] All =
    [
        ("Search", "Full-text search over articles and quotes together, ranked by relevance, with highlighted snippets."),
        ("Articles", "The articles: list, filter, facet and page through them; one article with its paragraphs, entities (with every mention) and quotes."),
        ("Quotes", "Who said what: direct, indirect and mixed quotes with their cue verb and speaker, across articles or one at a time."),
        ("Entities", "People, organisations, places and other named entities, with aliases and Wikidata ids; what each said, where each is mentioned, and who appears with whom."),
        ("Reader", "An article as an HTML page to read, with its entities and quotes highlighted."),
        ("Export", "Every article with its full structure as NDJSON, streamed: for bulk reading."),
        ("Ingestion", "Writes: add, replace and delete articles. Each needs an API key in X-Api-Key (Authorize in Swagger UI)."),
        ("Health", "Liveness and readiness probes for load balancers, orchestrators and the container's healthcheck."),
    ];

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags?.AsEnumerable() ?? [])
            .Select(t => t.Name).OfType<string>().Distinct().ToList();
        var order = All.Select(t => t.Name).ToList();
        document.Tags = new HashSet<OpenApiTag>(used
            .OrderBy(name => order.IndexOf(name) is var i and >= 0 ? i : int.MaxValue)
            .Select(name => new OpenApiTag { Name = name, Description = All.FirstOrDefault(t => t.Name == name).Description }));
    }
}
