using System.Net;
using System.Text;

namespace NewsApi.Tests.Security;

public sealed class SecurityHeadersTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("GET", "/articles/1", 200)]
    [InlineData("GET", "/articles/424242", 404)]
    [InlineData("GET", "/no/such/route", 404)]
    [InlineData("GET", "/swagger/index.html", 200)]
    [InlineData("GET", "/swagger/v1/swagger.json", 200)]
    [InlineData("GET", "/health/live", 200)]
    [InlineData("GET", "/metrics", 200)]
    [InlineData("DELETE", "/articles/1", 403)]
    [InlineData("GET", "/articles?limit=abc", 400)]
    public async Task EveryResponse_HasNosniffAndReferrerPolicy(string method, string url, int status)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task ReaderPage_KeepsItsContentSecurityPolicy()
    {
        var response = await _client.GetAsync("/articles/1/view");

        Assert.Equal(NewsApi.Reader.HtmlPage.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
