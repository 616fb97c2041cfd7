using System.Net.Http.Json;
using System.Text.Json;

namespace NewsApi.Tests.Errors;

/// <summary>Errors are problem+json even for clients that accept only something else (found by the fuzz test).</summary>
public sealed class ProblemDetailsAcceptTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Theory]
    [InlineData("/no/such/route", "text/csv", 404)]
    [InlineData("/articles/abc", "application/xml", 404)]
    [InlineData("/articles?limit=abc", "text/csv", 400)]
    [InlineData("/entities?limit=99999999999", "application/xml", 400)]
    [InlineData("/entities/1/articles", "application/xml", 406)]
    [InlineData("/articles/1", "image/png", 406)]
    // NotFoundProblem called IProblemDetailsService.WriteAsync, which throws when no writer accepts: this was a 500
    [InlineData("/entities/999999/articles", "text/csv", 404)]
    public async Task Error_WhateverTheAcceptHeader_IsProblemJson(string url, string accept, int status)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }
}
