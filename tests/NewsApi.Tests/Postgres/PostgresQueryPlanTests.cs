using Dapper;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Quotes;

namespace NewsApi.Tests.Postgres;

/// <summary>
/// A corpus large enough that PostgreSQL's planner prefers an index wherever one serves (5,000 articles, 10,000
/// mentions and quotes by 200 entities), analysed, in a database of its own.
/// </summary>
public sealed class QueryPlanCorpus(PostgresServer server) : IAsyncLifetime
{
    public const int Articles = 5000;

    public PostgresDatabase Database { get; } = new(server);

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        if (!server.IsRunning) return;
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync($"""
            INSERT INTO entities (name, type, created_at)
            SELECT 'Entity ' || i, 'person', now() FROM generate_series(1, 200) i;

            INSERT INTO articles (slug, title, body, source, published_at, date_source, content_hash, annotator, created_at, updated_at)
            SELECT 'article-' || i, 'Article ' || i, 'Body of article ' || i || '.', 'Source ' || (i % 10),
                   timestamptz '2020-01-01 00:00:00+00' + i * interval '1 hour', 'metadata', 'hash-' || i, 'test', now(), now()
            FROM generate_series(1, {Articles}) i;

            INSERT INTO mentions (article_id, entity_id, field, start_offset, end_offset, text)
            SELECT a.id, (a.id * k) % 200 + 1, 'body', k, k + 4, 'Body'
            FROM articles a CROSS JOIN generate_series(1, 2) k;

            INSERT INTO quotes (article_id, paragraph_index, kind, start_offset, end_offset, text, cue_text, cue_start, cue_end, speaker_entity_id)
            SELECT a.id, 0, 'direct', k * 10, k * 10 + 8, 'A quote.', 'said', 0, 4, (a.id * 2 + k) % 200 + 1
            FROM articles a CROSS JOIN generate_series(1, 2) k;

            -- what ArticleWriter stores with each document
            INSERT INTO article_stats (article_id, entity_count, quote_count)
            SELECT a.id, (SELECT COUNT(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.id),
                   (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id)
            FROM articles a;

            ANALYZE;
            """);
    }

    public Task DisposeAsync() => Database.DisposeAsync();
}

/// <summary>
/// PostgreSQL reads an article page and a speaker's quotes through indexes, as SQLite does
/// (Articles/ArticleQueryPlanTests, Quotes/QuoteQueryPlanTests): the statements the stores run, rendered for
/// PostgreSQL, explained with the parameters the stores bind.
/// </summary>
[Collection(PostgresServer.Collection)]
[Trait("Category", "Slow")]
public sealed class PostgresQueryPlanTests(QueryPlanCorpus corpus) : IClassFixture<QueryPlanCorpus>
{
    // what ArticleStore binds for an unfiltered list (null timestamps and an empty entity list included)
    static object ArticleListParameters(DateTimeOffset? afterKey = null, long? afterId = null) => new
    {
        Source = (string?)null, From = (DateTimeOffset?)null, To = (DateTimeOffset?)null, Entities = Array.Empty<long>(), EntityCount = 0,
        Speaker = (long?)null, Q = (string?)null, AfterKey = afterKey, AfterId = afterId, Take = 21,
    };

    async Task<string> ExplainAsync(string sql, object parameters)
    {
        Timestamps.RegisterDapperHandler();
        await using var connection = await corpus.Database.OpenAsync();
        return string.Join("\n", await connection.QueryAsync<string>($"EXPLAIN {sql}", parameters));
    }

    [PostgresFact]
    public async Task ArticleListFirstPage_ReadsTheDateIndex_AndTheStoredCountsByKey()
    {
        var plan = await ExplainAsync(ArticleSql.ListNewest.For(SqlDialect.Postgres), ArticleListParameters());

        Assert.Contains("Index Scan using ix_articles_published on articles a", plan, StringComparison.Ordinal);
        // the counts per row: the stored row, by its key (counting through the mentions index only for an article without one)
        Assert.Contains("using article_stats_pkey on article_stats s", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        // the index gives the order: the page is the first 21 entries, not a sort of every article
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
    }

    [PostgresTheory]
    [InlineData(ArticleSort.Newest)]
    [InlineData(ArticleSort.Oldest)]
    public async Task ArticleListPageAfterCursor_SeeksToTheCursorInTheDateIndex(ArticleSort sort)
    {
        var sql = sort == ArticleSort.Newest ? ArticleSql.ListNewestAfter : ArticleSql.ListOldestAfter;

        var plan = await ExplainAsync(sql.For(SqlDialect.Postgres), ArticleListParameters(new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero), 1440));

        Assert.Contains("Index Cond: (ROW(published_at, id)", plan, StringComparison.Ordinal);
        Assert.Contains("ix_articles_published on articles a", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    [PostgresTheory]
    [InlineData(null, null)]
    [InlineData("statement", 2500L)]
    public async Task ASpeakersQuotes_AreReadThroughTheSpeakerIndex(string? attribution, long? afterArticle)
    {
        var plan = await ExplainAsync(QuoteSql.ListBySpeaker.For(SqlDialect.Postgres), new
        {
            Speaker = 8L, Kind = (string?)null, Attribution = attribution, Article = (long?)null, Q = (string?)null,
            AfterArticle = afterArticle, AfterId = afterArticle is null ? null : (long?)1, Take = 21,
        });

        // an index scan (first page, in article order) or a bitmap scan of the cursor's two ranges: either seeks the speaker
        Assert.Matches(@"(Index Scan( Backward)? using|Bitmap Index Scan on) ix_quotes_speaker", plan);
        Assert.Contains(plan.Split('\n'), l => l.TrimStart().StartsWith("Index Cond: ", StringComparison.Ordinal)
            && l.Contains("speaker_entity_id = '8'::bigint", StringComparison.Ordinal));
        Assert.DoesNotContain("Seq Scan on quotes", plan, StringComparison.Ordinal);
    }
}
