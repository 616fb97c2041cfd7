using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Extraction;

namespace NewsApi.Tests.Ingestion;

/// <summary>
/// Two app instances (two hosts, each with its own writer, as two processes would be) over one database, writing at
/// the same moment: the database's unique indexes, not a look before the insert, keep an article and an entity one.
/// On PostgreSQL (the point of it: many stateless processes share one database) the two writes really overlap; on
/// SQLite the file lock takes them in turn, and the outcome must be the same. (On PostgreSQL the change counter's
/// row, which every write transaction updates first, also queues the writes of an article across processes once they
/// have begun: the insert that finds its text stored is what still races, and the entity inserts are guarded the same
/// way should that counter ever go.)
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConcurrentProcessesTests : IDisposable
{
    const string Key = "test-key-0123456789";
    const int Rounds = 12;
    readonly NewsApiFactory _factory = new();
    readonly WebApplicationFactory<Program> _first;
    readonly WebApplicationFactory<Program> _second;

    public ConcurrentProcessesTests()
    {
        _first = _factory.WithWebHostBuilder(Keyed);
        // not derived from _factory: a host of its own, pointed at the same database
        _second = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in _factory.DatabaseSettings) b.UseSetting(key, value);
            b.UseEnvironment("Testing");
            Keyed(b);
        });
    }

    static void Keyed(IWebHostBuilder b) => b.UseSetting("NewsApi:ApiKey", Key)
        .UseSetting("NewsApi:Limits:Write:Permits", "1000000").UseSetting("NewsApi:Limits:Read:Permits", "1000000");

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
        _factory.Dispose();
    }

    HttpClient Client(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    [Fact]
    public async Task SameArticlePostedToTwoProcessesAtOnce_IsStoredOnce_OneCreatedTheOthersGetIt()
    {
        HttpClient[] clients = [Client(_first), Client(_second), Client(_first), Client(_second)];
        for (var round = 0; round < Rounds; round++)
        {
            var article = new
            {
                title = $"Harbour authority extends night shifts, round {round}",
                body = $"The harbour authority said on Tuesday it would extend night shifts at the container terminal. Round {round}.",
            };
            var responses = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync("/articles", article)));

            var statuses = responses.Select(r => r.StatusCode).ToList();
            Assert.True(statuses.Count(s => s == HttpStatusCode.Created) == 1 && statuses.Count(s => s == HttpStatusCode.OK) == clients.Length - 1,
                $"round {round}: {string.Join(", ", statuses)}");
            var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64()));
            Assert.Single(ids.Distinct());
        }

        await using var connection = await _factory.OpenDatabaseAsync();
        Assert.Equal(Rounds, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM articles WHERE title LIKE 'Harbour authority%'"));
    }

    [Fact]
    public async Task NewNameStoredByTwoProcessesAtOnce_IsOneEntity_MentionedByBothArticles()
    {
        ArticleWriter[] writers = [_first.Services.GetRequiredService<ArticleWriter>(), _second.Services.GetRequiredService<ArticleWriter>()];
        string[] given = ["Ilse", "Tomas", "Renata", "Oskar"], family = ["Brandvold", "Quennell", "Ashworth-Lim"];
        for (var round = 0; round < Rounds; round++)
        {
            // two new names; every other round the two articles name them in opposite orders
            var names = new[] { $"{given[round % 4]} {family[round % 3]}{(char)('a' + round)}", $"{given[(round + 1) % 4]} {family[(round + 2) % 3]}{(char)('a' + round)}" };
            var (opposite, r) = (round % 2 == 1, round);
            var results = await Task.WhenAll(writers.Select((writer, w) =>
                Task.Run(() => StoreAsync(writer, $"Round {r} from writer {w}", w == 1 && opposite ? [.. names.Reverse()] : names))));
            Assert.All(results, r => Assert.True(r.Created));

            await using var connection = await _factory.OpenDatabaseAsync();
            foreach (var name in names)
            {
                var entities = (await connection.QueryAsync<long>("SELECT id FROM entities WHERE lower(name) = lower(@name)", new { name })).ToList();
                Assert.True(entities.Count == 1, $"round {round}: {entities.Count} entities named {name}");
                Assert.Equal(2, await connection.ExecuteScalarAsync<long>(
                    "SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = @id", new { id = entities[0] }));
            }
        }
    }

    // One article naming each person once, annotated by hand so that only the write path is under test.
    static Task<ArticleWriteResult> StoreAsync(ArticleWriter writer, string title, string[] names)
    {
        var body = string.Join(" ", names.Select(n => $"Reporters asked {n} about it."));
        var entities = names.Select(n =>
        {
            var start = body.IndexOf(n, StringComparison.Ordinal);
            return new ExtractedEntity(n, EntityType.Person, [], [new(TextField.Body, TextSpan.Of(body, start, start + n.Length))]);
        }).ToList();
        return writer.CreateAsync(new NewArticle { Title = title, Body = body }, new ExtractedArticle(null, null, [], entities, [], "test"), "test",
            CancellationToken.None);
    }
}
