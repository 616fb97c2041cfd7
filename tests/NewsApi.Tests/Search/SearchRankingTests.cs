using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsApi.Articles;
using NewsApi.Bench;
using NewsApi.Data;
using NewsApi.Ingestion;
using NewsApi.Search;

namespace NewsApi.Tests.Search;

/// <summary>
/// Search and the relevance list over a generated corpus give exactly what the plain SQL gives: every hit in the
/// engine's order (newest first among equal scores) with its score and highlights, across pages, and facet counts over the whole match. The reference
/// queries are written by hand for each engine (SQLite: the FTS5 MATCH text, bm25 and highlight(); PostgreSQL: the
/// tsquery, negated ts_rank_cd and ts_headline), so they check the rendering of q too.
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
            Assert.Equal(0, await ImportCommand.RunAsync([jsonl], TextWriter.Null, TextWriter.Null, interactive: false, Factory.DatabaseSettings));
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    // q, and the same as a PostgreSQL tsquery (SQLite's reference is q itself: the search syntax is FTS5's)
    public static TheoryData<string, string> Queries => new()
    {
        { "officials", "officials" }, { "inflation", "inflation" }, { "cholera", "cholera" }, { "Fischer", "fischer" },
        { "\"trade talks\"", "trade <-> talks" }, { "minist*", "minist:*" }, { "energy OR budget", "energy | budget" },
        { "election NOT budget", "election & !budget" }, { "(drought OR floods) AND Kenya", "(drought | floods) & kenya" },
        { "title:inflation", "inflation:A" }, { "text:concerned", "concerned:A" },
        { "NEAR(officials talks, 5)", string.Join(" | ", Enumerable.Range(1, 6).Select(k => $"officials <{k}> talks | talks <{k}> officials")) },
    };

    readonly Corpus _corpus;

    public SearchRankingTests(Corpus corpus) => _corpus = corpus;

#if NEWSAPI_POSTGRES
    Task<System.Data.Common.DbConnection> Open() => _corpus.Factory.OpenDatabaseAsync();
#else
    async Task<System.Data.Common.DbConnection> Open()
    {
        var connection = new SqliteConnection($"{_corpus.Factory.ConnectionString};Mode=ReadOnly");
        await connection.OpenAsync();
        return connection;
    }
#endif

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Search_AllPages_EqualTheReferenceRankingWithScoresAndHighlights(string q, string tsquery)
    {
        // exact ranking of every match (a cap ranks only the newest ones: SearchCandidateTests)
        var services = _corpus.Factory.Services;
        var store = new SearchStore(services.GetRequiredService<IDbConnectionFactory>(), services.GetRequiredService<FullTextSql>(),
            Options.Create(new SearchOptions { RankCandidates = 0 }));
        var hits = new List<SearchHit>();
        Cursor? cursor = null;
        do
        {
            var page = await store.SearchAsync(SearchQueryParser.Parse(q), true, true, 13, cursor, CancellationToken.None);
            hits.AddRange(page.Items);
            cursor = Cursor.TryDecode(page.NextCursor, out var next) ? next : null;
        } while (cursor is not null);

        await using var connection = await Open();
        var expected = new List<(SearchHitType Type, long Id, double Score)>();
#if NEWSAPI_POSTGRES
        const string articleRanks = "SELECT id, -ts_rank_cd('{0, 0, 0.2, 1.0}', search, to_tsquery('newsapi', @Q))::float8 FROM articles WHERE search @@ to_tsquery('newsapi', @Q)";
        const string quoteRanks = "SELECT id, -ts_rank_cd('{0, 0, 1.0, 1.0}', search, to_tsquery('newsapi', @Q))::float8 FROM quotes WHERE search @@ to_tsquery('newsapi', @Q)";
        var reference = tsquery;
#else
        const string articleRanks = "SELECT rowid, bm25(articles_fts, 5.0, 1.0) FROM articles_fts WHERE articles_fts MATCH @Q";
        const string quoteRanks = "SELECT rowid, bm25(quotes_fts) FROM quotes_fts WHERE quotes_fts MATCH @Q";
        var reference = q;
        _ = tsquery; // the PostgreSQL build's reference
#endif
        if (!q.StartsWith("text:", StringComparison.Ordinal))
            expected.AddRange((await connection.QueryAsync<(long Id, double Score)>(articleRanks, new { Q = reference }))
                .Select(r => (SearchHitType.Article, r.Id, r.Score)));
        if (!q.StartsWith("title:", StringComparison.Ordinal))
            expected.AddRange((await connection.QueryAsync<(long Id, double Score)>(quoteRanks, new { Q = reference }))
                .Select(r => (SearchHitType.Quote, r.Id, r.Score)));
        expected = [.. expected.OrderBy(e => e.Score).ThenBy(e => e.Type).ThenByDescending(e => e.Id)];

        Assert.NotEmpty(expected);
        Assert.Equal(expected, hits.Select(h => (h.Type, h.Id, h.Score)));
        foreach (var hit in hits.Take(30))
        {
            var (offset, end, speakerStart, speakerEnd) = hit.Type == SearchHitType.Quote
                ? await connection.QuerySingleAsync<(int, int, int?, int?)>("SELECT start_offset, end_offset, speaker_start, speaker_end FROM quotes WHERE id = @Id", new { hit.Id })
                : (0, int.MaxValue, null, null);
            var bodyHits = hit.Highlights.Where(h => h.Field == NewsApi.Extraction.TextField.Body).ToList();
            var ownHits = bodyHits.Where(h => h.Start >= offset && h.End <= end).ToList();
#if NEWSAPI_POSTGRES
            // ts_headline marks each matching word (no offsets, and every word of a phrase wherever it is): the same
            // words as the hits, which mark a phrase as one span where its words are in a row; a title: filter marks
            // nothing in the body
            var marked = q.StartsWith("title:", StringComparison.Ordinal) ? null : await connection.QuerySingleAsync<string>(
                $"SELECT ts_headline('newsapi', {(hit.Type == SearchHitType.Article ? "body" : "text")}, to_tsquery('newsapi', @Q), 'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2)) FROM {(hit.Type == SearchHitType.Article ? "articles" : "quotes")} WHERE id = @Id",
                new { Q = tsquery.Replace(":A", "", StringComparison.Ordinal), hit.Id });
            var referenceWords = Highlighter.Hits(marked, NewsApi.Extraction.TextField.Body, offset).Select(h => (h.Start, h.End)).ToHashSet();
            var hitWords = ownHits.SelectMany(h => System.Text.RegularExpressions.Regex.Matches(h.Text, @"[\p{L}\p{N}\p{M}]+")
                .Select(m => (h.Start + m.Index, h.Start + m.Index + m.Length))).ToHashSet();
            if (q.StartsWith('"')) Assert.Subset(referenceWords, hitWords);
            else Assert.Equal(referenceWords.Order(), hitWords.Order());
#else
            var marked = hit.Type == SearchHitType.Article
                ? await connection.QuerySingleAsync<string>("SELECT highlight(articles_fts, 1, char(1), char(2)) FROM articles_fts WHERE articles_fts MATCH @Q AND rowid = @Id", new { Q = q, hit.Id })
                : await connection.QuerySingleAsync<string>("SELECT highlight(quotes_fts, 0, char(1), char(2)) FROM quotes_fts WHERE quotes_fts MATCH @Q AND rowid = @Id", new { Q = q, hit.Id });
            Assert.Equal(Highlighter.Hits(marked, NewsApi.Extraction.TextField.Body, offset), ownHits);
#endif
            // a quote's other hits are in its speaker's name as written
            Assert.All(bodyHits.Where(h => h.Start < offset || h.End > end), h => Assert.InRange(h.Start, speakerStart ?? -1, (speakerEnd ?? -1) - 1));
        }
    }

    [Theory]
    [InlineData("officials", null, "officials")]
    [InlineData("inflation", null, "inflation")]
    [InlineData("\"trade talks\"", "Reuters", "trade <-> talks")]
    [InlineData("cholera OR whaling", null, "cholera | whaling")]
    public async Task RelevanceList_AllPagesAndFacets_EqualTheReferenceQueries(string q, string? source, string tsquery)
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

        await using var connection = await Open();
