using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using NewsApi.Data;
using NewsApi.Errors;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.OpenApi;

/// <summary>
/// Attaches a realistic example to every documented response, each one what this operation answers. Successes are
/// real responses over the seed article, kept in OpenApi/Examples (embedded) and chosen by the response type:
/// <c>Article.json</c>, <c>QuotePage.json</c> for <c>Page&lt;Quote&gt;</c>, <c>QuoteList.json</c> for a list. Errors
/// are made from the operation itself: its 400 is what the validator says about bad values of its own constrained
/// parameters (<see cref="IParameterConstraint"/>), its 404 names the resource of its path. A file
/// <c>{operationId}.{status}.json</c> (<c>CreateArticle.400.json</c>) wins over both; <c>ProblemDetails.503.json</c>
/// serves a status all its operations share. <c>ArticleInput.json</c> is the request body example: an article that is
/// not stored yet, so "Try it out" creates it; <c>{operationId}.request.json</c> replaces it for one operation
/// (<c>ReplaceArticle.request.json</c>: the seed with its title's typo corrected). An <c>.html</c> file is the string example of a <c>text/html</c>
/// response (<c>GetArticleView.200.html</c>).
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
                && (json = Generated(responseType.StatusCode, context)) is null
                && !Examples.TryGetValue($"{name}.{status}", out json) && !Examples.TryGetValue(name, out json)) continue;
            foreach (var (mediaType, media) in response.Content)
                media.Example = mediaType == "text/html" ? JsonValue.Create(json) : JsonNode.Parse(json);
        }
        if (operation.RequestBody?.Content is { } request)
        {
            var input = Examples.GetValueOrDefault($"{operation.OperationId}.request") ?? Examples["ArticleInput"];
            foreach (var (mediaType, media) in request)
            {
                if (mediaType != "text/plain")
                {
                    media.Example = JsonNode.Parse(input);
                    continue;
                }
                media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The title on the first line, then the body (paragraphs separated by blank lines)." };
                media.Example = JsonValue.Create(PlainTextExample(input));
            }
        }
    }

    /// <summary>The example of an error this operation answers, made from the operation; null where there is none to make.</summary>
    static string? Generated(int status, OperationFilterContext context) => status switch
    {
        StatusCodes.Status400BadRequest => ValidationExample(context.ApiDescription),
        StatusCodes.Status404NotFound when ResourceOf(context.ApiDescription.RelativePath) is { } resource =>
            Problem(new NotFoundProblem($"There is no {resource} with id 99.").Value),
        _ => null,
    };

    /// <summary>The 400 of bad values for the operation's first two constrained query parameters, in the validator's words.</summary>
    static string? ValidationExample(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription api)
    {
        var validator = new QueryValidator();
        var constrained = api.ParameterDescriptions
            .Select(p => (p.Name, Constraint: p.ParameterInfo()?.GetCustomAttributes(true).OfType<IParameterConstraint>().FirstOrDefault()))
            .Where(p => p.Constraint is not null).Take(2).ToList();
        if (constrained.Count == 0) return null;
        foreach (var (name, constraint) in constrained) constraint!.Violate(validator, name);
        return Problem(validator.Problem().ProblemDetails);
    }

    /// <summary>"articles/{id:long}/quotes" → "article": the resource whose id the path takes.</summary>
    static string? ResourceOf(string? path) =>
        path?.Split('/') is [var collection, ['{', ..], ..] && collection.Length > 1
            ? collection.EndsWith("ies", StringComparison.Ordinal) ? collection[..^3] + "y" : collection.TrimEnd('s')
            : null;

    /// <summary>A problem as the API writes it, with a trace id of the shape every answer carries.</summary>
    public static string Problem(ProblemDetails problem)
    {
        var json = JsonSerializer.SerializeToNode(problem, problem.GetType(), JsonSerializerOptions.Web)!.AsObject();
        json["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";
        return json.ToJsonString();
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
