using System.Net;
using NewsApi.Representations;

namespace NewsApi.Tests.Representations;

public sealed class CsvTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    async Task<(HttpResponseMessage Response, List<Dictionary<string, string>> Rows)> GetCsv(string url, bool viaAccept = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, viaAccept ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "format=csv");
        if (viaAccept) request.Headers.Accept.ParseAdd("text/csv");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return (response, CsvReader.ParseWithHeader(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/articles", 1)]
    [InlineData("/quotes", 9)]
    [InlineData("/quotes?limit=3", 3)]
    [InlineData("/entities", 15)]
    [InlineData("/entities/1/articles", 1)]
    [InlineData("/entities/9/quotes", 2)]
    [InlineData("/articles/1/quotes", 9)]
    [InlineData("/articles/1/entities", 15)]
    [InlineData("/entities/1/related", 14)]
    [InlineData("/search?q=capacities", 5)]
    public async Task Lists_AsCsv_HaveOneRowPerItem(string url, int rows)
    {
        var (_, byAccept) = await GetCsv(url);
        var (_, byFormat) = await GetCsv(url, viaAccept: false);

        Assert.Equal(rows, byAccept.Count);
        Assert.Equal(rows, byFormat.Count);
    }

    [Fact]
    public async Task SearchCsv_HasTheJsonValues_OneRowPerHit_WithHighlightsAsFieldStartEnd()
    {
        var (response, rows) = await GetCsv("/search?q=Shamkhani%20OR%20capacities&limit=2");
        var page = await _client.GetJsonAsync<NewsApi.Data.Page<NewsApi.Search.SearchHit>>("/search?q=Shamkhani%20OR%20capacities&limit=2");

        Assert.Equal(["type", "id", "articleId", "title", "publishedAt", "speaker", "score", "snippet", "highlights"], rows[0].Keys);
        Assert.Equal(page.Items.Select(h => h.Type.ToString().ToLowerInvariant()), rows.Select(r => r["type"]));
        Assert.Equal(page.Items.Select(h => h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r["id"]));
        Assert.Equal(page.Items.Select(h => h.Snippet), rows.Select(r => r["snippet"]));
        Assert.Equal(page.Items.Select(h => string.Join("; ", h.Highlights.Select(x => $"{x.Field.ToString().ToLowerInvariant()}:{x.Start}-{x.End}"))),
            rows.Select(r => r["highlights"]));
        Assert.Contains("rel=\"next\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuotesCsv_HasTheJsonValues_WithQuotedCommasAndCurlyQuotes()
    {
        var (_, rows) = await GetCsv("/articles/1/quotes");
        var quotes = (await _client.GetJsonAsync<NewsApi.Data.Page<NewsApi.Quotes.Quote>>("/articles/1/quotes")).Items;

        Assert.Equal(quotes.Select(q => q.Text), rows.Select(r => r["text"]));
        Assert.Equal(quotes.Select(q => q.Speaker?.Name ?? ""), rows.Select(r => r["speakerName"]));
        Assert.Equal("", rows.Single(r => r["speakerName"] == "media")["speakerEntityId"]);
        Assert.Contains(rows, r => r["text"].Contains("“military, intelligence,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EntitiesCsv_JoinsAliases()
    {
        var (_, rows) = await GetCsv("/entities?q=daesh");

        Assert.Equal("ISIL; ISIS", Assert.Single(rows)["aliases"]);
    }

    [Fact]
    public async Task PagedCsv_LinksToTheNextPage()
    {
        var (response, _) = await GetCsv("/quotes?limit=3&kind=indirect", viaAccept: false);

        var link = Assert.Single(response.Headers.GetValues("Link"));
        Assert.Matches("^<http://localhost/quotes\\?limit=3&kind=indirect&format=csv&cursor=[A-Za-z0-9_-]+>; rel=\"next\"$", link);
        var next = link[1..link.IndexOf('>', StringComparison.Ordinal)];
        var nextPage = await _client.GetStringAsync(next);
        Assert.Equal(3, CsvReader.ParseWithHeader(nextPage).Count);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("plain, text", "plain, text")]
    [InlineData("", "")]
    public void TextCells_StartingWithAFormulaCharacter_GetAnApostrophe(string text, string cell) =>
        Assert.Equal(cell, Csv.Cell(text));

    [Fact]
    public void FieldsWithLineBreaksQuotesAndCommas_RoundTrip()
    {
        string[] values = ["two\r\nlines", "a \"quoted\" word", "x,y", "bare\nLF", "“curly”, too", ""];

        var csv = System.Text.Encoding.UTF8.GetString(Csv.Write(values, [new CsvColumn<string>("value", v => v)]));

        Assert.Equal(values, CsvReader.ParseWithHeader(csv).Select(r => r["value"]));
    }

    [Fact]
    public void NumbersAreNeverGuarded() => Assert.Equal("-5", Csv.Cell(-5L));
}
