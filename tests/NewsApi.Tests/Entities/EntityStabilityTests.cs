using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Extraction;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Entities;

/// <summary>Entity ids and curated data survive replacing, re-extracting and deleting articles. Writes: one app per test.</summary>
public sealed class EntityStabilityTests : IDisposable
{
    readonly KeyedApp _keyed = new();
    HttpClient Client => _keyed.Client;

    public void Dispose() => _keyed.Dispose();

    static string SeedText => File.ReadAllText(RepoFiles.Path("db", "seed", "000_84412c13ce1ac608.txt"));

    static StringContent Json(string title, string body, string extra = "") => new(
        $$"""{ "title": {{System.Text.Json.JsonSerializer.Serialize(title)}}, "body": {{System.Text.Json.JsonSerializer.Serialize(body)}}{{extra}} }""",
        Encoding.UTF8, "application/json");

    async Task<Article> ArticleAsync(long id) => await Client.GetJsonAsync<Article>($"/articles/{id}");

    [Fact]
    public async Task Put_SeedReplacedAndRestored_KeepsEveryEntityIdAliasAndWikidataId()
    {
        var before = (await ArticleAsync(1)).Entities.ToDictionary(e => e.Name, e => e.Id);

        Assert.Equal(HttpStatusCode.OK, (await Client.PutAsync("/articles/1", Json("Ferry resumes", "The ferry to Lindholm sailed again on Monday, the harbour office said."))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.PutAsync("/articles/1", new StringContent(SeedText, Encoding.UTF8, "text/plain"))).StatusCode);

        var after = (await ArticleAsync(1)).Entities.ToDictionary(e => e.Name, e => e.Id);
        Assert.Equal(before.OrderBy(e => e.Key, StringComparer.Ordinal), after.OrderBy(e => e.Key, StringComparer.Ordinal));
        var khosravi = await Client.GetJsonAsync<EntityDetail>($"/entities/{before["Keivan Khosravi"]}");
        Assert.Equal(["Khosravi"], khosravi.Aliases);
        var iran = await Client.GetJsonAsync<EntityDetail>($"/entities/{before["Iran"]}");
        Assert.Equal("Q794", iran.WikidataId);
        Assert.Equal("Q794", iran.ExternalIds["wikidata"]);
    }

