using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace NewsApi.Tests.Limits;

public sealed class RequestLimitTests
{
    const string Key = "request-limit-test-key";

    [Fact]
    public async Task Body_OverMaxRequestBodyBytes_Is413ProblemBeforeAnythingReadsIt()
    {
        using var factory = new NewsApiFactory();
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:ApiKey", Key)
            .UseSetting("NewsApi:Limits:MaxRequestBodyBytes", "1000").UseSetting("NewsApi:MaxArticleBytes", "100000"));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        var response = await client.PostAsync("/articles", new StringContent("Title\n\n" + new string('x', 2000), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("NewsApi:Limits:MaxRequestBodyBytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_OverMaxArticleBytes_StillGetsIngestionsOwn413()
    {
        using var factory = new NewsApiFactory();
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:ApiKey", Key).UseSetting("NewsApi:MaxArticleBytes", "500"));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        var response = await client.PostAsync("/articles", new StringContent("Title\n\n" + new string('x', 2000), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("NewsApi:MaxArticleBytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_RunningPastTheTimeout_IsCancelledWith504Problem()
    {
        using var factory = new NewsApiFactory();
        using var app = factory.WithWebHostBuilder(b => b
            .UseSetting("NewsApi:Limits:RequestTimeoutSeconds", "0.2")
            .ConfigureServices(services => services.AddSingleton<IStartupFilter, SlowEndpoint>()));
        var client = app.CreateClient();

        var started = System.Diagnostics.Stopwatch.StartNew();
        var response = await client.GetAsync("/test/slow");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("NewsApi:Limits:RequestTimeoutSeconds", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"took {started.Elapsed}");
        Assert.True(response.Headers.Contains("X-Request-Id"));
    }

    /// <summary>
    /// Answers /test/slow only when the request is cancelled. Added after the app's own pipeline, so it runs inside
    /// every middleware of the app, timeouts included, like an endpoint would.
    /// </summary>
    sealed class SlowEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(async context =>
            {
                if (context.Request.Path != "/test/slow") { context.Response.StatusCode = 404; return; }
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            });
        };
    }
}
