using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using NewsApi.Errors;

namespace NewsApi.Tests.Errors;

/// <summary>
/// The mechanism on endpoints of every binding source, not only the API's own: a route value, a header and a JSON
/// body that cannot bind are each a 400 naming the parameter, never a .NET type name.
/// </summary>
public sealed class BindingFailureTests : IAsyncLifetime
{
    WebApplication _app = null!;
    HttpClient _client = null!;

    public sealed record Thing(int Count);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddNewsProblemDetails();
        _app = builder.Build();
        _app.UseNewsProblemDetails();
        _app.UseNewsRequestContract();
        _app.MapGet("/things/{n}", (int n, [FromHeader(Name = "X-Count")] int? count) => TypedResults.Ok(n + (count ?? 0)));
        _app.MapPost("/things", (Thing thing) => TypedResults.Ok(thing.Count));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        foreach (var dotnet in new[] { "Nullable", "Int32", "System.", "Failed to", "Thing thing", "<int>" })
            Assert.DoesNotContain(dotnet, text, StringComparison.Ordinal);
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task RouteValueThatCannotBind_Returns400NamingIt()
    {
        var problem = await Problem(await _client.GetAsync("/things/many"));

        Assert.Contains("whole number", problem.GetProperty("errors").GetProperty("n")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderThatCannotBind_Returns400NamingIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/things/1");
        request.Headers.Add("X-Count", "lots");

        var problem = await Problem(await _client.SendAsync(request));

        Assert.True(problem.GetProperty("errors").TryGetProperty("X-Count", out _), problem.ToString());
    }

    [Fact]
    public async Task JsonBodyThatCannotBind_Returns400NamingTheParameter()
    {
        var problem = await Problem(await _client.PostAsync("/things", new StringContent("""{ "count": "x" }""", Encoding.UTF8, "application/json")));

        Assert.True(problem.GetProperty("errors").TryGetProperty("thing", out _), problem.ToString());
    }

    [Fact]
    public async Task ValuesThatBind_AreServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/things/1");
        request.Headers.Add("X-Count", "2");

        Assert.Equal(3, await (await _client.SendAsync(request)).Content.ReadFromJsonAsync<int>());
        Assert.Equal(5, await (await _client.PostAsJsonAsync("/things", new { count = 5 })).Content.ReadFromJsonAsync<int>());
    }
}
