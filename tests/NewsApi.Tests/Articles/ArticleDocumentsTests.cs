using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Extraction;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Articles;

/// <summary>
/// Every article's JSON document is stored at write time (ArticleDocuments) and must never differ from what the
/// six-table read builds and serialises now, whatever changed it: its own writes, or another article's entity
/// resolution renaming, absorbing, retyping an entity it shows or giving it an alias, a Wikidata id or a place.
/// </summary>
public sealed class ArticleDocumentsTests : IDisposable
{
    readonly KeyedApp _keyed = new(("NewsApi:ResponseCacheMiB", "0"));

    public void Dispose() => _keyed.Dispose();

    IServiceProvider Services => _keyed.App.Services;

    int _articles;

    // One article whose body mentions each name once (and quotes the speaker entity, when given), annotated as given.
    async Task<long> StoreAsync(int? speaker, params ExtractedEntity[] entities)
    {
        var body = string.Join(" ", entities.Select(e => $"Reporters asked {e.Name} about it.")) + " \"We will see,\" one said.";
        var at = 0;
        var placed = new List<ExtractedEntity>();
        foreach (var e in entities)
        {
            var start = body.IndexOf(e.Name, at, StringComparison.Ordinal);
            at = start + e.Name.Length;
            placed.Add(e with { Mentions = [new(TextField.Body, TextSpan.Of(body, start, at))] });
        }
        List<ExtractedQuote> quotes = [];
        if (speaker is { } s)
        {
            var content = body.IndexOf("We will see,", StringComparison.Ordinal);
            var cue = body.IndexOf("said", StringComparison.Ordinal);
            var who = placed[s].Mentions[0].Span;
            quotes.Add(new(QuoteKind.Direct, TextSpan.Of(body, content, content + 11), TextSpan.Of(body, cue, cue + 4), who, s, 0));
        }
        var result = await Services.GetRequiredService<ArticleWriter>().CreateAsync(new NewArticle { Title = $"Documented {++_articles}", Body = body },
            new ExtractedArticle(null, null, [new(0, 0, body.Length)], placed, quotes, "test"), "test", CancellationToken.None);
        return result.Id;
    }

    static ExtractedEntity E(string name, EntityType type, string[]? aliases = null, string? wikidata = null, ExtractedPlace? place = null) =>
        new(name, type, aliases ?? [], [], wikidata, place);

    static StringContent JsonArticle(string title, string body) => new(
        $$"""{ "title": {{System.Text.Json.JsonSerializer.Serialize(title)}}, "body": {{System.Text.Json.JsonSerializer.Serialize(body)}} }""",
        Encoding.UTF8, "application/json");

