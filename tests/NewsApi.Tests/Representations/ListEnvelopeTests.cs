using System.Text.Json;

namespace NewsApi.Tests.Representations;

/// <summary>Every list answers one shape: <c>{ "items": [...], "nextCursor": ... }</c>.</summary>
public sealed class ListEnvelopeTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/articles/1/quotes", 9)]
    [InlineData("/articles/1/entities", 15)]
    [InlineData("/entities/1/related?limit=100", 14)]
    public async Task BoundedLists_AnswerTheEnvelopeWhole_WithNextCursorNull(string url, int count)
    {
        var page = await _client.GetJsonAsync<JsonElement>(url);

        Assert.Equal(JsonValueKind.Object, page.ValueKind);
        Assert.Equal(count, page.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task EveryJsonListInTheDocument_IsTheEnvelope()
    {
        var document = await _client.GetJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var gets = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => (p.Name, Ok: p.Value.GetProperty("get").GetProperty("responses").GetProperty("200")))
            .Where(o => o.Ok.TryGetProperty("content", out var c) && c.TryGetProperty("application/json", out _))
            .ToList();

        Assert.NotEmpty(gets);
        Assert.All(gets, o =>
        {
            var schema = o.Ok.GetProperty("content").GetProperty("application/json").GetProperty("schema");
            if (schema.TryGetProperty("$ref", out var reference))
                schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
            Assert.False(schema.TryGetProperty("type", out var type) && type.GetString() == "array", $"{o.Name} answers a bare array");
            if (schema.GetProperty("properties").TryGetProperty("items", out _))
                Assert.True(schema.GetProperty("properties").TryGetProperty("nextCursor", out _), o.Name);
        });
    }
}
