using Microsoft.AspNetCore.Cors.Infrastructure;
using NewsApi.Access;
using NewsApi.Observability;

namespace NewsApi.Security;

/// <summary>Configuration section <c>NewsApi:Cors</c>.</summary>
public sealed class CorsSettings
{
    public const string Section = "NewsApi:Cors";

    /// <summary>Origins whose pages may call the API from a browser (<c>https://example.org</c>, or <c>*</c> for any). Empty: CORS is off.</summary>
    public string[] Origins { get; set; } = [];

    public static string[] From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<CorsSettings>()?.Origins.Where(o => !string.IsNullOrWhiteSpace(o)).ToArray() ?? [];
}

public static class SecuritySetup
{
    /// <summary>A CORS policy for the configured origins: reads and writes, the headers the API reads and the ones it answers with.</summary>
    public static IServiceCollection AddNewsSecurity(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((options, configuration) => options.AddDefaultPolicy(policy =>
        {
            var origins = CorsSettings.From(configuration);
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins(origins);
            policy.WithMethods("GET", "HEAD", "POST", "PUT", "DELETE")
                .WithHeaders(ApiKeyFilter.HeaderName, "Content-Type", "If-None-Match", RequestLogging.HeaderName)
                .WithExposedHeaders("ETag", "Link", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
                    "RateLimit-Policy", RequestLogging.HeaderName)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));
        return services;
    }

    /// <summary>
    /// <c>X-Content-Type-Options: nosniff</c> and <c>Referrer-Policy: no-referrer</c> on every answer (the reader page
    /// adds its own Content-Security-Policy), then CORS, only when origins are configured: off, no CORS header is ever sent.
    /// </summary>
    public static WebApplication UseNewsSecurity(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // at start, since an exception or a timeout clears the headers set so far
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
        if (CorsSettings.From(app.Configuration).Length > 0) app.UseCors();
        return app;
    }
}