    async Task<long> PostAsync(string title, string body)
    {
        var response = await _keyed.Client.PostAsync("/articles", JsonArticle(title, body));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    // Every article: its stored document is exactly what the six-table read serialises to, and GET answers it.
    async Task AssertEveryDocumentIsCurrentAsync()
    {
        var documents = Services.GetRequiredService<ArticleDocuments>();
        var store = Services.GetRequiredService<ArticleStore>();
        await using var connection = await _keyed.Factory.OpenDatabaseAsync();
        var ids = (await connection.QueryAsync<long>("SELECT id FROM articles ORDER BY id")).ToList();
        Assert.Equal(ids, await connection.QueryAsync<long>("SELECT article_id FROM article_documents ORDER BY article_id"));
        foreach (var id in ids)
        {
            var stored = (await store.FindDocumentAsync(id, CancellationToken.None))!;
            var built = documents.Serialise((await store.FindAsync(id, CancellationToken.None))!);
            Assert.True(built.AsSpan().SequenceEqual(stored.Json), $"article {id}: stored\n{Encoding.UTF8.GetString(stored.Json)}\nbuilt now\n{Encoding.UTF8.GetString(built)}");
            Assert.Equal(built, await _keyed.Client.GetByteArrayAsync($"/articles/{id}"));
        }
        // the counts lists show, stored beside each document (article_stats), are what counting finds now
        var stale = await connection.QueryAsync<string>("""
            SELECT 'article ' || a.id || ': stored ' || COALESCE(s.entity_count, -1) || '/' || COALESCE(s.quote_count, -1)
                   || ', counted ' || (SELECT COUNT(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.id)
                   || '/' || (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id)
            FROM articles a LEFT JOIN article_stats s ON s.article_id = a.id
            WHERE s.article_id IS NULL
               OR s.entity_count <> (SELECT COUNT(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.id)
               OR s.quote_count <> (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id)
            """);
        Assert.Empty(stale);
    }

    [Fact]
    public async Task EveryStoredDocument_EqualsTheSixTableRead_AfterWritesThatChangeEntitiesOtherArticlesShow()
    {
        // shared entities through the extractor
        const string bank = "LONDON (Reuters) - The Bank of England said on Thursday that rates would stay on hold.\n\n\"We are watching inflation closely,\" Governor Jane Doe told reporters.";
        var posted = await PostAsync("Bank holds rates", bank);
        await PostAsync("Doe speaks again", "LONDON (Reuters) - Jane Doe of the Bank of England spoke in Leeds on Friday.\n\n\"Inflation is falling,\" Doe said.");
        var doomed = await PostAsync("Markets calm", "NEW YORK (Reuters) - Markets were calm after the Bank of England held rates, traders said.");

        // fragments and bare entities that later articles change
        var fragment = await StoreAsync(null, E("Obradovic", EntityType.Location));
        var acronym = await StoreAsync(null, E("KWA", EntityType.Other));
        var quotedSurname = await StoreAsync(0, E("Kowalczyk", EntityType.Person));
        var bare = await StoreAsync(null, E("Ostrava Mining", EntityType.Organization), E("Ruritania Port", EntityType.Location), E("Nairobi", EntityType.Other));
        await AssertEveryDocumentIsCurrentAsync();

        await StoreAsync(null, E("Nikola Obradovic", EntityType.Person, ["Obradovic"]));                   // absorbs the fragment
        await StoreAsync(null, E("Kenya Water Authority", EntityType.Organization, ["KWA"]));              // renames the acronym
        await StoreAsync(null, E("Marta Kowalczyk", EntityType.Person));                                   // absorbs the quoted surname
        await StoreAsync(null, E("Kenya Water Authority", EntityType.Organization, ["Kenya Water"]));      // a new alias
        await StoreAsync(null, E("Ostrava Mining", EntityType.Organization, wikidata: "Q4242424"),        // a Wikidata id,
            E("Ruritania Port", EntityType.Location, place: new("4242", "RT", 12.5, 42.25)),               // a place,
            E("Nairobi", EntityType.Location));                                                            // a retype
        await AssertEveryDocumentIsCurrentAsync();

        await using (var connection = await _keyed.Factory.OpenDatabaseAsync())
        {
            // the scenario did what it says: otherwise the documents would trivially stay current
            Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM entities WHERE name IN ('Obradovic', 'KWA', 'Kowalczyk')"));
            Assert.Equal("location", await connection.ExecuteScalarAsync<string>("SELECT type FROM entities WHERE name = 'Nairobi'"));
        }
        foreach (var (id, name) in new[] { (fragment, "Nikola Obradovic"), (acronym, "Kenya Water"), (quotedSurname, "Marta Kowalczyk"), (bare, "Q4242424") })
            Assert.Contains(name, await _keyed.Client.GetStringAsync($"/articles/{id}"), StringComparison.Ordinal);

        // replace, re-extract, delete
        var replaced = await _keyed.Client.PutAsync($"/articles/{posted}", JsonArticle("Bank holds rates again",
            bank.Replace("Thursday", "Friday", StringComparison.Ordinal) + "\n\nThe Bank of England meets again in June, Doe said."));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var article = (await Services.GetRequiredService<ArticleStore>().FindAsync(acronym, CancellationToken.None))!;
        await Services.GetRequiredService<ArticleIngestor>().ReplaceAsync(acronym, new NewArticle { Title = article.Title, Body = article.Body }, CancellationToken.None);
        Assert.Equal(HttpStatusCode.NoContent, (await _keyed.Client.DeleteAsync($"/articles/{doomed}")).StatusCode);
        await AssertEveryDocumentIsCurrentAsync();
    }

    [Fact]
    public async Task GetArticleJson_SendsTheStoredBytesAndETag_AndBuildsTheAnswerWhenNoneIsStored()
    {
        await using var connection = await _keyed.Factory.OpenDatabaseAsync();
        var id = await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM articles");
        var built = await _keyed.Client.GetByteArrayAsync($"/articles/{id}");
        var marked = Encoding.UTF8.GetBytes("{\"stored\":true}");
        await connection.ExecuteAsync("UPDATE article_documents SET json = @marked, etag = '\"stored\"' WHERE article_id = @id", new { marked, id });

        var stored = await _keyed.Client.GetAsync($"/articles/{id}");
        Assert.Equal(marked, await stored.Content.ReadAsByteArrayAsync());
        Assert.Equal("\"stored\"", stored.Headers.ETag?.Tag);
        Assert.Equal("application/json; charset=utf-8", stored.Content.Headers.ContentType?.ToString());
        Assert.NotNull(stored.Content.Headers.LastModified);

        await connection.ExecuteAsync("DELETE FROM article_documents WHERE article_id = @id", new { id });
        Assert.Equal(built, await _keyed.Client.GetByteArrayAsync($"/articles/{id}"));
        var jsonLd = new HttpRequestMessage(HttpMethod.Get, $"/articles/{id}");
        jsonLd.Headers.Accept.ParseAdd("application/ld+json");
        Assert.Contains("schema.org", await (await _keyed.Client.SendAsync(jsonLd)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleLists_ShowTheStoredCounts_AndCountAnArticleThatHasNone()
    {
        await using var connection = await _keyed.Factory.OpenDatabaseAsync();
        var id = await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM articles");
        var counted = await connection.QuerySingleAsync<(long Entities, long Quotes)>(
            "SELECT entity_count, quote_count FROM article_stats WHERE article_id = @id", new { id });
        Assert.True(counted.Entities > 0 && counted.Quotes > 0, "the seed article has entities and quotes");

        await connection.ExecuteAsync("UPDATE article_stats SET entity_count = 4242, quote_count = 4343 WHERE article_id = @id", new { id });
        var listed = await ListedCountsAsync(id);
        Assert.Equal((4242L, 4343L), listed);

        await connection.ExecuteAsync("DELETE FROM article_stats WHERE article_id = @id", new { id });
        Assert.Equal(counted, await ListedCountsAsync(id));
    }

    async Task<(long Entities, long Quotes)> ListedCountsAsync(long id)
    {
        using var page = System.Text.Json.JsonDocument.Parse(await _keyed.Client.GetStringAsync("/articles?limit=100"));
        var item = page.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id);
        return (item.GetProperty("entityCount").GetInt64(), item.GetProperty("quoteCount").GetInt64());
    }

    [Fact]
    public async Task ArticlesWithoutDocuments_AsAfterMigration0010_GetThemBuiltAtStartUp()
    {
        await StoreAsync(0, E("Amina Wekesa", EntityType.Person, ["Wekesa"]), E("Nairobi", EntityType.Location));
        await using (var connection = await _keyed.Factory.OpenDatabaseAsync())
            Assert.True(await connection.ExecuteAsync("DELETE FROM article_documents") >= 2);

        await Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        await AssertEveryDocumentIsCurrentAsync();
    }
}
