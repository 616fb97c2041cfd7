using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Search;

namespace NewsApi.Tests.Search;

/// <summary>Search over the seed article (read-only, shared app).</summary>
public sealed class SearchApiTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    Task<Page<SearchHit>> Search(string q, string extra = "") =>
        _client.GetJsonAsync<Page<SearchHit>>($"/search?q={Uri.EscapeDataString(q)}{extra}");

    async Task AssertHighlightsMatchText(Page<SearchHit> page)
    {
        var article = await _client.GetJsonAsync<Article>("/articles/1");
        Assert.All(page.Items.SelectMany(h => h.Highlights), h =>
        {
            var field = h.Field == NewsApi.Extraction.TextField.Title ? article.Title : article.Body;
            Assert.Equal(h.Text, field[h.Start..h.End]);
        });
    }

    [Fact]
    public async Task Search_Word_FindsArticleAndQuotesWithExactHighlights()
    {
        var page = await Search("capacities");

        Assert.Contains(page.Items, h => h.Type == SearchHitType.Article && h.Id == 1);
        Assert.Equal(4, page.Items.Count(h => h.Type == SearchHitType.Quote));
        Assert.Equal(page.Items.Select(h => h.Score).Order(), page.Items.Select(h => h.Score));
        Assert.All(page.Items, h => Assert.Contains("<mark>capacities</mark>", h.Snippet, StringComparison.Ordinal));
        await AssertHighlightsMatchText(page);
    }

    [Theory]
    [InlineData("\"strategic partnership\"", 1)]
    [InlineData("terror*", 4)]
    [InlineData("Hamedan AND airbase", 1)]
    [InlineData("Hamedan OR partnership", 2)]
    [InlineData("capacities NOT facilities", 3)]
    [InlineData("(Moscow OR Damascus) AND partnership", 1)]
    [InlineData("\"anti-terrorism\"", 1)]
    public async Task Search_Operators_SelectQuotes(string q, int quotes)
    {
        var page = await Search(q, "&type=quote");

        Assert.All(page.Items, h => Assert.Equal(SearchHitType.Quote, h.Type));
        Assert.Equal(quotes, page.Items.Count);
        await AssertHighlightsMatchText(page);
    }

    [Fact]
    public async Task Search_TitleColumnFilter_HighlightsTheTitle()
    {
        var page = await Search("title:cose", "&type=article");

        var hit = Assert.Single(page.Items);
        Assert.Contains(hit.Highlights, h => h.Field == NewsApi.Extraction.TextField.Title && h.Text == "cose");
    }

    [Fact]
    public async Task Search_ColumnFilterOfOneIndex_SearchesThatIndexOnly()
    {
        var titles = await Search("title:cose");
        var quoteText = await Search("text:facilities");

        Assert.Equal([(SearchHitType.Article, 1L)], titles.Items.Select(h => (h.Type, h.Id)));
        Assert.Equal("Ali Shamkhani", Assert.Single(quoteText.Items).Speaker);
        await _client.GetProblemAsync("/search?q=title:cose&type=quote", 400);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"unclosed")]
    [InlineData("(syria")]
    [InlineData("AND")]
    [InlineData("anti-terrorism")]
    [InlineData("nosuchcolumn:word")]
    [InlineData("NOT")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("*")]
    [InlineData("syria -- comment")]
    public async Task Search_QueryFts5CannotRun_Returns400NamingQ(string q)
    {
        var problem = await _client.GetProblemAsync($"/search?q={Uri.EscapeDataString(q)}", 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _), problem.ToString());
    }

    [Theory]
    [InlineData("capacities AND NOT facilities")]
    [InlineData("capacities -facilities")]
    [InlineData("-facilities capacities")]
    public async Task Search_ExclusionsPeopleType_MeanFts5Not(string q)
    {
        var typed = await Search(q, "&type=quote");
        var fts5 = await Search("capacities NOT facilities", "&type=quote");

        Assert.Equal(3, typed.Items.Count);
        Assert.Equal(fts5.Items.Select(h => h.Id), typed.Items.Select(h => h.Id));
    }

    [Theory]
    [InlineData("/search?q=-iran")]
    [InlineData("/search?q=NOT%20iran")]
    [InlineData("/articles?q=-iran")]
    [InlineData("/quotes?q=-iran")]
    public async Task OnlyExcludingQuery_Returns400SayingASearchNeedsATermToLookFor(string url)
    {
        var problem = await _client.GetProblemAsync(url, 400);

        var message = problem.GetProperty("errors").GetProperty("q")[0].GetString()!;
        Assert.Contains("only excludes", message, StringComparison.Ordinal);
        Assert.Contains("syria -iran", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidQueryHint_SaysWhereNotGoes()
    {
        var problem = await _client.GetProblemAsync("/search?q=syria%20OR%20NOT", 400);

        var message = problem.GetProperty("errors").GetProperty("q")[0].GetString()!;
        Assert.DoesNotContain("use AND, OR, NOT between terms", message, StringComparison.Ordinal);
        Assert.Contains("syria NOT iran", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListArticlesAndQuotes_TakeTheSameExclusions()
    {
        var articles = await _client.GetJsonAsync<Page<ArticleSummary>>("/articles?q=Syria%20-Shamkhani");
        var quotes = await _client.GetJsonAsync<Page<NewsApi.Quotes.Quote>>("/quotes?q=capacities%20AND%20NOT%20facilities");

        Assert.Empty(articles.Items);
        Assert.Equal(3, quotes.Items.Count);
    }

    [Theory]
    [InlineData("Khosravi")]
    [InlineData("speaker:Khosravi")]
    [InlineData("speaker:Keivan")]
    public async Task Search_SpeakerName_FindsTheQuotesOfThatSpeaker(string q)
    {
        var page = await Search(q, "&type=quote");

        // five quotes, though his name is written "Khosravi" or "he" beside most of them
        Assert.Equal(5, page.Items.Count);
        await AssertHighlightsMatchText(page);
        Assert.Contains(page.Items, h => h.Highlights.Any(x => x.Text.StartsWith("Khosravi", StringComparison.Ordinal) || x.Text == "Keivan"));
        var own = await _client.GetJsonAsync<Page<NewsApi.Quotes.Quote>>("/entities/8/quotes?limit=100");
        Assert.Equal(own.Items.Select(q => q.Id).Order(), page.Items.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task Search_SpeakerByResolvedEntityName_FindsQuotesWhoseSpeakerIsWrittenOtherwise()
    {
        // the seed's quotes by pronoun or title ("he", "the spokesman") are indexed with the entity they resolve to
        var written = (await _client.GetJsonAsync<Page<NewsApi.Quotes.Quote>>("/quotes?limit=100")).Items
            .Where(q => q.Speaker is { EntityName: not null } s && s.Name != s.EntityName).ToList();
        Assert.NotEmpty(written);

        foreach (var quote in written)
        {
            var page = await Search($"speaker:\"{quote.Speaker!.EntityName}\"", "&type=quote&limit=100");
            Assert.Contains(quote.Id, page.Items.Select(h => h.Id));
        }
    }

    [Fact]
    public async Task Search_SpeakerColumnFilter_OnlyMatchesSpeakers()
    {
        // "Shamkhani" is in the text of no quote, so a speaker: filter and a text: filter split cleanly
        var bySpeaker = await Search("speaker:Shamkhani");
        var byText = await Search("text:Shamkhani");

        Assert.NotEmpty(bySpeaker.Items);
        Assert.All(bySpeaker.Items, h => Assert.Equal(SearchHitType.Quote, h.Type));
        Assert.Empty(byText.Items);
        var quotes = await _client.GetJsonAsync<Page<NewsApi.Quotes.Quote>>("/quotes?q=speaker:Shamkhani");
        Assert.Equal(bySpeaker.Items.Select(h => h.Id).Order(), quotes.Items.Select(q => q.Id).Order());
    }

    [Fact]
    public async Task Search_MissingOrTooLongQuery_Returns400()
    {
        await _client.GetProblemAsync("/search", 400);
        await _client.GetProblemAsync($"/search?q={new string('a', 501)}", 400);
        await _client.GetProblemAsync("/search?q=syria&type=video", 400);
        await _client.GetProblemAsync("/search?q=syria&cursor=bad", 400);
    }

    [Fact]
    public async Task Search_PagesWithCursorAndLinkHeader()
    {
        var first = await _client.GetAsync("/search?q=syria&limit=2");
        var page = (await first.Content.ReadFromJsonAsync<Page<SearchHit>>(NewsApiFactory.Json))!;
        var link = first.Headers.GetValues("Link").Single();

        Assert.Equal($"<http://localhost/search?q=syria&limit=2&cursor={page.NextCursor}>; rel=\"next\"", link);
        var all = new List<SearchHit>(page.Items);
        while (page.NextCursor is not null)
        {
            page = await Search("syria", $"&limit=2&cursor={page.NextCursor}");
            all.AddRange(page.Items);
        }
        var everything = await Search("syria", "&limit=100");
        Assert.Equal(everything.Items.Select(h => (h.Type, h.Id)), all.Select(h => (h.Type, h.Id)));
    }

    [Fact]
    public async Task ListQuotes_WithQ_FiltersByFullText()
    {
        var page = await _client.GetJsonAsync<Page<NewsApi.Quotes.Quote>>("/quotes?q=%22strategic%20partnership%22");

        Assert.Equal("Ali Shamkhani", Assert.Single(page.Items).Speaker?.Name);
        await _client.GetProblemAsync("/quotes?q=%22open", 400);
    }
}
