using System.Net;
using System.Net.Http.Json;

namespace NewsApi.Tests.Representations;

/// <summary>Ingests articles with awkward titles, so it builds its own app and database.</summary>
public sealed class CsvRoundTripTests : IDisposable
{
    readonly KeyedApp _keyed = new();
    readonly HttpClient _client;

    public CsvRoundTripTests() => _client = _keyed.Client;

    public void Dispose() => _keyed.Dispose();

    [Fact]
    public async Task Title_WithCommasAndQuotes_RoundTripsExactly()
    {
        const string title = "Talks stall, minister says “no deal” and \"not now\"";
        var post = await _client.PostAsJsonAsync("/articles", new { title, body = "PARIS (AFP) - The talks stalled on Friday, officials said." });
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);

        var csv = await _client.GetStringAsync("/articles?format=csv");

        var rows = CsvReader.ParseWithHeader(csv);
        Assert.Equal(2, rows.Count);
        Assert.Equal(title, rows[0]["title"]);
    }

    [Fact]
    public async Task Title_StartingWithEquals_IsDefusedInCsvButNotInJson()
    {
        const string title = "=HYPERLINK(\"http://evil.example\",\"click\")";
        await _client.PostAsJsonAsync("/articles", new { title, body = "Someone tried a formula, the editor said." });

        var csv = CsvReader.ParseWithHeader(await _client.GetStringAsync("/articles?format=csv"));
        var json = await _client.GetJsonAsync<NewsApi.Data.Page<NewsApi.Articles.ArticleSummary>>("/articles");

        Assert.Contains(csv, r => r["title"] == "'" + title);
        Assert.Contains(json.Items, a => a.Title == title);
    }
}
