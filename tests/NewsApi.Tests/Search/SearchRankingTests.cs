using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Bench;
using NewsApi.Data;
using NewsApi.Ingestion;
using NewsApi.Search;

namespace NewsApi.Tests.Search;

/// <summary>
/// Search and the relevance list over a generated corpus give exactly what the plain SQL gives: every hit in bm25
/// order with its score and highlights, across pages, and facet counts over the whole match.
/// </summary>
public sealed class SearchRankingTests : IClassFixture<SearchRankingTests.Corpus>
{
    public sealed class Corpus : IAsyncLifetime
    {
        public NewsApiFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            var jsonl = Path.Combine(Factory.Directory, "corpus.jsonl");
            new CorpusGenerator(seed: 31).WriteJsonl(jsonl, 300);
            _ = Factory.Services; // migrate before the import
            Assert.Equal(0, await ImportCommand.RunAsync([jsonl], TextWriter.Null, TextWriter.Null, interactive: false,
                new Dictionary<string, string?> { ["ConnectionStrings:News"] = Factory.ConnectionString }));
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    public static TheoryData<string> Queries => new()
    {
        "officials", "inflation", "cholera", "Fischer", "\"trade talks\"", "minist*", "energy OR budget",
        "election NOT budget", "(drought OR floods) AND Kenya", "title:inflation", "text:concerned", "NEAR(officials talks, 5)",
    };

    readonly Corpus _corpus;

    public SearchRankingTests(Corpus corpus) => _corpus = corpus;

    SqliteConnection Open() => new($"{_corpus.Factory.ConnectionString};Mode=ReadOnly");

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Search_AllPages_EqualTheReferenceRankingWithScoresAndHighlights(string q)
    {
        var store = _corpus.Factory.Services.GetRequiredService<SearchStore>();
        var hits = new List<SearchHit>();
        Cursor? cursor = null;
        do
        {
            var page = await store.SearchAsync(SearchQueryParser.Parse(q), true, true, 13, cursor, CancellationToken.None);
            hits.AddRange(page.Items);
            cursor = Cursor.TryDecode(page.NextCursor, out var next) ? next : null;
        } while (cursor is not null);

        await using var connection = Open();
        var expected = new List<(SearchHitType Type, long Id, double Score)>();
        if (!q.StartsWith("text:", StringComparison.Ordinal))
            expected.AddRange((await connection.QueryAsync<(long Id, double Score)>(
                "SELECT rowid, bm25(articles_fts, 5.0, 1.0) FROM articles_fts WHERE articles_fts MATCH @Q", new { Q = q }))
                .Select(r => (SearchHitType.Article, r.Id, r.Score)));
        if (!q.StartsWith("title:", StringComparison.Ordinal))
            expected.AddRange((await connection.QueryAsync<(long Id, double Score)>(
                "SELECT rowid, bm25(quotes_fts) FROM quotes_fts WHERE quotes_fts MATCH @Q", new { Q = q }))
                .Select(r => (SearchHitType.Quote, r.Id, r.Score)));
        expected = [.. expected.OrderBy(e => e.Score).ThenBy(e => e.Type).ThenBy(e => e.Id)];

        Assert.NotEmpty(expected);
        Assert.Equal(expected, hits.Select(h => (h.Type, h.Id, h.Score)));
        foreach (var hit in hits.Take(30))
        {
            var marked = hit.Type == SearchHitType.Article
                ? await connection.QuerySingleAsync<string>("SELECT highlight(articles_fts, 1, char(1), char(2)) FROM articles_fts WHERE articles_fts MATCH @Q AND rowid = @Id", new { Q = q, hit.Id })
                : await connection.QuerySingleAsync<string>("SELECT highlight(quotes_fts, 0, char(1), char(2)) FROM quotes_fts WHERE quotes_fts MATCH @Q AND rowid = @Id", new { Q = q, hit.Id });
            var bodyHits = hit.Highlights.Where(h => h.Field == NewsApi.Extraction.TextField.Body).ToList();
            var (offset, end, speakerStart, speakerEnd) = hit.Type == SearchHitType.Quote
                ? await connection.QuerySingleAsync<(int, int, int?, int?)>("SELECT start_offset, end_offset, speaker_start, speaker_end FROM quotes WHERE id = @Id", new { hit.Id })
                : (0, int.MaxValue, null, null);
            Assert.Equal(Highlighter.Hits(marked, NewsApi.Extraction.TextField.Body, offset), bodyHits.Where(h => h.Start >= offset && h.End <= end));
            // a quote's other hits are in its speaker's name as written
            Assert.All(bodyHits.Where(h => h.Start < offset || h.End > end), h => Assert.InRange(h.Start, speakerStart ?? -1, (speakerEnd ?? -1) - 1));
        }
    }

