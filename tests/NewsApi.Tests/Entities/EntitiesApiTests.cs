using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Extraction;
using NewsApi.Quotes;

namespace NewsApi.Tests.Entities;

public sealed class EntitiesApiTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    async Task<long> IdOf(string q) => (await _client.GetJsonAsync<Page<EntitySummary>>($"/entities?q={Uri.EscapeDataString(q)}")).Items[0].Id;

    [Fact]
    public async Task ListEntities_IsAlphabeticalAndPagesWithoutGaps()
    {
        var names = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _client.GetJsonAsync<Page<EntitySummary>>($"/entities?limit=4{(cursor is null ? "" : $"&cursor={cursor}")}");
            names.AddRange(page.Items.Select(e => e.Name));
            cursor = page.NextCursor;
        } while (cursor is not null);

        Assert.Equal(15, names.Count);
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
    }

    [Theory]
    [InlineData("person", 2)]
    [InlineData("organization", 4)]
    [InlineData("LOCATION", 7)]
    [InlineData("other", 2)]
    public async Task ListEntities_TypeFilter_CountsSeedEntities(string type, int expected)
    {
        var page = await _client.GetJsonAsync<Page<EntitySummary>>($"/entities?type={type}");

        Assert.Equal(expected, page.Items.Count);
    }

    [Theory]
    [InlineData("SNSC", "Supreme National Security Council")]
    [InlineData("isil", "Daesh")]
    [InlineData("khosr", "Keivan Khosravi")]
    public async Task ListEntities_Query_MatchesNamesAndAliases(string q, string expected)
    {
        var page = await _client.GetJsonAsync<Page<EntitySummary>>($"/entities?q={q}");

        Assert.Equal(expected, Assert.Single(page.Items).Name);
    }

    [Fact]
    public async Task ListEntities_QueryWithLikeWildcards_MatchesLiterally()
    {
        var page = await _client.GetJsonAsync<Page<EntitySummary>>("/entities?q=%25");

        Assert.Empty(page.Items);
    }

    [Theory]
    [InlineData("type=company", "type")]
    [InlineData("type=0", "type")]
    [InlineData("limit=1000", "limit")]
    [InlineData("cursor=%25%25", "cursor")]
    public async Task ListEntities_BadParameter_Returns400NamingIt(string query, string parameter)
    {
        var problem = await _client.GetProblemAsync($"/entities?{query}", 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task ListEntities_TooLongQuery_Returns400()
    {
        var problem = await _client.GetProblemAsync($"/entities?q={new string('a', 201)}", 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task GetEntity_ReturnsAliasesExternalIdsAndCounts()
    {
        var iran = await _client.GetJsonAsync<EntityDetail>($"/entities/{await IdOf("Iran")}");
        var khosravi = await _client.GetJsonAsync<EntityDetail>($"/entities/{await IdOf("Khosravi")}");

        Assert.Equal(EntityType.Location, iran.Type);
        Assert.Equal("Q794", iran.ExternalIds["wikidata"]);
        Assert.Equal(6, iran.MentionCount);
        Assert.Equal(1, iran.ArticleCount);
        Assert.Equal(["Khosravi"], khosravi.Aliases);
        Assert.Equal(5, khosravi.QuoteCount);
    }

    [Fact]
    public async Task GetEntityQuotes_ReturnsEverythingTheSpeakerSaid()
    {
        var page = await _client.GetJsonAsync<Page<Quote>>($"/entities/{await IdOf("Shamkhani")}/quotes");

        Assert.Equal([QuoteKind.Indirect, QuoteKind.Mixed], page.Items.Select(q => q.Kind));
        Assert.All(page.Items, q => Assert.Equal("Ali Shamkhani", q.Speaker?.EntityName));
    }

    [Fact]
    public async Task GetEntityQuotes_PagesWithCursor()
    {
        var id = await IdOf("Khosravi");
        var first = await _client.GetJsonAsync<Page<Quote>>($"/entities/{id}/quotes?limit=3");
        var second = await _client.GetJsonAsync<Page<Quote>>($"/entities/{id}/quotes?limit=3&cursor={first.NextCursor}");

        Assert.Equal(3, first.Items.Count);
        Assert.Equal(2, second.Items.Count);
        Assert.Null(second.NextCursor);
        Assert.Empty(first.Items.Select(q => q.Id).Intersect(second.Items.Select(q => q.Id)));
    }

    [Fact]
    public async Task GetEntityArticles_ListsArticlesMentioningIt()
    {
        var page = await _client.GetJsonAsync<Page<ArticleSummary>>($"/entities/{await IdOf("Hamedan")}/articles");

        Assert.Equal(1, Assert.Single(page.Items).Id);
    }

    [Theory]
    [InlineData("/entities/999")]
    [InlineData("/entities/999/articles")]
    [InlineData("/entities/999/quotes")]
    public async Task GetEntity_UnknownId_Returns404Problem(string url)
    {
        await _client.GetProblemAsync(url, 404);
    }

    [Theory]
    [InlineData("/entities/1/articles?limit=0")]
    [InlineData("/entities/1/quotes?cursor=abc")]
    public async Task GetEntityLists_BadPaging_Returns400(string url)
    {
        await _client.GetProblemAsync(url, 400);
    }
}
