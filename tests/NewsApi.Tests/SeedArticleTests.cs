using Dapper;
using NewsApi.Articles;
using NewsApi.Extraction;
using NewsApi.Quotes;

namespace NewsApi.Tests;

/// <summary>The seed article comes out exactly right: metadata, every entity and mention, every quote.</summary>
public sealed class SeedArticleTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    Task<Article> SeedArticle() => _client.GetJsonAsync<Article>("/articles/1");

    [Fact]
    public async Task Seed_Metadata_IsTasnimFromTehranPublished17August2016()
    {
        var article = await SeedArticle();

        Assert.Equal("Iran, Russia, Syria in cose partnership against terrorism: SNSC spokesperson", article.Title);
        Assert.Equal("Tasnim", article.Source);
        Assert.Equal("TEHRAN", article.Dateline);
        Assert.Equal("en", article.Language);
        Assert.Equal(new DateTimeOffset(2016, 8, 17, 0, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(DateSource.Metadata, article.DateSource);
        Assert.Equal(10, article.Paragraphs.Count);
        Assert.Equal(64, article.ContentHash.Length);
    }

    [Fact]
    public async Task Seed_Body_IsTheFileTextAfterTheTitleVerbatim()
    {
        var article = await SeedArticle();
        var file = await File.ReadAllTextAsync(RepoFiles.Path("db", "seed", "000_84412c13ce1ac608.txt"));

        Assert.Equal(file[(file.IndexOf("TEHRAN", StringComparison.Ordinal))..], article.Body);
        Assert.Contains("SNSC Secreatry Ali Shamkhani", article.Body, StringComparison.Ordinal);
        Assert.StartsWith("TEHRAN (Tasnim) \u2013 Iran's", article.Body, StringComparison.Ordinal);
        Assert.All(article.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(article.Body[(int)p.Start..(int)p.End])));
    }

    [Theory]
    [InlineData("Syria", EntityType.Location, 8, "")]
    [InlineData("Iran", EntityType.Location, 6, "")]
    [InlineData("Russia", EntityType.Location, 5, "")]
    [InlineData("Tehran", EntityType.Location, 3, "")]
    [InlineData("Moscow", EntityType.Location, 2, "")]
    [InlineData("Damascus", EntityType.Location, 1, "")]
    [InlineData("Hamedan", EntityType.Location, 1, "")]
    [InlineData("Keivan Khosravi", EntityType.Person, 3, "Khosravi")]
    [InlineData("Ali Shamkhani", EntityType.Person, 1, "")]
    [InlineData("Supreme National Security Council", EntityType.Organization, 4, "SNSC")]
    [InlineData("Tasnim", EntityType.Organization, 1, "")]
    [InlineData("Rossiya 24", EntityType.Organization, 1, "")]
    [InlineData("Daesh", EntityType.Organization, 3, "ISIL,ISIS")]
    [InlineData("Tupolev-22M3", EntityType.Other, 2, "")]
    [InlineData("Sukhoi-34", EntityType.Other, 1, "")]
    public async Task Seed_Entity_HasTypeAliasesAndEveryMention(string name, EntityType type, int mentions, string aliases)
    {
        var entity = Assert.Single((await SeedArticle()).Entities, e => e.Name == name);

        Assert.Equal(type, entity.Type);
        Assert.Equal(mentions, entity.Mentions.Count);
        Assert.Equal(aliases.Split(',', StringSplitOptions.RemoveEmptyEntries), entity.Aliases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Seed_Entities_AreExactlyTheCuratedFifteen()
    {
        var article = await SeedArticle();

        Assert.Equal(15, article.Entities.Count);
        var mentioned = article.Entities.SelectMany(e => e.Mentions).Select(m => m.Text).ToHashSet();
        Assert.DoesNotContain("Iranian", mentioned);
        Assert.DoesNotContain("Russian", mentioned);
        Assert.DoesNotContain("Syrian", mentioned);
        // the dateline and the title acronym are mentions too
        Assert.Contains(article.Entities.Single(e => e.Name == "Tehran").Mentions, m => m.Text == "TEHRAN" && m.Start == 0);
        Assert.Contains(article.Entities.Single(e => e.Name == "Supreme National Security Council").Mentions,
            m => m.Field == TextField.Title && m.Text == "SNSC");
    }

    [Fact]
    public async Task Seed_Locations_CarryWikidataIds()
    {
        var ids = (await SeedArticle()).Entities.Where(e => e.WikidataId is not null).ToDictionary(e => e.Name, e => e.WikidataId);

        Assert.Equal(new Dictionary<string, string?>
        {
            ["Iran"] = "Q794", ["Russia"] = "Q159", ["Syria"] = "Q858", ["Tehran"] = "Q3616",
            ["Moscow"] = "Q649", ["Damascus"] = "Q3766", ["Hamedan"] = "Q170426",
        }, ids);
    }

    [Fact]
    public async Task Seed_KnownPlaces_CarryGeoNamesIdsOrCountryCodesAndCoordinates()
    {
        var places = new Dictionary<string, string>();
        foreach (var location in (await SeedArticle()).Entities.Where(e => e.Type == EntityType.Location))
        {
            var entity = await _client.GetJsonAsync<System.Text.Json.JsonElement>($"/entities/{location.Id}");
            var ids = entity.GetProperty("externalIds").EnumerateObject().Where(p => p.Name != "wikidata").Select(p => $"{p.Name}:{p.Value.GetString()}");
            places[location.Name] = string.Join(",", ids) + (entity.GetProperty("latitude").ValueKind == System.Text.Json.JsonValueKind.Number ? " @" : "");
        }

        Assert.Equal(new Dictionary<string, string>
        {
            ["Iran"] = "iso3166:IR @", ["Russia"] = "iso3166:RU @", ["Syria"] = "iso3166:SY @", ["Tehran"] = "geonames:112931 @",
            ["Moscow"] = "geonames:524901 @", ["Damascus"] = "geonames:170654 @", ["Hamedan"] = "",
        }, places);
    }

    [Fact]
    public async Task Seed_Quotes_AreAllStatements()
    {
        var page = await _client.GetJsonAsync<System.Text.Json.JsonElement>("/articles/1/quotes");
        var quotes = page.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(9, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("statement", q.GetProperty("attribution").GetString()));
    }

    public static TheoryData<int, string?, string, QuoteKind, string, string> SeedQuotes => new()
    {
        { 0, "Keivan Khosravi", "Keivan Khosravi", QuoteKind.Indirect, "saying", "the three are sharing each other’s capacities" },
        { 1, "Keivan Khosravi", "Khosravi", QuoteKind.Mixed, "said", "Iran, Russia and Syria are providing each other with their “military, intelligence, commanding, training and territorial capacities” as part of mutual cooperation in tackling terrorist groups in Syria" },
        { 2, "Keivan Khosravi", "he", QuoteKind.Indirect, "underlined", "Such trilateral cooperation has been already developed and is vigorously in progress" },
        { 3, "Keivan Khosravi", "he", QuoteKind.Indirect, "adding", "parties to this collective action have been carefully coordinating efforts is a series of meetings and multiple reciprocal visits by their high-ranking political, security and military officials" },
        { 4, "Keivan Khosravi", "Khosravi", QuoteKind.Mixed, "made it clear", "the exchange of capacities of the three countries is “proportional to progress in the operational field and the success achieved in the course of cooperation.”" },
        { 5, null, "media", QuoteKind.Indirect, "reports", "Russia has used an airbase in Iran’s western city of Hamedan to launch airstrikes against terrorists in Syria using long-range Tupolev-22M3 bombers and Sukhoi-34 fighter bombers" },
        { 6, "Rossiya 24", "It", QuoteKind.Indirect, "said", "the Iranian deployment would allow the Russian air force to cut flight times by 60 percent" },
        { 7, "Ali Shamkhani", "Ali Shamkhani", QuoteKind.Indirect, "said", "Tehran and Moscow have developed a strategic partnership in the war on terrorism in Syria" },
        { 8, "Ali Shamkhani", "Ali Shamkhani", QuoteKind.Mixed, "saying", "they share “capacities and facilities” in the anti-terrorism campaign" },
    };

    [Theory]
    [MemberData(nameof(SeedQuotes))]
    public async Task Seed_Quote_HasSpeakerKindCueAndText(int position, string? speakerEntity, string speakerAsWritten, QuoteKind kind, string cue, string text)
    {
        var quotes = (await _client.GetJsonAsync<NewsApi.Data.Page<Quote>>("/articles/1/quotes")).Items;

        Assert.Equal(9, quotes.Count);
        var quote = quotes[position];
        Assert.Equal(text, quote.Text);
        Assert.Equal(kind, quote.Kind);
        Assert.Equal(cue, quote.Cue.Text);
        Assert.Equal(speakerAsWritten, quote.Speaker?.Name);
        Assert.Equal(speakerEntity, quote.Speaker?.EntityName);
        Assert.Equal(speakerEntity is null, quote.Speaker?.EntityId is null);
    }

    [Fact]
    public async Task EveryStoredMentionAndQuote_SpanEqualsItsText()
    {
        await using var connection = await factory.OpenDatabaseAsync();
        var articles = (await connection.QueryAsync<(long Id, string Title, string Body)>("SELECT id, title, body FROM articles")).ToDictionary(a => a.Id);
        var mentions = (await connection.QueryAsync<(long ArticleId, string Field, long Start, long End, string Text)>(
            "SELECT article_id, field, start_offset, end_offset, text FROM mentions")).AsList();
        var spans = (await connection.QueryAsync<(long ArticleId, long Start, long End, string Text)>("""
            SELECT article_id, start_offset, end_offset, text FROM quotes
            UNION ALL SELECT article_id, cue_start, cue_end, cue_text FROM quotes
            UNION ALL SELECT article_id, speaker_start, speaker_end, speaker_name FROM quotes WHERE speaker_start IS NOT NULL
            """)).AsList();

        Assert.Equal(42, mentions.Count);
        Assert.Equal(27, spans.Count);
        Assert.All(mentions, m =>
        {
            var field = m.Field == "title" ? articles[m.ArticleId].Title : articles[m.ArticleId].Body;
            Assert.Equal(m.Text, field.Substring((int)m.Start, (int)(m.End - m.Start)));
        });
        Assert.All(spans, s => Assert.Equal(s.Text, articles[s.ArticleId].Body.Substring((int)s.Start, (int)(s.End - s.Start))));
    }
}