    [Theory]
    [InlineData("officials", null)]
    [InlineData("inflation", null)]
    [InlineData("\"trade talks\"", "Reuters")]
    [InlineData("cholera OR whaling", null)]
    public async Task RelevanceList_AllPagesAndFacets_EqualTheReferenceQueries(string q, string? source)
    {
        var store = _corpus.Factory.Services.GetRequiredService<ArticleStore>();
        var filter = new ArticleFilter(Source: source, Query: SearchQueryParser.Parse(q));
        var ids = new List<long>();
        IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>? facets = null;
        Cursor? cursor = null;
        do
        {
            var page = await store.ListAsync(filter, ArticleSort.Relevance, [ArticleFacet.Entity, ArticleFacet.Source, ArticleFacet.Month], 100, 17, cursor, CancellationToken.None);
            ids.AddRange(page.Items.Select(a => a.Id));
            facets ??= page.Facets;
            cursor = Cursor.TryDecode(page.NextCursor, out var next) ? next : null;
        } while (cursor is not null);

        await using var connection = Open();
        const string matching = """
            SELECT f.rowid FROM articles_fts f JOIN articles a ON a.id = f.rowid
            WHERE articles_fts MATCH @Q AND (@Source IS NULL OR a.source = @Source COLLATE NOCASE)
            """;
        var expected = (await connection.QueryAsync<long>($"""
            SELECT f.rowid FROM articles_fts f JOIN articles a ON a.id = f.rowid
            WHERE articles_fts MATCH @Q AND (@Source IS NULL OR a.source = @Source COLLATE NOCASE)
            ORDER BY bm25(articles_fts, 5.0, 1.0), f.rowid
            """, new { Q = q, Source = source })).ToList();
        var entities = (await connection.QueryAsync<(string Value, long Count)>($"""
            SELECT CAST(m.entity_id AS TEXT), COUNT(DISTINCT m.article_id) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id
            WHERE m.article_id IN ({matching}) GROUP BY m.entity_id ORDER BY n DESC, e.name COLLATE NOCASE, e.id LIMIT 100
            """, new { Q = q, Source = source })).ToList();
        var sources = (await connection.QueryAsync<(string Value, long Count)>($"""
            SELECT source, COUNT(*) FROM articles WHERE id IN ({matching}) AND source IS NOT NULL GROUP BY source
            """, new { Q = q, Source = source })).ToDictionary(r => r.Value, r => r.Count);
        var months = (await connection.QueryAsync<(string Value, long Count)>($"""
            SELECT substr(published_at, 1, 7), COUNT(*) FROM articles WHERE id IN ({matching}) GROUP BY 1
            """, new { Q = q, Source = source })).ToDictionary(r => r.Value, r => r.Count);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
        Assert.Equal(entities, facets!["entity"].Select(f => (f.Value, f.Count)));
        Assert.Equal(sources, facets["source"].ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(months, facets["month"].ToDictionary(f => f.Value, f => f.Count));
    }
}
