using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using NewsApi.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Limits;

/// <summary>
/// Documents what the limits add to every operation but the health probes: the RateLimit-* headers of a success,
/// 429 with Retry-After, and 504 where the request timeout applies (everywhere but the streamed export). Their examples
/// are what this operation would answer under the limits configured: its own budget (reads or writes) and timeout.
/// </summary>
public sealed class LimitsOperationFilter(RateLimits rateLimits, Microsoft.Extensions.Options.IOptions<LimitsOptions> options) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null || context.ApiDescription.RelativePath?.StartsWith("health", StringComparison.Ordinal) == true) return;

        var rateLimitHeaders = new Dictionary<string, IOpenApiHeader>
        {
            ["RateLimit-Limit"] = Header("Requests allowed per window by the budget closest to running out (read or write, NewsApi:Limits).", JsonSchemaType.Integer),
            ["RateLimit-Remaining"] = Header("Requests left in the current window.", JsonSchemaType.Integer),
            ["RateLimit-Reset"] = Header("Seconds until the window closes and the budget is full again.", JsonSchemaType.Integer),
            ["RateLimit-Policy"] = Header("The budget as `permits;w=seconds`, e.g. `600;w=60`.", JsonSchemaType.String),
        };
        foreach (var (status, response) in operation.Responses)
        {
            if (status[0] != '2' || response is not OpenApiResponse success) continue;
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            foreach (var (name, header) in rateLimitHeaders) success.Headers[name] = header;
        }

        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses["429"] = new OpenApiResponse
        {
            Description = $"Too many requests from this client (or with this API key) in the current window; retry after `Retry-After` seconds. Reads have a generous budget by default ({LimitsOptions.DefaultReadPermits.ToString(System.Globalization.CultureInfo.InvariantCulture)} per minute per address; NewsApi:Limits:Read); to read in bulk with fewer requests use `GET /export` or `limit=100` on lists, as a refused read's `detail` says.",
            Headers = new Dictionary<string, IOpenApiHeader>(rateLimitHeaders)
            {
                ["Retry-After"] = Header("Seconds to wait before the budget has room again.", JsonSchemaType.Integer),
            },
            Content = Problem(problem, new ProblemDetails
            {
                Type = "https://tools.ietf.org/html/rfc6585#section-4",
                Title = "Too Many Requests",
                Status = StatusCodes.Status429TooManyRequests,
                Detail = rateLimits.Describe(new DefaultHttpContext
                {
                    Request = { Method = context.ApiDescription.HttpMethod ?? HttpMethods.Get, Path = "/" + context.ApiDescription.RelativePath },
                }),
            }),
        };
        if (options.Value.RequestTimeoutSeconds <= 0
            || context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Timeouts.DisableRequestTimeoutAttribute>().Any()) return;
        operation.Responses["504"] = new OpenApiResponse
        {
            Description = "The request ran longer than NewsApi:Limits:RequestTimeoutSeconds and was cancelled.",
            Content = Problem(problem, new ProblemDetails
            {
                Type = "https://tools.ietf.org/html/rfc9110#section-15.6.5",
                Title = "Gateway Timeout",
                Status = StatusCodes.Status504GatewayTimeout,
                Detail = LimitsSetup.TimeoutDetail(options.Value.RequestTimeoutSeconds),
            }),
        };
    }

    static Dictionary<string, OpenApiMediaType> Problem(IOpenApiSchema schema, ProblemDetails example) => new()
    {
        ["application/problem+json"] = new OpenApiMediaType { Schema = schema, Example = JsonNode.Parse(ExamplesOperationFilter.Problem(example)) },
    };

    static OpenApiHeader Header(string description, JsonSchemaType type) => new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}
