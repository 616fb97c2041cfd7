using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Extraction;
using NewsApi.Reader;

namespace NewsApi.Tests.Reader;

public sealed partial class ReaderApiTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    [GeneratedRegex("""<span id="quote-(\d+)" class="quote quote-(\w+)" title="([^"]*)" data-speaker="([^"]*)">""")]
    private static partial Regex QuoteSpan();

    [GeneratedRegex("""<a href="/entities/(\d+)" class="entity entity-(\w+)" title="[^"]*">([^<]*)</a>""")]
    private static partial Regex MentionLink();

    [GeneratedRegex("""<li><span class="speaker">([^<]*)</span>.*?<a href="#quote-(\d+)">""")]
    private static partial Regex QuoteListItem();

    async Task<string> SeedPage()
    {
        var response = await _client.GetAsync("/articles/1/view");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task GetArticleView_SeedArticle_HighlightsTheNineQuotesWithTheirSpeakers()
    {
        var quotes = QuoteSpan().Matches(await SeedPage()).Select(m => (Id: m.Groups[1].Value, Speaker: WebUtility.HtmlDecode(m.Groups[4].Value), Title: WebUtility.HtmlDecode(m.Groups[3].Value))).ToList();

        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9"], quotes.Select(q => q.Id));
        Assert.Equal([
            "Keivan Khosravi", "Keivan Khosravi", "Keivan Khosravi", "Keivan Khosravi", "Keivan Khosravi",
            "media", "Rossiya 24", "Ali Shamkhani", "Ali Shamkhani",
        ], quotes.Select(q => q.Speaker));
        Assert.All(quotes, q => Assert.StartsWith(q.Speaker, q.Title, StringComparison.Ordinal));
        Assert.Equal("Keivan Khosravi (“he”) · indirect quote", quotes[2].Title);
    }

    [Fact]
    public async Task GetArticleView_SeedArticle_ListsEveryQuoteBesideTheTextLinkingToItsAnchor()
    {
        var page = await SeedPage();
        var aside = page[page.IndexOf("<aside>", StringComparison.Ordinal)..];

        var items = QuoteListItem().Matches(aside).Select(m => (Speaker: m.Groups[1].Value, Id: m.Groups[2].Value)).ToList();

        Assert.Equal(9, items.Count);
        Assert.Equal(("Rossiya 24", "7"), items[6]);
        Assert.Contains("<span class=\"speaker\">media</span> <span class=\"note\">(no entity)</span>", aside, StringComparison.Ordinal);
        Assert.Contains("<span class=\"kind\">mixed</span><br><a href=\"#quote-9\">they share “capacities and facilities” in the anti-terrorism campaign</a>", aside, StringComparison.Ordinal);
        Assert.All(items, i => Assert.Contains($"id=\"quote-{i.Id}\"", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetArticleView_SeedArticle_LinksEveryMentionToItsEntity()
    {
        var page = await SeedPage();
        var links = MentionLink().Matches(page).Select(m => (Id: m.Groups[1].Value, Type: m.Groups[2].Value, Text: m.Groups[3].Value)).ToList();

        Assert.Contains(("8", "person", "Keivan Khosravi"), links);
        Assert.Contains(("12", "organization", "Rossiya 24"), links);
        Assert.Contains(("7", "location", "Hamedan"), links);
        Assert.Contains(("14", "other", "Tupolev-22M3"), links);
        // the seed has 15 entities; every mention in title and body is a link
        var article = await _client.GetJsonAsync<Article>("/articles/1");
        Assert.Equal(article.Entities.Sum(e => e.Mentions.Count), links.Count);
        foreach (var id in links.Select(l => l.Id).Distinct())
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/entities/{id}")).StatusCode);
        // quote 8 opens on a mention of Tehran: the link nests inside the quote
        Assert.Contains("data-speaker=\"Ali Shamkhani\"><a href=\"/entities/4\" class=\"entity entity-location\" title=\"Tehran (location)\">Tehran</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetArticleView_ShowsTitleSourceDatelineDateAndLegend()
    {
        var page = await SeedPage();

        Assert.Contains("<span class=\"source\">Tasnim</span> · <span class=\"dateline\">TEHRAN</span> · <time datetime=\"2016-08-17\">17 August 2016</time>", page, StringComparison.Ordinal);
        Assert.Contains("<title>Iran, Russia, Syria in cose partnership against terrorism: SNSC spokesperson · NewsApi</title>", page, StringComparison.Ordinal);
        foreach (var type in new[] { "person", "organization", "location", "other" })
            Assert.Contains($"<span class=\"entity entity-{type}\">{type}</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetArticleView_ForbidsScriptsWithContentSecurityPolicy()
    {
        var response = await _client.GetAsync("/articles/1/view");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HtmlPage.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.StartsWith("default-src 'none';", HtmlPage.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetArticleView_UnknownId_Returns404Problem()
    {
        var problem = await _client.GetProblemAsync("/articles/999/view", 404);

        Assert.Equal("There is no article with id 999.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetArticleView_ArticleWithMarkupInItsText_EscapesIt()
    {
        using var own = new NewsApiFactory();
        const string title = "Berg: <img src=x onerror=alert(1)> & more";
        const string body = "OSLO (Test Wire) – Anna Berg said: \"<script>alert(1)</script> is not a headline.\"\n\nJan Olsen of <b>Bergen</b> agreed.";
        var annotations = own.Services.GetRequiredService<ArticleExtractor>().Extract(title, body);
        var created = await own.Services.GetRequiredService<ArticleWriter>().CreateAsync(
            new NewArticle { Title = title, Body = body, Source = "Test <Wire>" }, annotations, "test", CancellationToken.None);

        var page = await own.CreateClient().GetStringAsync($"/articles/{created.Id}/view");

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<Wire>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; &amp; more · NewsApi</title>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", page, StringComparison.Ordinal);
        var quote = Assert.Single(QuoteSpan().Matches(page));
        Assert.Equal("Anna Berg", quote.Groups[4].Value);
    }
}
