using System.Reflection;

namespace NewsApi.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddNewsOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new()
            {
                Title = "NewsApi",
                Version = "v1",
                Description = """
                    Structured news articles: the text, the quotes in it (who said what, direct or reported) and the
                    named entities it mentions, with every mention's offsets.

                    Offsets are UTF-16 code units (what JavaScript and .NET strings index by), end exclusive:
                    `body.Substring(start, end - start)` equals the span's text. Lists are keyset-paginated: pass
                    `nextCursor` back as `cursor`. Errors are RFC 9457 `application/problem+json`. New properties may
                    appear in responses; clients should ignore ones they do not know. Every GET operation also answers
                    `HEAD` with the same status and headers (Content-Length, ETag, …) and no body; HEAD is not listed
                    as an operation of its own.

                    Reads and writes have separate rate limits per client (writes also per API key): every answer
                    carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`, and a refusal is a 429 with
                    `Retry-After`. Every answer carries `X-Request-Id` (yours, if you send a sane one), which problem
                    details repeat as `requestId`. `/metrics` (Prometheus text) is left out of this document.

                    Reads are public; writes need an API key in the `X-Api-Key` header (every operation declares which).
                    """,
                Contact = new Microsoft.OpenApi.OpenApiContact { Name = "NewsApi maintainers (see the README of the repository this service was built from)" },
            });
            // relative: the document describes whichever host serves it (behind a proxy, in Docker, on a laptop)
            options.AddServer(new Microsoft.OpenApi.OpenApiServer { Url = "/", Description = "The host serving this document" });
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            if (File.Exists(xml)) options.IncludeXmlComments(xml);
            options.SupportNonNullableReferenceTypes();
            options.OperationFilter<ExamplesOperationFilter>();
            options.SchemaFilter<EnumDescriptionsSchemaFilter>();
            options.AddSecurityDefinition(Access.ApiKeyFilter.SchemeName, new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.ApiKey,
                In = Microsoft.OpenApi.ParameterLocation.Header,
                Name = Access.ApiKeyFilter.HeaderName,
                Description = "A key made with `NewsApi keys create NAME`, or the one configured as NewsApi:ApiKey (environment variable NewsApi__ApiKey). Needed for writes only.",
            });
            options.OperationFilter<ApiKeyOperationFilter>();
            options.ParameterFilter<ParameterConstraintsFilter>();
            options.DocumentFilter<ApiTags>();
        });
        return services;
    }

    public static WebApplication UseNewsOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "NewsApi v1");
            options.DocumentTitle = "NewsApi";
        });
        app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();
        return app;
    }
}
