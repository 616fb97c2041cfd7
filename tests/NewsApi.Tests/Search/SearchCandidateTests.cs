using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsApi.Bench;
using NewsApi.Data;
using NewsApi.Ingestion;
using NewsApi.Search;

namespace NewsApi.Tests.Search;

/// <summary>
/// <c>NewsApi:Search:RankCandidates</c>: a search ranks only the newest that many matches of each index, with the
/// scores exact ranking gives them; a query with fewer matches is ranked exactly; a capped search pages through its
/// candidates once; a negative cap stops the app at start-up.
/// </summary>
public sealed class SearchCandidateTests : IClassFixture<SearchCandidateTests.Corpus>
{
    public sealed class Corpus : IAsyncLifetime
    {
        public NewsApiFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            var jsonl = Path.Combine(Factory.Directory, "corpus.jsonl");
            new CorpusGenerator(seed: 5).WriteJsonl(jsonl, 120);
            _ = Factory.Services; // migrate before the import
            Assert.Equal(0, await ImportCommand.RunAsync([jsonl], TextWriter.Null, TextWriter.Null, interactive: false, Factory.DatabaseSettings));
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    readonly Corpus _corpus;

    public SearchCandidateTests(Corpus corpus) => _corpus = corpus;

    SearchStore Store(int cap) => new(_corpus.Factory.Services.GetRequiredService<IDbConnectionFactory>(),
        _corpus.Factory.Services.GetRequiredService<FullTextSql>(), Options.Create(new SearchOptions { RankCandidates = cap }));

    static async Task<List<SearchHit>> AllPages(SearchStore store, string q, int pageSize)
    {
        var hits = new List<SearchHit>();
        Cursor? cursor = null;
        do
        {
            var page = await store.SearchAsync(SearchQueryParser.Parse(q), true, true, pageSize, cursor, CancellationToken.None);
            hits.AddRange(page.Items);
            cursor = Cursor.TryDecode(page.NextCursor, out var next) ? next : null;
        } while (cursor is not null);
        return hits;
    }

    // the ids of every article and every quote the query matches, newest (highest id) first
    async Task<(List<long> Articles, List<long> Quotes)> Matches(string q)
    {
        var fullText = _corpus.Factory.Services.GetRequiredService<FullTextSql>();
        var query = SearchQueryParser.Parse(q);
        await using var connection = await _corpus.Factory.Services.GetRequiredService<IDbConnectionFactory>().OpenReadAsync();
        var articles = (await connection.QueryAsync<long>(fullText.ArticleIdsMatching("@Q"), new { Q = fullText.Render(query, SearchIndex.Articles) })).OrderDescending().ToList();
        var quotes = (await connection.QueryAsync<long>(fullText.QuoteIdsMatching("@Q"), new { Q = fullText.Render(query, SearchIndex.Quotes) })).OrderDescending().ToList();
        return (articles, quotes);
    }

    [Theory]
    [InlineData("officials")]
    [InlineData("minist*")]
    public async Task ACommonTerm_RanksOnlyTheNewestCapMatchesOfEachIndex_WithTheirExactScores(string q)
    {
        const int cap = 6;
        var (articles, quotes) = await Matches(q);
        Assert.True(articles.Count > 3 * cap && quotes.Count > 3 * cap, $"{q} matches {articles.Count} articles and {quotes.Count} quotes: too few to cap");

        var capped = await AllPages(Store(cap), q, 20);
        var exact = await AllPages(Store(0), q, 20);

        Assert.Equal(articles.Take(cap).Order(), capped.Where(h => h.Type == SearchHitType.Article).Select(h => h.Id).Order());
        Assert.Equal(quotes.Take(cap).Order(), capped.Where(h => h.Type == SearchHitType.Quote).Select(h => h.Id).Order());
        // each candidate scores and sorts as in the full ranking: the capped list is the exact one without the older matches
        var candidates = capped.Select(h => (h.Type, h.Id)).ToHashSet();
        Assert.Equal(exact.Where(h => candidates.Contains((h.Type, h.Id))).Select(h => (h.Type, h.Id, h.Score)), capped.Select(h => (h.Type, h.Id, h.Score)));
    }

    [Fact]
    public async Task ATermWithFewerMatchesThanTheCap_IsRankedExactly()
    {
        const int cap = 40;
        string? rare = null;
        foreach (var q in new[] { "cholera", "whaling", "avalanche", "locusts", "volcano", "doping", "census", "piracy", "Fischer", "Tanaka" })
            if (await Matches(q) is { Articles.Count: > 1 and < cap, Quotes.Count: > 0 and < cap }) { rare = q; break; }
        Assert.NotNull(rare);

        var capped = await AllPages(Store(cap), rare, 5);

        Assert.Equal((await AllPages(Store(0), rare, 5)).Select(h => (h.Type, h.Id, h.Score)), capped.Select(h => (h.Type, h.Id, h.Score)));
    }

    [Fact]
    public async Task PagingACappedSearch_ReturnsEachCandidateOnce_BestFirst()
    {
        const int cap = 7;
        var (articles, quotes) = await Matches("officials");

        var pages = await AllPages(Store(cap), "officials", 3);

        Assert.Equal(Math.Min(cap, articles.Count) + Math.Min(cap, quotes.Count), pages.Count);
        Assert.Equal(pages.Count, pages.Select(h => (h.Type, h.Id)).Distinct().Count());
        Assert.Equal(pages.Select(h => h.Score).Order(), pages.Select(h => h.Score));
        Assert.Equal((await AllPages(Store(cap), "officials", 100)).Select(h => (h.Type, h.Id)), pages.Select(h => (h.Type, h.Id)));
    }

    [Fact]
    public void TheCap_Defaults_AndIsReadFromNewsApiSearch()
    {
        Assert.Equal(new SearchOptions().RankCandidates, _corpus.Factory.Services.GetRequiredService<IOptions<SearchOptions>>().Value.RankCandidates);
        using var exact = _corpus.Factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:Search:RankCandidates", "0"));
        Assert.Equal(0, exact.Services.GetRequiredService<IOptions<SearchOptions>>().Value.RankCandidates);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("many")]
    public void ACapThatIsNoCount_StopsStartUp_NamingTheSetting(string value)
    {
        using var app = _corpus.Factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:Search:RankCandidates", value));
        var e = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("RankCandidates", e.ToString());
    }
}
