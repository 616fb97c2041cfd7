using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Extraction;

namespace NewsApi.Tests.Articles;

/// <summary>Writes articles, so every test builds its own app and database.</summary>
public sealed class ArticlePagingTests : IDisposable
{
    readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    static ExtractedArticle NoAnnotations => new(null, null, [], [], [], "test");

    async Task<long> AddAsync(string title, DateTimeOffset? publishedAt, ExtractedArticle? annotations = null, string body = "Body text.", string source = "Test Wire")
    {
        var writer = _factory.Services.GetRequiredService<ArticleWriter>();
        var result = await writer.CreateAsync(new NewArticle { Title = title, Body = body, PublishedAt = publishedAt, Source = source },
            annotations ?? NoAnnotations, "test", CancellationToken.None);
        return result.Id;
    }

    [Fact]
    public async Task ListArticles_FollowingCursors_VisitsEveryArticleOnceNewestFirst()
    {
        var client = _factory.CreateClient();
        var sameDay = new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 7; i++)
            await AddAsync($"Article {i}", i < 4 ? sameDay : sameDay.AddDays(i));

        var seen = new List<ArticleSummary>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync<Page<ArticleSummary>>($"/articles?limit=3{(cursor is null ? "" : $"&cursor={cursor}")}");
            Assert.True(page.Items.Count <= 3);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
        } while (cursor is not null);

        Assert.Equal(8, seen.Count);
        Assert.Equal(seen.Count, seen.Select(a => a.Id).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Id), seen.Select(a => a.Id));
    }

    [Fact]
    public async Task SourceFacet_SpellingsDifferingInCase_AreOneSourceShownByItsLeastSpellingByCodePoint()
    {
        await AddAsync("One", null);
        await AddAsync("Two", null, source: "test wire");
        await AddAsync("Three", null, source: "TEST WIRE");
        var client = _factory.CreateClient();

        var page = await client.GetJsonAsync<Page<ArticleSummary>>("/articles?source=test%20WIRE&facets=source");

        Assert.Equal(3, page.Items.Count);
        // "TEST WIRE" < "Test Wire" < "test wire" by code point, as SQLite compares and as PostgreSQL does under "C",
        // whatever the server's locale would say
        var source = Assert.Single(page.Facets!["source"]);
        Assert.Equal(("TEST WIRE", "TEST WIRE", 3L), (source.Value, source.Label, source.Count));
    }

    [Fact]
    public async Task CreateArticle_SameContentTwice_StoresOneArticle()
    {
        var first = await AddAsync("Same", null);
        var second = await _factory.Services.GetRequiredService<ArticleWriter>().CreateAsync(
            new NewArticle { Title = "Same", Body = "Body text." }, NoAnnotations, "test", CancellationToken.None);

        Assert.False(second.Created);
        Assert.Equal(first, second.Id);
    }

    [Fact]
    public async Task CreateArticle_WithoutDate_UsesIngestionTimeMarkedAsIngested()
    {
        var id = await AddAsync("Undated", null);
        var article = await _factory.CreateClient().GetJsonAsync<Article>($"/articles/{id}");

        Assert.Equal(DateSource.Ingested, article.DateSource);
        Assert.True(DateTimeOffset.UtcNow - article.PublishedAt < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task CreateArticle_SameTitleTwice_GetsDistinctSlugs()
    {
        var a = await AddAsync("Twin title", null, body: "One.");
        var b = await AddAsync("Twin title", null, body: "Two.");
        var client = _factory.CreateClient();

        var slugA = (await client.GetJsonAsync<Article>($"/articles/{a}")).Slug;
        var slugB = (await client.GetJsonAsync<Article>($"/articles/{b}")).Slug;
        Assert.Equal("twin-title", slugA);
        Assert.StartsWith("twin-title-", slugB, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateArticle_SameEntityInTwoArticles_IsOneEntityWithBothMentions()
    {
        static ExtractedArticle Mentioning(string body, string name) => new(null, null, [], [
            new ExtractedEntity(name, EntityType.Person, [], [new ExtractedMention(TextField.Body, TextSpan.Of(body, body.IndexOf(name, StringComparison.Ordinal), body.IndexOf(name, StringComparison.Ordinal) + name.Length))]),
        ], [], "test");
        const string body = "Officials met Ali Shamkhani in Baghdad.";
        await AddAsync("Second article", null, Mentioning(body, "Ali Shamkhani"), body);
        var client = _factory.CreateClient();

        var entity = Assert.Single((await client.GetJsonAsync<Page<NewsApi.Entities.EntitySummary>>("/entities?q=Shamkhani")).Items);
        Assert.Equal(2, entity.ArticleCount);
        Assert.Equal(2, entity.MentionCount);
    }

    [Fact]
    public async Task CreateArticle_InvalidAnnotation_WritesNothing()
    {
        var writer = _factory.Services.GetRequiredService<ArticleWriter>();
        var bad = new ExtractedArticle(null, null, [], [], [
            new ExtractedQuote(QuoteKind.Direct, new TextSpan(0, 4, "Nope"), new TextSpan(0, 4, "Body"), null, null, 0),
        ], "test");

        await Assert.ThrowsAsync<InvalidAnnotationsException>(() =>
            writer.CreateAsync(new NewArticle { Title = "Bad", Body = "Body text." }, bad, "test", CancellationToken.None));

        var page = await _factory.CreateClient().GetJsonAsync<Page<ArticleSummary>>("/articles");
        Assert.DoesNotContain(page.Items, a => a.Title == "Bad");
    }

    [Fact]
    public async Task CreateArticle_DatabaseFailsMidTransaction_LeavesNoRowBehind()
    {
        var writer = _factory.Services.GetRequiredService<ArticleWriter>();
        await using (var connection = await _factory.OpenDatabaseAsync())
            await Dapper.SqlMapper.ExecuteAsync(connection, NewsApiFactory.Provider == NewsApi.Data.DatabaseProvider.Postgres
                ? """
                  CREATE FUNCTION fail_quotes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$;
                  CREATE TRIGGER fail_quotes BEFORE INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION fail_quotes();
                  """
                : "CREATE TRIGGER fail_quotes BEFORE INSERT ON quotes BEGIN SELECT RAISE(ABORT, 'boom'); END");
        const string body = "Ali Shamkhani said the talks went well.";
        var annotations = new ExtractedArticle(null, null, [new ExtractedParagraph(0, 0, body.Length)], [
            new ExtractedEntity("Ali Shamkhani", EntityType.Person, [], [new ExtractedMention(TextField.Body, TextSpan.Of(body, 0, 13))]),
        ], [
            new ExtractedQuote(QuoteKind.Indirect, TextSpan.Of(body, 19, 38), TextSpan.Of(body, 14, 18), TextSpan.Of(body, 0, 13), 0, 0),
        ], "test");

        var failure = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            writer.CreateAsync(new NewArticle { Title = "Half", Body = body }, annotations, "test", CancellationToken.None));
        Assert.Contains("boom", failure.Message, StringComparison.Ordinal);

        await using var check = await _factory.OpenDatabaseAsync();
        Assert.Equal(0L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(check, "SELECT COUNT(*) FROM articles WHERE title = 'Half'"));
        Assert.Equal(0L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(check, "SELECT COUNT(*) FROM paragraphs WHERE article_id NOT IN (SELECT id FROM articles)"));
        // the seed's Ali Shamkhani keeps its single mention; no new entity or mention was left behind
        Assert.Equal(1L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(check, "SELECT COUNT(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.name = 'Ali Shamkhani'"));
        Assert.Equal(15L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(check, "SELECT COUNT(*) FROM entities"));
    }
}