    [Fact]
    public async Task Put_TextNoLongerMentioningCuratedEntities_KeepsThemWithTheirAliases()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.PutAsync("/articles/1", Json("Ferry resumes", "The ferry to Lindholm sailed again on Monday, the harbour office said."))).StatusCode);

        var daesh = Assert.Single((await Client.GetJsonAsync<Page<EntitySummary>>("/entities?q=Daesh")).Items);
        Assert.Equal(["ISIL", "ISIS"], daesh.Aliases);
        Assert.Equal(0, daesh.ArticleCount);
        Assert.Equal("Q794", Assert.Single((await Client.GetJsonAsync<Page<EntitySummary>>("/entities?q=Iran")).Items).WikidataId);
    }

    [Fact]
    public async Task Put_ExtractedEntityNoLongerMentioned_IsRemoved()
    {
        var created = await (await Client.PostAsync("/articles", Json("Harbour news", "Officials in Lindholm said the ferry operator Nordvik Lines would add a second boat."))).Content.ReadFromJsonAsync<Article>(NewsApiFactory.Json);
        Assert.NotEmpty(created!.Entities);

        await Client.PutAsync($"/articles/{created.Id}", Json("Quiet day", "Nothing new happened on Monday."));

        foreach (var e in created.Entities)
            Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/entities/{e.Id}")).StatusCode);
    }

    [Fact]
    public async Task Delete_SeedArticle_KeepsItsCuratedEntities()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync("/articles/1")).StatusCode);

        var entities = await Client.GetJsonAsync<Page<EntitySummary>>("/entities?limit=100");
        Assert.Equal(15, entities.Items.Count);
        Assert.All(entities.Items, e => Assert.Equal(0, e.MentionCount));
    }

    [Fact]
    public async Task Reextract_ArticleNoLongerMentioningACuratedEntity_KeepsItWithItsAliases()
    {
        // a curated article names the company; an article an older extractor annotated tied "the ferry operator" to
        // it, today's extractor finds no company there. The curated article is then deleted.
        const string curatedBody = "Lindholm Ferry Company (LFC) added a boat.";
        const string body = "Officials said the ferry operator would add a boat.";
        var writer = _keyed.App.Services.GetRequiredService<ArticleWriter>();
        ExtractedArticle Annotations(string text, int start, int end, string annotator) => new(null, null, [],
            [new("Lindholm Ferry Company", EntityType.Organization, ["LFC"], [new(TextField.Body, TextSpan.Of(text, start, end))])], [], annotator);
        var curated = await writer.CreateAsync(new NewArticle { Title = "Ferry company grows", Body = curatedBody },
            Annotations(curatedBody, 0, 22, SeedData.Annotator), SeedData.Annotator, CancellationToken.None);
        await writer.CreateAsync(new NewArticle { Title = "Harbour talks", Body = body },
            Annotations(body, 15, 33, "newsapi-extractor/0.0"), "newsapi-extractor/0.0", CancellationToken.None);
        var company = Assert.Single((await Client.GetJsonAsync<Page<EntitySummary>>("/entities?q=LFC")).Items);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/articles/{curated.Id}")).StatusCode);

        var exit = await ImportCommand.RunAsync(["--reextract"], TextWriter.Null, TextWriter.Null, interactive: false,
            _keyed.Factory.DatabaseSettings);

        Assert.Equal(0, exit);
        var kept = await Client.GetJsonAsync<EntityDetail>($"/entities/{company.Id}");
        Assert.Equal(("Lindholm Ferry Company", 0L), (kept.Name, kept.MentionCount));
        Assert.Equal(["LFC"], kept.Aliases);
    }

    [Fact]
    public async Task Put_PlainText_ReplacesTitleAndBodyAndKeepsTheMetadata()
    {
        var created = await (await Client.PostAsync("/articles", Json("Harbour news", "The ferry sailed on Monday.",
            """, "publishedAt": "2025-03-04T08:00:00Z", "source": "Lindholm Gazette", "url": "https://example.org/ferry", "dateline": "LINDHOLM", "language": "en-GB" """)))
            .Content.ReadFromJsonAsync<Article>(NewsApiFactory.Json);

        var response = await Client.PutAsync($"/articles/{created!.Id}", new StringContent("Harbour news, corrected\n\nThe ferry sailed on Tuesday.", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replaced = await ArticleAsync(created.Id);
        Assert.Equal(("Harbour news, corrected", "The ferry sailed on Tuesday."), (replaced.Title, replaced.Body));
        Assert.Equal((created.PublishedAt, created.DateSource, created.Source, created.Url, created.Dateline, created.Language),
            (replaced.PublishedAt, replaced.DateSource, replaced.Source, replaced.Url, replaced.Dateline, replaced.Language));
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero), replaced.PublishedAt);
    }

    [Fact]
    public async Task Put_Json_ReplacesTheMetadataWithWhatItSends()
    {
        var created = await (await Client.PostAsync("/articles", Json("Harbour news", "The ferry sailed on Monday.",
            """, "publishedAt": "2025-03-04", "source": "Lindholm Gazette", "url": "https://example.org/ferry" """)))
            .Content.ReadFromJsonAsync<Article>(NewsApiFactory.Json);

        await Client.PutAsync($"/articles/{created!.Id}", Json("Harbour news", "The ferry sailed on Tuesday.", """, "publishedAt": "2025-03-05", "source": "Coast Daily" """));

        var replaced = await ArticleAsync(created.Id);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 0, 0, 0, TimeSpan.Zero), replaced.PublishedAt);
        Assert.Equal("Coast Daily", replaced.Source);
        Assert.Null(replaced.Url);
    }

    [Fact]
    public async Task Seed_EntitiesAreCurated()
    {
        _ = await ArticleAsync(1);
        await using var connection = await _keyed.Factory.OpenDatabaseAsync();

        Assert.Equal(15L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM entities WHERE curated = true"));
    }
}
