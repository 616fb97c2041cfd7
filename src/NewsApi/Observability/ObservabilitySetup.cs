using OpenTelemetry.Metrics;

namespace NewsApi.Observability;

public static class ObservabilitySetup
{
    /// <summary>The NewsApi meter and ASP.NET Core's own, collected by OpenTelemetry for the Prometheus endpoint.</summary>
    public static IServiceCollection AddNewsObservability(this IServiceCollection services)
    {
        services.AddSingleton<NewsMetrics>();
        // the request log line replaces the framework's several lines per request; inserted first, so that
        // configuration (Logging:LogLevel:Microsoft.AspNetCore) can still turn them back on
        services.Configure<LoggerFilterOptions>(options =>
        {
            options.Rules.Insert(0, new LoggerFilterRule(null, "Microsoft.AspNetCore", LogLevel.Warning, null));
            // a failed start ("Hosting failed to start") is reported by RunServerAsync in one line (address in use) or
            // rethrown for the runtime to print; the host logging it as well buried that line under a stack trace
            options.Rules.Insert(0, new LoggerFilterRule(null, "Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical, null));
        });
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(NewsMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            // each of these records on every request (routing: a match attempt; rate limiting: a lease's start, end and
            // duration) and says nothing newsapi_requests_total and newsapi_rate_limited_total do not: a third of the
            // metrics' CPU on a cached read (bench/results/2026-11-29_pipeline.md). Dropped, they are not even recorded.
            .AddView(instrument => instrument.Meter.Name is RoutingMeter or RateLimitingMeter ? MetricStreamConfiguration.Drop : null)
            .AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    /// <summary>ASP.NET Core meters left out of <c>/metrics</c>.</summary>
    public const string RoutingMeter = "Microsoft.AspNetCore.Routing", RateLimitingMeter = "Microsoft.AspNetCore.RateLimiting";

    /// <summary>Request ids and request logs; first in the pipeline, so the logged status is the one the client got.</summary>
    public static WebApplication UseNewsObservability(this WebApplication app)
    {
        app.UseMiddleware<RequestLogging>();
        return app;
    }

    public const string MetricsPortKey = "NewsApi:MetricsPort";

    /// <summary>
    /// <c>GET /metrics</c> in the Prometheus text format. Left out of the OpenAPI document: it is for a scraper, not
    /// an API client, and its format is Prometheus's, not JSON (see README, "Running it safely"). With
    /// <c>NewsApi:MetricsPort</c> set it answers only connections to that local port (any other gets a 404), so a
    /// deployment can listen on a second port it does not publish (docker-compose.yml). The local port, not the Host
    /// header: a client chooses its Host header, not the socket it reached.
    /// </summary>
    public static IEndpointConventionBuilder MapMetrics(this WebApplication app)
    {
        var endpoint = app.MapPrometheusScrapingEndpoint("/metrics");
        if (app.Configuration.GetValue<int?>(MetricsPortKey) is { } port)
            endpoint.Add(builder =>
            {
                var scrape = builder.RequestDelegate!;
                builder.RequestDelegate = context =>
                {
                    if (context.Connection.LocalPort == port) return scrape(context);
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                };
            });
        return endpoint;
    }
}