#if NEWSAPI_POSTGRES
        const string matching = """
            SELECT a.id FROM articles a
            WHERE a.search @@ to_tsquery('newsapi', @Q) AND (@Source::text IS NULL OR lower(a.source) = lower(@Source))
            """;
        const string ranked = matching + " ORDER BY -ts_rank_cd('{0, 0, 0.2, 1.0}', a.search, to_tsquery('newsapi', @Q))::float8, a.id";
        const string entityOrder = "lower(e.name)";
        const string month = "to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM')";
        var reference = tsquery;
#else
        const string matching = """
            SELECT f.rowid FROM articles_fts f JOIN articles a ON a.id = f.rowid
            WHERE articles_fts MATCH @Q AND (@Source IS NULL OR a.source = @Source COLLATE NOCASE)
            """;
        const string ranked = matching + " ORDER BY bm25(articles_fts, 5.0, 1.0), f.rowid";
        const string entityOrder = "e.name COLLATE NOCASE";
        const string month = "substr(published_at, 1, 7)";
        var reference = q;
        _ = tsquery; // the PostgreSQL build's reference
#endif
        var expected = (await connection.QueryAsync<long>(ranked, new { Q = reference, Source = source })).ToList();
        var entities = (await connection.QueryAsync<(string Value, long Count)>($"""
            SELECT CAST(m.entity_id AS TEXT), COUNT(DISTINCT m.article_id) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id
            WHERE m.article_id IN ({matching}) GROUP BY m.entity_id, e.id, e.name ORDER BY n DESC, {entityOrder}, e.id LIMIT 100
            """, new { Q = reference, Source = source })).ToList();
        var sources = (await connection.QueryAsync<(string Value, long Count)>($"""
            SELECT source, COUNT(*) FROM articles WHERE id IN ({matching}) AND source IS NOT NULL GROUP BY source
            """, new { Q = reference, Source = source })).ToDictionary(r => r.Value, r => r.Count);
        var months = (await connection.QueryAsync<(string Value, long Count)>($"""
            SELECT {month}, COUNT(*) FROM articles WHERE id IN ({matching}) GROUP BY 1
            """, new { Q = reference, Source = source })).ToDictionary(r => r.Value, r => r.Count);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
        Assert.Equal(entities, facets!["entity"].Select(f => (f.Value, f.Count)));
        Assert.Equal(sources, facets["source"].ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(months, facets["month"].ToDictionary(f => f.Value, f => f.Count));
    }
}
