using System.Net;
using System.Net.Http.Json;
using System.Text;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Quotes;

namespace NewsApi.Tests.Ingestion;

/// <summary>Writes articles, so every test builds its own app and database.</summary>
public sealed class IngestionApiTests : IDisposable
{
    readonly KeyedApp _keyed = new(("NewsApi:MaxArticleBytes", "4096"));
    readonly HttpClient _client;

    public IngestionApiTests() => _client = _keyed.Client;

    public void Dispose() => _keyed.Dispose();

    const string Body = "LONDON (Reuters) - The central bank said on Thursday that rates would stay on hold.\n\n\"We are watching inflation closely,\" Governor Jane Doe told reporters.";

    static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    static StringContent JsonArticle(string title = "Bank holds rates", string body = Body, string extra = "") =>
        Json($$"""{ "title": {{System.Text.Json.JsonSerializer.Serialize(title)}}, "body": {{System.Text.Json.JsonSerializer.Serialize(body)}}{{extra}} }""");

    async Task<long> ArticleCount() => (await _client.GetJsonAsync<Page<ArticleSummary>>("/articles?limit=100")).Items.Count;

    [Fact]
    public async Task PostJson_Returns201WithLocationAndStructuredArticle()
    {
        var response = await _client.PostAsync("/articles", JsonArticle(extra: """, "publishedAt": "2024-05-02", "url": "https://example.org/a" """));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = (await response.Content.ReadFromJsonAsync<Article>(NewsApiFactory.Json))!;
        Assert.Equal($"/articles/{article.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(Body, article.Body);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(DateSource.Metadata, article.DateSource);
        Assert.StartsWith("newsapi-extractor/", article.Annotator, StringComparison.Ordinal);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("https://example.org/a", article.Url);
    }

    [Fact]
    public async Task PostPlainText_TakesFirstLineAsTitle()
    {
        var response = await _client.PostAsync("/articles", new StringContent($"Bank holds rates\n\n\n{Body}\n", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = (await response.Content.ReadFromJsonAsync<Article>(NewsApiFactory.Json))!;
        Assert.Equal("Bank holds rates", article.Title);
        Assert.Equal(Body, article.Body);
        Assert.Equal(DateSource.Ingested, article.DateSource);
    }

    [Fact]
    public async Task PostSameContentTwice_Returns200WithTheExistingArticle()
    {
        var first = await (await _client.PostAsync("/articles", JsonArticle())).Content.ReadFromJsonAsync<Article>(NewsApiFactory.Json);

        var second = await _client.PostAsync("/articles", JsonArticle(extra: """, "source": "Other" """));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first!.Id, (await second.Content.ReadFromJsonAsync<Article>(NewsApiFactory.Json))!.Id);
        Assert.Equal(2, await ArticleCount());
    }

    [Theory]
    [InlineData("""{ "title": "", "body": "x" }""", "title")]
    [InlineData("""{ "title": "T", "body": "   " }""", "body")]
    [InlineData("""{ "body": "x" }""", "title")]
    [InlineData("""{ "title": "T", "body": "x", "publishedAt": "17/08/2016" }""", "publishedAt")]
    [InlineData("""{ "title": "T", "body": "x", "publishedAt": "2016-02-30" }""", "publishedAt")]
    [InlineData("""{ "title": "T", "body": "x", "url": "javascript:alert(1)" }""", "url")]
    [InlineData("""{ "title": "T", "body": "x", "language": "english!" }""", "language")]
    [InlineData("""{ "title": "Two\nlines", "body": "x" }""", "title")]
    public async Task PostInvalidField_Returns400NamingItAndWritesNothing(string json, string field)
    {
        var response = await _client.PostAsync("/articles", Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(1, await ArticleCount());
    }

    [Theory]
    [InlineData("""{ "title": 5, "body": "x" }""", "title", "must be a string; got a number")]
    [InlineData("""{ "title": "T", "body": ["a", "b"] }""", "body", "must be a string; got an array")]
    [InlineData("""{ "title": "T", "body": "x", "publishedAt": 20160817 }""", "publishedAt", "must be a string; got a number")]
    [InlineData("""{ "title": "T", "body": "x", "url": { "href": "https://example.org" } }""", "url", "must be a string; got an object")]
    [InlineData("""{ "title": true, "body": "x" }""", "title", "must be a string; got true")]
    public async Task PostJsonFieldOfWrongType_Returns400NamingFieldAndWhatWasExpected(string json, string field, string message)
    {
        var response = await _client.PostAsync("/articles", Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("byte", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await ArticleCount());
    }

    [Theory]
    [InlineData("""{ "title": "T", "body": "x", "author": "Jane Doe" }""", "author")]
    [InlineData("""{ "title": "T", "body": "x", "tags": ["a"], "meta": { "desk": "economy" } }""", "meta")]
    [InlineData("""{ "title": "T", "body": "x", "title": "Again" }""", "title")]
    public async Task PostJsonUnknownOrRepeatedField_Returns400NamingItAndWritesNothing(string json, string field)
    {
        var response = await _client.PostAsync("/articles", Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Contains(field == "title" ? "more than once" : "title, body, source, dateline, publishedAt, url, language", message, StringComparison.Ordinal);
        Assert.Equal(1, await ArticleCount());
    }

    [Fact]
    public async Task PostJsonWithFieldNamesInAnotherCase_IsAccepted()
    {
        var response = await _client.PostAsync("/articles", Json("""{ "Title": "Bank holds rates", "BODY": "The bank held rates." }"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("{ \"title\": ", "application/json")]
    [InlineData("[1, 2]", "application/json")]
    [InlineData("{ \"title\": 5, \"body\": \"x\" }", "application/json")]
    [InlineData("null", "application/json")]
    [InlineData("", "application/json")]
    [InlineData("", "text/plain")]
    public async Task PostMalformedBody_Returns400Problem(string content, string mediaType)
    {
        var response = await _client.PostAsync("/articles", new StringContent(content, Encoding.UTF8, mediaType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await ArticleCount());
    }

    [Fact]
    public async Task PostInvalidUtf8_Returns400()
    {
        var content = new ByteArrayContent([0x54, 0x0a, 0xff, 0xfe]);
        content.Headers.ContentType = new("text/plain");

        var response = await _client.PostAsync("/articles", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("multipart/form-data")]
    public async Task PostWrongContentType_Returns415(string mediaType)
    {
        var response = await _client.PostAsync("/articles", new StringContent("<a/>", Encoding.UTF8, mediaType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string, HttpContent> UnsupportedBodies => new()
    {
        // what curl -d sends
        { "POST", new FormUrlEncodedContent([new("title", "Bank holds rates"), new("body", Body)]) },
        { "POST", new StringContent("<a/>", Encoding.UTF8, "application/xml") },
        { "POST", new ByteArrayContent(Encoding.UTF8.GetBytes(Body)) },
        { "POST", new StringContent(Body, Encoding.Latin1, "text/plain") },
        { "PUT", new FormUrlEncodedContent([new("title", "Bank holds rates")]) },
    };

    [Theory]
    [MemberData(nameof(UnsupportedBodies))]
    public async Task UnsupportedContentType_Returns415NamingTheAcceptedTypes(string method, HttpContent content)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), method == "PUT" ? "/articles/1" : "/articles") { Content = content };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("application/json", detail, StringComparison.Ordinal);
        Assert.Contains("text/plain", detail, StringComparison.Ordinal);
        Assert.Equal(["application/json", "text/plain"], problem.GetProperty("acceptedContentTypes").EnumerateArray().Select(t => t.GetString()));
        // RFC 9110 §15.5.16: Accept in a 415 says which media types would have been accepted
        Assert.Equal("application/json, text/plain", string.Join(", ", response.Headers.GetValues("Accept")));
    }

    [Fact]
    public async Task PostOverSizeLimit_Returns413AndWritesNothing()
    {
        var response = await _client.PostAsync("/articles", JsonArticle(body: new string('a', 5000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(1, await ArticleCount());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("test-key-012345678")]
    public async Task Write_WithoutTheRightKey_Returns401(string? key)
    {
        var client = _keyed.App.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var post = await client.PostAsync("/articles", JsonArticle());
        var delete = await client.DeleteAsync("/articles/1");

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, delete.StatusCode);
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ApiKey", post.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await ArticleCount());
    }

    [Fact]
    public async Task Write_WithNoKeyConfigured_Returns403ExplainingHowToSetOne()
    {
        var client = _keyed.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyedApp.Key);

        var problem = await (await client.PostAsync("/articles", JsonArticle())).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Contains("NewsApi__ApiKey", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_NeedNoKey()
    {
        var response = await _keyed.App.CreateClient().GetAsync("/articles/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Put_ReplacesTextKeepsIdAndSlug()
    {
        var created = (await (await _client.PostAsync("/articles", JsonArticle())).Content.ReadFromJsonAsync<Article>(NewsApiFactory.Json))!;

        var response = await _client.PutAsync($"/articles/{created.Id}", JsonArticle(title: "Bank holds rates again", body: "Nothing changed."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replaced = (await response.Content.ReadFromJsonAsync<Article>(NewsApiFactory.Json))!;
        Assert.Equal(created.Id, replaced.Id);
        Assert.Equal(created.Slug, replaced.Slug);
        Assert.Equal("Nothing changed.", replaced.Body);
        Assert.NotEqual(created.ContentHash, replaced.ContentHash);
    }

    [Fact]
    public async Task Put_TextOfAnotherArticle_Returns409()
    {
        var created = (await (await _client.PostAsync("/articles", JsonArticle())).Content.ReadFromJsonAsync<Article>(NewsApiFactory.Json))!;
        var seed = await File.ReadAllTextAsync(RepoFiles.Path("db", "seed", "000_84412c13ce1ac608.txt"));

        var response = await _client.PutAsync($"/articles/{created.Id}", new StringContent(seed, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Write_UnknownId_Returns404(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/articles/999") { Content = method == "PUT" ? JsonArticle() : null };

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Delete_RemovesArticleQuotesMentionsAndOrphanEntities()
    {
        var created = (await (await _client.PostAsync("/articles", JsonArticle())).Content.ReadFromJsonAsync<Article>(NewsApiFactory.Json))!;
        Assert.NotEmpty(created.Entities);

        var response = await _client.DeleteAsync($"/articles/{created.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/articles/{created.Id}")).StatusCode);
        Assert.DoesNotContain((await _client.GetJsonAsync<Page<Quote>>("/quotes?limit=100")).Items, q => q.ArticleId == created.Id);
        foreach (var entity in created.Entities)
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/entities/{entity.Id}")).StatusCode);
    }
}
