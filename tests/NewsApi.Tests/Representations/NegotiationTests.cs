using System.Net;
using NewsApi.Representations;

namespace NewsApi.Tests.Representations;

public sealed class NegotiationTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    async Task<HttpResponseMessage> Get(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData("/articles", "*/*", "application/json")]
    [InlineData("/articles", "text/*", "text/csv")]
    [InlineData("/articles", "text/csv;q=0.5, application/json", "application/json")]
    [InlineData("/articles", "application/json;q=0.1, text/csv", "text/csv")]
    [InlineData("/articles/1", "application/ld+json, application/json;q=0.9", "application/ld+json")]
    [InlineData("/articles/1", "application/*", "application/json")]
    [InlineData("/articles/1", "text/html, */*;q=0.1", "application/json")]
    [InlineData("/quotes/1", "application/json", "application/json")]
    public async Task Accept_PicksTheBestOffer(string url, string accept, string mediaType)
    {
        var response = await Get(url, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/articles/1", "application/xml")]
    [InlineData("/articles", "application/ld+json")]
    [InlineData("/entities/1", "text/csv")]
    [InlineData("/quotes", "application/json;q=0, text/html")]
    public async Task Accept_WithNothingOffered_Returns406Problem(string url, string accept)
    {
        var response = await Get(url, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":406", body, StringComparison.Ordinal);
        Assert.Contains("traceId", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_OverridesAccept_AndAnUnknownFormatIs400NamingIt()
    {
        var csv = await Get("/entities?format=csv", "application/json");
        var problem = await _client.GetProblemAsync("/entities?format=xml", 400);

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("xml", problem.GetProperty("errors").GetProperty("format")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Negotiation_IgnoresAMalformedAcceptHeader() =>
        Assert.Equal(Representation.Json, ContentNegotiation.Choose(["not a media type;;"], [Representation.Json, Representation.Csv]));
}
