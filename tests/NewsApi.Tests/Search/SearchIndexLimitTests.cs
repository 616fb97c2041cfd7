using System.Net;
using System.Net.Http.Json;
using Dapper;

namespace NewsApi.Tests.Search;

/// <summary>
/// An article body within NewsApi:MaxArticleBytes but with more distinct words than PostgreSQL's search vector holds
/// (1 MB of lexemes and positions) is the client's to change: a 422 problem, never a 500, and nothing is stored.
/// SQLite's FTS5 has no such limit and stores it.
/// </summary>
public sealed class SearchIndexLimitTests
{
    // ~900 KB of 100,000 distinct lowercase words of eight letters: 12 bytes each in a tsvector (word, positions)
    static string DistinctWords() =>
        string.Join(' ', Enumerable.Range(0, 100_000).Select(i =>
        {
            var letters = new char[8];
            for (var k = 7; k >= 0; k--, i /= 26) letters[k] = (char)('a' + i % 26);
            return new string(letters);
        }));

    static async Task<HttpResponseMessage> PostHugeArticleAsync(KeyedApp app)
    {
        var body = DistinctWords();
        Assert.InRange(body.Length, 850_000, 1_000_000);
        return await app.Client.PostAsJsonAsync("/articles", new { title = "A table of codes", body, publishedAt = "2024-01-01T00:00:00Z" });
    }

    static async Task<long> ArticleCountAsync(KeyedApp app)
    {
        await using var connection = await app.Factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM articles");
    }

#if NEWSAPI_POSTGRES
    [NewsApi.Tests.Postgres.PostgresFact]
    public async Task BodyPastTheTsvectorLimit_Is422Problem_AndStoresNothing()
    {
        using var app = new KeyedApp();
        var before = await ArticleCountAsync(app);

        using var response = await PostHugeArticleAsync(app);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Contains("index for search", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await ArticleCountAsync(app));
    }
#else
    [Fact]
    public async Task BodyPastPostgresTsvectorLimit_IsStoredBySqlite()
    {
        using var app = new KeyedApp();
        var before = await ArticleCountAsync(app);

        using var response = await PostHugeArticleAsync(app);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(before + 1, await ArticleCountAsync(app));
    }
#endif
}
