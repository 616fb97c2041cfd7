using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Ingestion;
using NewsApi.Search;

namespace NewsApi.Tests.Search;

/// <summary>Article lists over a small ingested corpus: q, sort, repeatable entity, facets, stable paging.</summary>
public sealed class ArticleListSearchTests : IDisposable
{
    readonly NewsApiFactory _factory = new();
    readonly HttpClient _client;

    public ArticleListSearchTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    async Task<long> Ingest(string title, string body, int day, string source = "Reuters")
    {
        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        var result = await ingestor.IngestAsync(new NewArticle
        {
            Title = title, Body = body, Source = source, PublishedAt = new DateTimeOffset(2024, 1, day, 9, 0, 0, TimeSpan.Zero),
        }, CancellationToken.None);
        return result.Id;
    }

    async Task<long> EntityId(string name) =>
        (await _client.GetJsonAsync<Page<EntitySummary>>($"/entities?q={Uri.EscapeDataString(name)}")).Items.Single(e => e.Name == name).Id;

    async Task Corpus()
    {
        await Ingest("Zebra crossing row in Paris", "PARIS (Reuters) - Officials in Paris said zebra crossings would be repainted, according to the mayor.", 1);
        await Ingest("Zebras return to Kenya park", "NAIROBI (AP) - Zebras were seen again in Kenya, officials said on Monday. Paris zoo staff visited.", 2, "AP");
        await Ingest("Trade talks resume", "LONDON (Reuters) - Trade talks between France and Kenya resumed in London on Tuesday.", 3);
    }

    [Fact]
    public async Task ListArticles_Q_FiltersAndSortsByRelevanceOrDate()
    {
        await Corpus();

        var newest = await _client.GetJsonAsync<Page<ArticleSummary>>("/articles?q=zebra*");
        var oldest = await _client.GetJsonAsync<Page<ArticleSummary>>("/articles?q=zebra*&sort=oldest");
        var relevant = await _client.GetJsonAsync<Page<ArticleSummary>>("/articles?q=zebra*&sort=relevance");

        Assert.Equal(["Zebras return to Kenya park", "Zebra crossing row in Paris"], newest.Items.Select(a => a.Title));
        Assert.Equal(newest.Items.Reverse().Select(a => a.Id), oldest.Items.Select(a => a.Id));
        Assert.Equal(2, relevant.Items.Count);
        await _client.GetProblemAsync("/articles?sort=relevance", 400);
        await _client.GetProblemAsync("/articles?q=%22zebra", 400);
        await _client.GetProblemAsync("/articles?sort=random", 400);
    }

    [Fact]
    public async Task ListArticles_RepeatedEntity_RequiresAllOfThem()
    {
        await Corpus();
        var paris = await EntityId("Paris");
        var kenya = await EntityId("Kenya");

        var both = await _client.GetJsonAsync<Page<ArticleSummary>>($"/articles?entity={paris}&entity={kenya}");
        var parisOnly = await _client.GetJsonAsync<Page<ArticleSummary>>($"/articles?entity={paris}");

        Assert.Equal(["Zebras return to Kenya park"], both.Items.Select(a => a.Title));
        Assert.Equal(2, parisOnly.Items.Count);
        await _client.GetProblemAsync("/articles?" + string.Join("&", Enumerable.Range(1, 11).Select(i => $"entity={i}")), 400);
    }

    [Fact]
    public async Task ListArticles_Facets_MatchCountsComputedInSql()
    {
        await Corpus();
        var kenya = await EntityId("Kenya");

        var page = await _client.GetJsonAsync<Page<ArticleSummary>>($"/articles?entity={kenya}&facets=entity,source,month&facetSize=50");

        await using var connection = await _factory.OpenDatabaseAsync();
        var expected = (await connection.QueryAsync<(long Id, long Count)>("""
            SELECT m.entity_id, COUNT(DISTINCT m.article_id) FROM mentions m
            WHERE m.article_id IN (SELECT article_id FROM mentions WHERE entity_id = @kenya)
            GROUP BY m.entity_id
            """, new { kenya })).ToDictionary(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r => r.Count);
        var entityFacet = page.Facets!["entity"];
        Assert.Equal(expected, entityFacet.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(entityFacet.Select(f => f.Count).OrderDescending(), entityFacet.Select(f => f.Count));
        Assert.Equal(new Dictionary<string, long> { ["AP"] = 1, ["Reuters"] = 1 }, page.Facets["source"].ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(["2024-01"], page.Facets["month"].Select(f => f.Value));
        await _client.GetProblemAsync("/articles?facets=colour", 400);
        await _client.GetProblemAsync("/articles?facets=entity&facetSize=0", 400);
    }

    [Fact]
    public async Task ListArticles_WithoutFacets_OmitsTheFacetsProperty()
    {
        var json = await _client.GetStringAsync("/articles");

        Assert.DoesNotContain("facets", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListArticles_PagingWhileArticlesAreInserted_NeitherRepeatsNorSkips()
    {
        for (var day = 1; day <= 9; day++) await Ingest($"Report {day}", $"Routine report number {day} from the wire.", day);
        var before = (await _client.GetJsonAsync<Page<ArticleSummary>>("/articles?limit=100")).Items.Select(a => a.Id).ToList();

        var seen = new List<long>();
        string? cursor = null;
        var round = 0;
        do
        {
            var page = await _client.GetJsonAsync<Page<ArticleSummary>>($"/articles?limit=3{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page.Items.Select(a => a.Id));
            cursor = page.NextCursor;
            // newer articles arrive between page requests; they sort before the cursor and do not disturb it
            await Ingest($"Breaking {round}", $"Breaking news number {round}.", 20 + round++);
        } while (cursor is not null);

        Assert.Equal(before, seen);
    }

    [Fact]
    public async Task DeletingAnArticle_RemovesItAndItsQuotesFromSearch()
    {
        var id = await Ingest("Storm warning", "LONDON (Reuters) - \"The storm will be severe and we urge everyone to stay home tonight,\" the Met Office said.", 4);
        Assert.NotEmpty((await _client.GetJsonAsync<Page<SearchHit>>("/search?q=storm")).Items);

        await _factory.Services.GetRequiredService<ArticleWriter>().DeleteAsync(id, CancellationToken.None);

        Assert.Empty((await _client.GetJsonAsync<Page<SearchHit>>("/search?q=storm")).Items);
    }

    [Fact]
    public async Task Snippets_EscapeHtmlInArticleText()
    {
        await Ingest("Markup test", "The word <script>alert(1)</script> appears beside the keyword pelican.", 5);

        var hit = Assert.Single((await _client.GetJsonAsync<Page<SearchHit>>("/search?q=pelican")).Items);

        Assert.Contains("&lt;script&gt;", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>pelican</mark>", hit.Snippet, StringComparison.Ordinal);
    }
}
