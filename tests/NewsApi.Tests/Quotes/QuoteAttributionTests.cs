using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsApi.Tests.Representations;

namespace NewsApi.Tests.Quotes;

/// <summary>Every quote says whether it reports a statement or a stance, and the quote lists filter by it.</summary>
public sealed class QuoteAttributionTests : IDisposable
{
    readonly KeyedApp _keyed = new();
    readonly HttpClient _client;

    public QuoteAttributionTests() => _client = _keyed.Client;

    public void Dispose() => _keyed.Dispose();

    const string Believes = "the harvest will recover by March";
    const string Said = "the harvest was the poorest in a decade";

    const string Body = "Farmers in Kenya waited for rain near Nairobi.\n\n"
        + "Maria Lopez, the agriculture minister, believes the harvest will recover by March. Peter Brandt said the harvest was the poorest in a decade.";

    async Task<JsonElement> PostArticle()
    {
        var json = JsonSerializer.Serialize(new { title = "Kenya waits for rain", body = Body });
        var response = await _client.PostAsync("/articles", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static long EntityId(JsonElement article, string name) =>
        article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();

    static Dictionary<string, string?> AttributionByText(IEnumerable<JsonElement> quotes) =>
        quotes.ToDictionary(q => q.GetProperty("text").GetString()!, q => q.GetProperty("attribution").GetString());

    async Task<List<JsonElement>> Items(string url)
    {
        var json = await _client.GetJsonAsync<JsonElement>(url);
        return [.. (json.ValueKind == JsonValueKind.Array ? json : json.GetProperty("items")).EnumerateArray()];
    }

    [Fact]
    public async Task PostedArticle_StanceVerbGivesStance_SpeechVerbGivesStatement()
    {
        var article = await PostArticle();

        var quotes = AttributionByText(article.GetProperty("quotes").EnumerateArray());

        Assert.Equal("stance", quotes[Believes]);
        Assert.Equal("statement", quotes[Said]);
    }

    [Fact]
    public async Task PutArticle_ReextractsTheAttribution()
    {
        var id = (await PostArticle()).GetProperty("id").GetInt64();
        var json = JsonSerializer.Serialize(new { title = "Kenya waits for rain", body = Body.Replace("believes", "said", StringComparison.Ordinal) });

        var response = await _client.PutAsync($"/articles/{id}", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var quotes = AttributionByText(await Items($"/articles/{id}/quotes"));
        Assert.Equal("statement", quotes[Believes]);
        Assert.Empty(await Items($"/articles/{id}/quotes?attribution=stance"));
    }

    [Fact]
    public async Task GetQuote_CarriesTheStoredAttribution()
    {
        var article = await PostArticle();
        var id = article.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("text").GetString() == Believes).GetProperty("id").GetInt64();

        var quote = await _client.GetJsonAsync<JsonElement>($"/quotes/{id}");

        Assert.Equal("stance", quote.GetProperty("attribution").GetString());
    }

    [Fact]
    public async Task QuoteLists_AttributionFilter_SelectsOnlyThatAttribution()
    {
        var article = await PostArticle();
        var id = article.GetProperty("id").GetInt64();
        var lopez = EntityId(article, "Maria Lopez");
        var brandt = EntityId(article, "Peter Brandt");

        foreach (var (url, hasBelieves, hasSaid) in new[]
        {
            ("/quotes?limit=100&", true, true), ($"/articles/{id}/quotes?", true, true),
            ($"/entities/{lopez}/quotes?", true, false), ($"/entities/{brandt}/quotes?", false, true),
        })
        {
            var stances = AttributionByText(await Items(url + "attribution=stance"));
            var statements = AttributionByText(await Items(url + "attribution=Statement"));

            Assert.All(stances.Values, a => Assert.Equal("stance", a));
            Assert.All(statements.Values, a => Assert.Equal("statement", a));
            Assert.Equal(hasBelieves, stances.ContainsKey(Believes));
            Assert.Equal(hasSaid, statements.ContainsKey(Said));
            Assert.False(statements.ContainsKey(Believes) || stances.ContainsKey(Said), url);
        }
    }

    [Fact]
    public async Task QuoteLists_WithoutAttributionFilter_ListStatementsAndStances()
    {
        var article = await PostArticle();
        var id = article.GetProperty("id").GetInt64();

        foreach (var url in new[] { "/quotes?limit=100", $"/articles/{id}/quotes" })
        {
            var quotes = AttributionByText(await Items(url));

            Assert.Equal("stance", quotes[Believes]);
            Assert.Equal("statement", quotes[Said]);
        }
    }

    [Theory]
    [InlineData("/quotes?attribution=rumour")]
    [InlineData("/articles/1/quotes?attribution=rumour")]
    [InlineData("/entities/8/quotes?attribution=rumour")]
    [InlineData("/quotes?attribution=")]
    [InlineData("/quotes?attribution=1")]
    public async Task QuoteLists_UnknownAttribution_Is400NamingTheParameterAndItsValues(string url)
    {
        var problem = await _client.GetProblemAsync(url, 400);

        var message = problem.GetProperty("errors").GetProperty("attribution")[0].GetString();
        Assert.Contains("statement, stance", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuotesCsv_EndsWithTheAttributionColumn()
    {
        var article = await PostArticle();

        var csv = CsvReader.Parse(await _client.GetStringAsync($"/articles/{article.GetProperty("id").GetInt64()}/quotes?format=csv"));

        Assert.Equal("attribution", csv[0][^1]);
        var text = Array.IndexOf(csv[0], "text");
        Assert.Equal("stance", csv.Single(r => r[text] == Believes)[^1]);
        Assert.Equal("statement", csv.Single(r => r[text] == Said)[^1]);
    }

    [Fact]
    public async Task JsonLdQuotations_NameTheirAttributionAsGenre()
    {
        var article = await PostArticle();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/articles/{article.GetProperty("id").GetInt64()}");
        request.Headers.Accept.ParseAdd("application/ld+json");

        var jsonLd = JsonDocument.Parse(await (await _client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;

        var genres = jsonLd.GetProperty("hasPart").EnumerateArray().ToDictionary(q => q.GetProperty("text").GetString()!, q => q.GetProperty("genre").GetString());
        Assert.Equal("stance", genres[Believes]);
        Assert.Equal("statement", genres[Said]);
    }
}
