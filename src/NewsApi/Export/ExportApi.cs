using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Errors;
using NewsApi.OpenApi;
using NewsApi.Representations;

namespace NewsApi.Export;

/// <summary>Query parameters of <c>GET /export</c>.</summary>
public sealed record ExportQuery(
    [property: Description("Output format: ndjson (the default and only one), one article per line.")] [property: OneOf<ExportFormat>] [FromQuery(Name = "format")] string? Format = null);

/// <summary>The formats of the export.</summary>
public enum ExportFormat { Ndjson }

public static class ExportApi
{
    public const int PageSize = 100;

    public static RouteHandlerBuilder MapExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/export", Export)
            .WithTags("Export")
            .WithName("ExportArticles")
            // streams for as long as the database is large; a reader that stalls is cut off by Kestrel's minimum data rate
            .WithMetadata(new Microsoft.AspNetCore.Http.Timeouts.DisableRequestTimeoutAttribute())
            .WithSummary("Every article with its full structure, as newline-delimited JSON")
            .WithDescription("Streams every article, oldest id first, one per line (`application/x-ndjson`): each line is exactly what `GET /articles/{id}` answers. Articles are read in pages of 100 and written as they are read, so the export starts at once and needs little memory however large the database. Articles added or deleted while it runs may or may not appear.");

    internal static Results<NdjsonExport, ValidationProblem> Export([AsParameters] ExportQuery query)
    {
        if (query.Format is null || string.Equals(query.Format, "ndjson", StringComparison.OrdinalIgnoreCase)) return new NdjsonExport();
        var validator = new QueryValidator();
        validator.Add("format", $"format must be ndjson; got '{query.Format}'.");
        return validator.Problem();
    }
}

/// <summary>Writes every article as one JSON line, flushing after each page of ids.</summary>
public sealed class NdjsonExport : IResult, IEndpointMetadataProvider
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var ct = httpContext.RequestAborted;
        var services = httpContext.RequestServices;
        var connections = services.GetRequiredService<IDbConnectionFactory>();
        var store = services.GetRequiredService<ArticleStore>();
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = $"{MediaTypes.Ndjson}; charset=utf-8";
        var after = 0L;
        while (true)
        {
            List<long> ids;
            await using (var connection = await connections.OpenReadAsync(ct))
                ids = (await connection.QueryAsync<long>(new CommandDefinition(ExportSql.IdsAfter, new { After = after, Take = ExportApi.PageSize }, cancellationToken: ct))).AsList();
            if (ids.Count == 0) break;
            foreach (var id in ids)
            {
                // deleted since its id was read: skip it
                if (await store.FindAsync(id, ct) is not { } article) continue;
                await JsonSerializer.SerializeAsync(response.Body, article, json, ct);
                await response.Body.WriteAsync("\n"u8.ToArray(), ct);
            }
            await response.Body.FlushAsync(ct);
            after = ids[^1];
        }
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Article), [MediaTypes.Ndjson]));
}
