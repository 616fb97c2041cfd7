using System.Net;
using System.Text.Json;

namespace NewsApi.Tests.Representations;

public sealed class JsonLdTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    async Task<JsonElement> GetJsonLd()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/1");
        request.Headers.Accept.ParseAdd("application/ld+json");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task AcceptJsonLd_ReturnsSchemaOrgNewsArticle()
    {
        var article = await GetJsonLd();

        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/articles/1", article.GetProperty("@id").GetString());
        Assert.StartsWith("Iran, Russia, Syria", article.GetProperty("headline").GetString(), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2016, 8, 17, 0, 0, 0, TimeSpan.Zero), article.GetProperty("datePublished").GetDateTimeOffset());
        Assert.StartsWith("TEHRAN (Tasnim)", article.GetProperty("articleBody").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", article.GetProperty("inLanguage").GetString());
        Assert.Equal("Organization", article.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("Tasnim", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("TEHRAN", article.GetProperty("dateline").GetString());
        Assert.Equal("Place", article.GetProperty("locationCreated").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task Mentions_AreTypedWithAliasesAndWikidataSameAs()
    {
        var mentions = (await GetJsonLd()).GetProperty("mentions").EnumerateArray().ToList();

        Assert.Equal(15, mentions.Count);
        var iran = Assert.Single(mentions, m => m.GetProperty("name").GetString() == "Iran");
        Assert.Equal("Place", iran.GetProperty("@type").GetString());
        Assert.Equal("https://www.wikidata.org/wiki/Q794", iran.GetProperty("sameAs").GetString());
        var daesh = Assert.Single(mentions, m => m.GetProperty("name").GetString() == "Daesh");
        Assert.Equal("Organization", daesh.GetProperty("@type").GetString());
        Assert.Equal(["ISIL", "ISIS"], daesh.GetProperty("alternateName").EnumerateArray().Select(a => a.GetString()));
        Assert.False(daesh.TryGetProperty("sameAs", out _));
        Assert.Equal("Person", mentions.Single(m => m.GetProperty("name").GetString() == "Ali Shamkhani").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task Quotes_AreQuotationsWhoseSpeakerPointsAtTheMention()
    {
        var article = await GetJsonLd();
        var shamkhani = article.GetProperty("mentions").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Ali Shamkhani");
        var quotations = article.GetProperty("hasPart").EnumerateArray().ToList();

        Assert.Equal(9, quotations.Count);
        Assert.All(quotations, q => Assert.Equal("Quotation", q.GetProperty("@type").GetString()));
        var quote = Assert.Single(quotations, q => q.GetProperty("text").GetString()!.StartsWith("Tehran and Moscow have developed", StringComparison.Ordinal));
        Assert.Equal(shamkhani.GetProperty("@id").GetString(), quote.GetProperty("creator").GetProperty("@id").GetString());
        Assert.Equal(shamkhani.GetProperty("@id").GetString(), quote.GetProperty("spokenByCharacter").GetProperty("@id").GetString());
        Assert.Equal("Ali Shamkhani", quote.GetProperty("creator").GetProperty("name").GetString());
        // "media reports": a speaker that is no entity is named as written
        var media = Assert.Single(quotations, q => q.GetProperty("creator").TryGetProperty("@type", out _));
        Assert.Equal("media", media.GetProperty("creator").GetProperty("name").GetString());
    }
}
