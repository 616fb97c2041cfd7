using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using NewsApi.Tests.Representations;

namespace NewsApi.Tests.Entities;

/// <summary>Places the gazetteer knows carry coordinates and their GeoNames id or ISO 3166 code.</summary>
public sealed class EntityPlaceTests : IDisposable
{
    readonly KeyedApp _keyed = new();
    readonly HttpClient _client;

    public EntityPlaceTests() => _client = _keyed.Client;

    public void Dispose() => _keyed.Dispose();

    const string Body = "Farmers in Kenya waited for rain near Nairobi.\n\n"
        + "Maria Lopez, the agriculture minister, said the harvest would recover by March.";

    async Task<JsonElement> PostArticle(string title, string body)
    {
        var json = JsonSerializer.Serialize(new { title, body });
        var response = await _client.PostAsync("/articles", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode is HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    async Task<JsonElement> Entity(JsonElement article, string name)
    {
        var id = article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();
        return await _client.GetJsonAsync<JsonElement>($"/entities/{id}");
    }

    static Dictionary<string, string?> ExternalIds(JsonElement entity) =>
        entity.GetProperty("externalIds").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

    [Fact]
    public async Task City_HasCoordinatesAndGeoNamesId()
    {
        var nairobi = await Entity(await PostArticle("Kenya waits for rain", Body), "Nairobi");

        Assert.Equal(-1.28333, nairobi.GetProperty("latitude").GetDouble(), 5);
        Assert.Equal(36.81667, nairobi.GetProperty("longitude").GetDouble(), 5);
        Assert.Equal(new Dictionary<string, string?> { ["geonames"] = "184745" }, ExternalIds(nairobi));
    }

    [Fact]
    public async Task Country_HasCoordinatesAndIso3166Code()
    {
        var kenya = await Entity(await PostArticle("Kenya waits for rain", Body), "Kenya");

        Assert.Equal(JsonValueKind.Number, kenya.GetProperty("latitude").ValueKind);
        Assert.Equal(JsonValueKind.Number, kenya.GetProperty("longitude").ValueKind);
        Assert.Equal(new Dictionary<string, string?> { ["iso3166"] = "KE" }, ExternalIds(kenya));
    }

    [Fact]
    public async Task Person_HasNullCoordinatesAndNoPlaceIds()
    {
        var lopez = await Entity(await PostArticle("Kenya waits for rain", Body), "Maria Lopez");

        Assert.Equal(JsonValueKind.Null, lopez.GetProperty("latitude").ValueKind);
        Assert.Equal(JsonValueKind.Null, lopez.GetProperty("longitude").ValueKind);
        Assert.Empty(ExternalIds(lopez));
    }

    [Fact]
    public async Task SeedCity_KeepsItsCuratedWikidataId_BesideItsGeoNamesId()
    {
        var tehran = await Entity(await PostArticle("Talks in Tehran", "Diplomats met in Tehran on Monday, officials said."), "Tehran");

        Assert.Equal("Q3616", tehran.GetProperty("wikidataId").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["wikidata"] = "Q3616", ["geonames"] = "112931" }, ExternalIds(tehran));
        Assert.Equal(35.69439, tehran.GetProperty("latitude").GetDouble(), 5);
    }

    [Fact]
    public async Task StoredLocationWithoutPlace_GetsOneWhenAnArticleNamesIt_AndKeepsItsWikidataId()
    {
        await using (var connection = await _keyed.Factory.OpenDatabaseAsync())
            await connection.ExecuteAsync("UPDATE entities SET geonames_id = NULL, country_code = NULL, latitude = NULL, longitude = NULL");
        var before = await _client.GetJsonAsync<JsonElement>("/entities?q=Tehran");
        Assert.Equal(JsonValueKind.Null, before.GetProperty("items")[0].GetProperty("latitude").ValueKind);

        var tehran = await Entity(await PostArticle("Talks in Tehran", "Diplomats met in Tehran on Monday, officials said."), "Tehran");

        Assert.Equal(new Dictionary<string, string?> { ["wikidata"] = "Q3616", ["geonames"] = "112931" }, ExternalIds(tehran));
        Assert.Equal(51.42151, tehran.GetProperty("longitude").GetDouble(), 5);
    }

    [Fact]
    public async Task EntityCsv_EndsWithLatitudeAndLongitude()
    {
        var article = await PostArticle("Kenya waits for rain", Body);

        foreach (var url in new[] { "/entities?q=Nairobi&format=csv", $"/articles/{article.GetProperty("id").GetInt64()}/entities?format=csv" })
        {
            var csv = CsvReader.Parse(await _client.GetStringAsync(url));
            var nairobi = csv.Single(r => r[Array.IndexOf(csv[0], "name")] == "Nairobi");

            Assert.Equal(["latitude", "longitude"], csv[0][^2..]);
            Assert.Equal(["-1.28333", "36.81667"], nairobi[^2..]);
        }
    }

    [Fact]
    public async Task JsonLdPlace_HasGeoCoordinates()
    {
        var article = await PostArticle("Kenya waits for rain", Body);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/articles/{article.GetProperty("id").GetInt64()}");
        request.Headers.Accept.ParseAdd("application/ld+json");

        var jsonLd = JsonDocument.Parse(await (await _client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;

        var mentions = jsonLd.GetProperty("mentions").EnumerateArray().ToList();
        var geo = mentions.Single(m => m.GetProperty("name").GetString() == "Nairobi").GetProperty("geo");
        Assert.Equal("GeoCoordinates", geo.GetProperty("@type").GetString());
        Assert.Equal(-1.28333, geo.GetProperty("latitude").GetDouble(), 5);
        Assert.Equal(36.81667, geo.GetProperty("longitude").GetDouble(), 5);
        Assert.False(mentions.Single(m => m.GetProperty("name").GetString() == "Maria Lopez").TryGetProperty("geo", out _));
    }
}
