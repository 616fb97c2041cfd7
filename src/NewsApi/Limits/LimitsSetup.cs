using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using NewsApi.Data;
using NewsApi.Observability;

namespace NewsApi.Limits;

public static class LimitsSetup
{
    /// <summary>Rate limits, request body and header limits, and request timeouts, from <c>NewsApi:Limits</c>.</summary>
    public static IServiceCollection AddNewsLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LimitsOptions>(configuration.GetSection(LimitsOptions.Section));
        services.AddSingleton<RateLimits>();
        if (DatabaseOptions.Provider(configuration) == DatabaseProvider.Postgres
            && configuration.GetValue(LimitsOptions.Section + ":" + nameof(LimitsOptions.Shared), defaultValue: true))
            services.AddSingleton(sp => new SharedBudgetStore(DatabaseOptions.PostgresConnectionString(configuration),
                TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<LimitsOptions>>().Value.SharedTimeoutSeconds)));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                var limits = context.RequestServices.GetRequiredService<RateLimits>();
                limits.WriteHeaders(context);
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.Response.Headers.RetryAfter = RateLimits.Seconds(retryAfter);
                context.RequestServices.GetRequiredService<NewsMetrics>().RateLimited(RateLimits.IsWrite(context));
                await WriteProblemAsync(context, StatusCodes.Status429TooManyRequests, "Too Many Requests", limits.Describe(context));
            };
        });
        services.AddOptions<RateLimiterOptions>().Configure<RateLimits>((options, limits) => options.GlobalLimiter = limits.Limiter);

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((kestrel, limits) =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeaderCount = limits.Value.MaxRequestHeaderCount;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.Value.MaxRequestHeadersTotalBytes;
        });

        services.ConfigureSwaggerGen(options => options.OperationFilter<LimitsOperationFilter>());
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<LimitsOptions>>((options, limits) =>
        {
            var seconds = limits.Value.RequestTimeoutSeconds;
            if (seconds <= 0) return;
            options.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(seconds),
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                WriteTimeoutResponse = context => WriteProblemAsync(context, StatusCodes.Status504GatewayTimeout, "Gateway Timeout",
                    TimeoutDetail(seconds)),
            };
        });
        return services;
    }

    public static string TimeoutDetail(double seconds) =>
        $"The request took longer than {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} s (NewsApi:Limits:RequestTimeoutSeconds) and was cancelled.";

    /// <summary>
    /// Refuses a declared body over the limit before anything reads it (Kestrel enforces the same limit on bodies
    /// without a length), then applies the rate limits, adds their headers, and starts the request timeout.
    /// </summary>
    public static WebApplication UseNewsLimits(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<IOptions<LimitsOptions>>().Value;
        app.Use((context, next) =>
            context.Request.ContentLength > limits.MaxRequestBodyBytes
                ? WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "Content Too Large",
                    $"The request body is larger than {limits.MaxRequestBodyBytes} bytes (NewsApi:Limits:MaxRequestBodyBytes).")
                : next(context));
        app.UseRateLimiter();
        var rateLimits = app.Services.GetRequiredService<RateLimits>();
        app.Use((context, next) =>
        {
            rateLimits.WriteHeaders(context);
            return next(context);
        });
        app.UseRequestTimeouts();
        return app;
    }

    static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                // the framework knows no type for 429; RFC 6585 defines the status
                Type = status == StatusCodes.Status429TooManyRequests ? "https://tools.ietf.org/html/rfc6585#section-4" : null,
                Status = status, Title = title, Detail = detail,
            },
        });
    }
}
