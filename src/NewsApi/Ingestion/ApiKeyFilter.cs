using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsApi.Ingestion;

/// <summary>
/// Guards write endpoints: the <c>X-Api-Key</c> header must equal <c>NewsApi:ApiKey</c> (compared in constant time).
/// No key configured: 403, since nobody can write. Missing or wrong key: 401.
/// </summary>
public sealed class ApiKeyFilter(IOptionsMonitor<IngestionOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";
    public const string SchemeName = "ApiKey";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = options.CurrentValue.ApiKey;
        if (string.IsNullOrEmpty(configured))
            return TypedResults.Problem(
                "Writes are disabled because no API key is configured. Set NewsApi:ApiKey (environment variable NewsApi__ApiKey) and send it as the X-Api-Key header.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

        var sent = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(configured))))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
            return TypedResults.Problem(
                sent.Length == 0 ? "This operation needs the X-Api-Key header." : "The X-Api-Key header does not hold a valid key.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }
        return await next(context);
    }
}

/// <summary>Marks an endpoint as needing the API key (read by the OpenAPI document).</summary>
public sealed class RequiresApiKeyMetadata;

public static class ApiKeyEndpointExtensions
{
    public static RouteHandlerBuilder RequireApiKey(this RouteHandlerBuilder builder) => builder
        .AddEndpointFilter<ApiKeyFilter>()
        .WithMetadata(new RequiresApiKeyMetadata())
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden);
}
