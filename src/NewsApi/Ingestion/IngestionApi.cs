using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NewsApi.Access;
using NewsApi.Articles;
using NewsApi.Errors;
using NewsApi.Observability;

namespace NewsApi.Ingestion;

public static class IngestionApi
{
    public static RouteGroupBuilder MapIngestion(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/articles").WithTags("Ingestion");

        group.MapPost("/", CreateArticle)
            .WithName("CreateArticle")
            .WithSummary("Ingest an article: extract its structure and store it")
            .WithDescription("Send JSON `{ title, body, source?, dateline?, publishedAt?, url?, language? }` or `text/plain` (first line the title, then the body). The text is split into paragraphs, its entities, mentions and quotes are extracted, and everything is stored in one transaction. 201 with `Location` and the structured article; re-sending the same title and body answers 200 with the existing article and creates nothing. A JSON field of the wrong type, or one not listed here (`author`), or one given twice, is a 400 naming it: unknown fields are refused, not ignored. On PostgreSQL, a body with more distinct words than its search index holds (1 MB of words and positions) is a 422. Any other Content-Type (a form, as `curl -d` sends) is a 415 whose problem lists the accepted types in `acceptedContentTypes` and an `Accept` header. Needs `X-Api-Key`.")
            .Accepts<ArticleInput>("application/json", "text/plain")
            .Produces<Article>(StatusCodes.Status201Created)
            .Produces<Article>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireApiKey();

        group.MapPut("/{id:long}", ReplaceArticle)
            .WithName("ReplaceArticle")
            .WithSummary("Replace an article's text and re-extract it")
            .WithDescription("Same body as POST. The article keeps its id and slug; its text, paragraphs, mentions and quotes are replaced in one transaction. JSON replaces the metadata too (a field left out is cleared, an omitted `publishedAt` becomes the time of ingestion); `text/plain` replaces only the title and body and keeps `source`, `dateline`, `url`, `language` and `publishedAt`. Entities are matched again by name and alias, so they keep their ids; those nothing refers to any more are removed, except curated ones (from the seed, or with a Wikidata id), which stay with their aliases and ids. 409 if another article already has this text; 422 on PostgreSQL for a body with more distinct words than its search index holds. Needs `X-Api-Key`.")
            .Accepts<ArticleInput>("application/json", "text/plain")
            .Produces<Article>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireApiKey();

        group.MapDelete("/{id:long}", DeleteArticle)
            .WithName("DeleteArticle")
            .WithSummary("Delete an article")
            .WithDescription("Removes the article with its paragraphs, mentions and quotes, and the entities nothing refers to any more (except curated ones: from the seed, or with a Wikidata id). Needs `X-Api-Key`.")
            .RequireApiKey();

        return group;
    }

    internal static async Task<Results<Created<Article>, Ok<Article>, ProblemHttpResult>> CreateArticle(
        HttpRequest request, ArticleIngestor ingestor, ArticleStore store, IOptions<IngestionOptions> options, NewsMetrics metrics, CancellationToken ct)
    {
        var (article, error) = await ReadArticleAsync(request, options.Value, ct);
        if (error is not null) return error;

        var result = await ingestor.IngestAsync(article!, ct);
        metrics.Ingest(result.Created ? "created" : "duplicate");
        var stored = (await store.FindAsync(result.Id, ct))!;
        return result.Created ? TypedResults.Created($"/articles/{result.Id}", stored) : TypedResults.Ok(stored);
    }

    internal static async Task<Results<Ok<Article>, NotFoundProblem, ProblemHttpResult>> ReplaceArticle(
        long id, HttpRequest request, ArticleIngestor ingestor, ArticleStore store, IOptions<IngestionOptions> options, NewsMetrics metrics, CancellationToken ct)
    {
        var (article, error) = await ReadArticleAsync(request, options.Value, ct);
        if (error is not null) return error;

        // text/plain carries no metadata, so it replaces the text and keeps what is stored
        var textOnly = MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            && string.Equals(contentType.MediaType, "text/plain", StringComparison.OrdinalIgnoreCase);
        var outcome = textOnly ? await ingestor.ReplaceTextAsync(id, article!, ct) : await ingestor.ReplaceAsync(id, article!, ct);
        if (outcome.Status == ReplaceStatus.Replaced) metrics.Ingest("replaced");
        return outcome.Status switch
        {
            ReplaceStatus.NotFound => Problems.NotFound($"There is no article with id {id}."),
            ReplaceStatus.Conflict => TypedResults.Problem($"Article {outcome.Id} already has this title and body.",
                statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
            _ => TypedResults.Ok((await store.FindAsync(id, ct))!),
        };
    }

    internal static async Task<Results<NoContent, NotFoundProblem>> DeleteArticle(long id, ArticleWriter writer, NewsMetrics metrics, CancellationToken ct)
    {
        if (!await writer.DeleteAsync(id, ct)) return Problems.NotFound($"There is no article with id {id}.");
        metrics.Ingest("deleted");
        return TypedResults.NoContent();
    }

    // The validated article, or the problem that says why there is none.
    static async Task<(NewArticle? Article, ProblemHttpResult? Error)> ReadArticleAsync(HttpRequest request, IngestionOptions options, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Send the article as application/json or text/plain (Content-Type header missing or malformed)."));
        var mediaType = contentType.MediaType!.ToLowerInvariant();
        var isJson = mediaType is "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);
        if (!isJson && mediaType != "text/plain")
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, $"Content-Type {mediaType} is not accepted: send application/json or text/plain."));
        if (contentType.CharSet is { } charset && !charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, $"charset {charset} is not accepted: send application/json or text/plain in UTF-8."));

        if (request.ContentLength > options.MaxArticleBytes)
            return (null, TooLarge(options));
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > options.MaxArticleBytes) return (null, TooLarge(options));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            return (null, Problem(StatusCodes.Status400BadRequest, "The request body is empty: send an article."));

        string text;
        try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length); }
        catch (DecoderFallbackException) { return (null, Problem(StatusCodes.Status400BadRequest, "The request body is not valid UTF-8.")); }

        ArticleInput? input;
        if (isJson)
        {
            var json = JsonBody.Read<ArticleInput>(text, JsonOptions, "{ \"title\": \"…\", \"body\": \"…\" }");
            if (json.Problem is { } problem) return (null, Problem(StatusCodes.Status400BadRequest, problem));
            if (json.Errors.Count > 0) return (null, Invalid(json.Errors));
            input = json.Value!;
        }
        else
        {
            var (title, body) = ArticleText.Split(text);
            input = new ArticleInput { Title = title, Body = body };
        }

        var errors = input.Validate(out var article);
        return errors.Count > 0 ? (null, Invalid(errors)) : (article, null);
    }

    static ProblemHttpResult Invalid(Dictionary<string, string[]> errors) => TypedResults.Problem(new HttpValidationProblemDetails(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The article is invalid.",
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    });

    static ProblemHttpResult TooLarge(IngestionOptions options) => Problem(StatusCodes.Status413PayloadTooLarge,
        $"The article is larger than {options.MaxArticleBytes} bytes (NewsApi:MaxArticleBytes).");

    static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(detail, statusCode: status);

    static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // a field of the wrong type ("title": 5) is a 400, not a silent conversion
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
        // JsonBody checks a body against the serializer's own view of the type
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };
}
