using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsApi.Data;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.OpenApi;

/// <summary>
/// Attaches a realistic example to every documented response: real responses of this API over the seed article,
/// kept in OpenApi/Examples (embedded). The file is chosen by the response type: <c>Article.json</c>,
/// <c>QuotePage.json</c> for <c>Page&lt;Quote&gt;</c>, <c>QuoteList.json</c> for a list, and
/// <c>ProblemDetails.503.json</c> where one status needs its own, <c>CreateArticle.400.json</c> where one operation
/// does; <c>ArticleInput.json</c> is the request body example. An <c>.html</c> file is the string example of a
/// <c>text/html</c> response (<c>GetArticleView.200.html</c>).
/// </summary>
public sealed class ExamplesOperationFilter : IOperationFilter
{
    const string ResourcePrefix = "NewsApi.OpenApi.Examples.";

    public static IReadOnlyDictionary<string, string> Examples { get; } = LoadExamples();

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null) return;
        foreach (var responseType in context.ApiDescription.SupportedResponseTypes)
        {
            var status = responseType.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (responseType.Type is null || !operation.Responses.TryGetValue(status, out var response) || response.Content is null) continue;
            var name = ExampleName(responseType.Type);
            if (!Examples.TryGetValue($"{operation.OperationId}.{status}", out var json)
                && !Examples.TryGetValue($"{name}.{status}", out json) && !Examples.TryGetValue(name, out json)) continue;
            foreach (var (mediaType, media) in response.Content)
                media.Example = mediaType == "text/html" ? JsonValue.Create(json) : JsonNode.Parse(json);
        }
        if (operation.RequestBody?.Content is { } request)
        {
            foreach (var (mediaType, media) in request)
                media.Example = mediaType == "text/plain"
                    ? JsonValue.Create(PlainTextExample(Examples["ArticleInput"]))
                    : JsonNode.Parse(Examples["ArticleInput"]);
        }
    }

    static string PlainTextExample(string json)
    {
        var input = JsonNode.Parse(json)!;
        return $"{input["title"]}\n\n{input["body"]}";
    }

    /// <summary>Article → "Article"; Page&lt;Quote&gt; → "QuotePage"; IReadOnlyList&lt;Quote&gt; → "QuoteList".</summary>
    public static string ExampleName(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Page<>))
            return ExampleName(type.GetGenericArguments()[0]) + "Page";
        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;
        return element is null ? type.Name : ExampleName(element) + "List";
    }

    static Dictionary<string, string> LoadExamples()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            examples[Path.GetFileNameWithoutExtension(resource[ResourcePrefix.Length..])] = reader.ReadToEnd();
        }
        return examples;
    }
}
