using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using NewsApi.Ingestion;

namespace NewsApi.Access;

/// <summary>
/// Guards write endpoints: the <c>X-Api-Key</c> header must hold a stored key that is not revoked (see
/// <c>NewsApi keys</c>) or equal <c>NewsApi:ApiKey</c> from configuration. Hashes are compared in constant time,
/// against every candidate, so timing tells nothing about which key or how much of it matched.
/// No key at all (none stored, none configured): 403, since nobody can write. Missing or wrong key: 401.
/// </summary>
public sealed class ApiKeyFilter(IOptionsMonitor<IngestionOptions> options, ApiKeyStore keys) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";
    public const string SchemeName = "ApiKey";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var configured = options.CurrentValue.ApiKey;
        var stored = await keys.ActiveAsync(http.RequestAborted);
        if (string.IsNullOrEmpty(configured) && stored.Count == 0)
            return TypedResults.Problem(
                "Writes are disabled because no API key exists. Create one with `NewsApi keys create NAME` (from a checkout: dotnet run --project src/NewsApi -- keys create NAME), or set NewsApi:ApiKey (environment variable NewsApi__ApiKey), and send it as the X-Api-Key header.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

        var sent = http.Request.Headers[HeaderName].ToString();
        var hash = ApiKeyStore.Hash(sent);
        var valid = !string.IsNullOrEmpty(configured) && CryptographicOperations.FixedTimeEquals(hash, ApiKeyStore.Hash(configured));
        long? storedId = null;
        foreach (var (id, storedHash) in stored)
            if (CryptographicOperations.FixedTimeEquals(hash, storedHash)) storedId = id;

        if (sent.Length == 0 || !(valid || storedId is not null))
        {
            http.Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
            return TypedResults.Problem(
                sent.Length == 0 ? "This operation needs the X-Api-Key header." : "The X-Api-Key header does not hold a valid key.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }
        if (storedId is { } used) await keys.TouchAsync(used, http.RequestAborted);
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

public static class AccessServiceCollectionExtensions
{
    /// <summary>The key store and the write filter.</summary>
    public static IServiceCollection AddNewsAccess(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ApiKeyFilter>();
        return services;
    }
}
