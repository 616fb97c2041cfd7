using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsApi.Tests;

/// <summary>
/// Each operation's examples are what that operation answers: every problem example is replayed against the live
/// operation (the bad values it names, id 99, an Accept nothing satisfies, a spent budget) and must match, and the
/// request example creates an article.
/// </summary>
public sealed partial class OpenApiExampleTests : IDisposable
{
    readonly KeyedApp _app = new(("NewsApi:Limits:Read:Permits", "1000000"), ("NewsApi:Limits:Write:Permits", "1000000"));

    public void Dispose() => _app.Dispose();

    async Task<JsonElement> Document() => await _app.Client.GetJsonAsync<JsonElement>("/swagger/v1/swagger.json");

    static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (p.Name, m.Name, m.Value)));

    static JsonElement? ProblemExample(JsonElement operation, string status) =>
        operation.GetProperty("responses").TryGetProperty(status, out var response)
        && response.GetProperty("content").TryGetProperty("application/problem+json", out var problem)
            ? problem.GetProperty("example") : null;

    static string Id(string path, string id) => path.Replace("{id}", id, StringComparison.Ordinal);

    [Fact]
    public async Task Every400Example_OfAQuery_IsWhatItsOperationAnswersForTheValuesItNames()
    {
        var checkedOperations = new List<string>();
        foreach (var (path, method, operation) in Operations(await Document()).Where(o => o.Method == "get"))
        {
            if (ProblemExample(operation, "400") is not { } example) continue;
            var errors = example.GetProperty("errors").EnumerateObject().ToList();
            // an unknown parameter's example names the parameter, not a value: any value reproduces it
            var query = errors.Select(e => e.Value[0].GetString()!.Contains("is not a parameter of", StringComparison.Ordinal)
                ? $"{e.Name}=1"
                : $"{e.Name}={Uri.EscapeDataString(BadValue(e.Value[0].GetString()!))}").ToList();
            var parameters = operation.TryGetProperty("parameters", out var declared)
                ? declared.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList()
                : [];
            if (parameters.Contains("q") && errors.All(e => e.Name != "q")) query.Add("q=iran");
            var url = $"{Id(path, "1")}?{string.Join('&', query)}";

            var response = await _app.Client.GetAsync(url);

            Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{url} answered {(int)response.StatusCode}, documented 400");
            var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(Errors(example), Errors(answer));
            Assert.Equal(example.GetProperty("title").GetString(), answer.GetProperty("title").GetString());
            checkedOperations.Add(operation.GetProperty("operationId").GetString()!);
        }
        Assert.Contains("Search", checkedOperations);
        Assert.Contains("ListQuotes", checkedOperations);
        Assert.Contains("ExportArticles", checkedOperations);
    }

    [Fact]
    public async Task Every404Example_IsWhatItsOperationAnswersForThatId()
    {
        var document = await Document();
        var requestBody = RequestExample(document, "application/json");
        var count = 0;
        foreach (var (path, method, operation) in Operations(document))
        {
            if (ProblemExample(operation, "404") is not { } example) continue;
            var detail = example.GetProperty("detail").GetString()!;
            var url = Id(path, MissingId().Match(detail).Groups[1].Value);
            using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
            if (method == "put") request.Content = new StringContent(requestBody, Encoding.UTF8, "application/json");

            var response = await _app.Client.SendAsync(request);

            Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"{method} {url} answered {(int)response.StatusCode}");
            Assert.Equal(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
            count++;
        }
        Assert.True(count >= 10, $"only {count} operations document a 404");
    }

    [Fact]
    public async Task Every406Example_ListsWhatItsOperationOffers()
    {
        var count = 0;
        foreach (var (path, _, operation) in Operations(await Document()))
        {
            if (ProblemExample(operation, "406") is not { } example) continue;
            using var request = new HttpRequestMessage(HttpMethod.Get, Id(path, "1"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));

            var response = await _app.Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
            Assert.Equal(example.GetProperty("detail").GetString(),
                JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
            count++;
        }
        Assert.True(count >= 10, $"only {count} operations document a 406");
    }

    [Fact]
    public async Task The504Example_NamesTheConfiguredTimeout_AndThe429ExampleTheBudgetOfItsMethod()
    {
        var operations = Operations(await Document()).ToList();
        var read = operations.Single(o => o.Operation.GetProperty("operationId").GetString() == "ListQuotes").Operation;
        var write = operations.Single(o => o.Operation.GetProperty("operationId").GetString() == "CreateArticle").Operation;

        Assert.Equal("The request took longer than 30 s (NewsApi:Limits:RequestTimeoutSeconds) and was cancelled.",
            ProblemExample(read, "504")!.Value.GetProperty("detail").GetString());
        Assert.StartsWith("Too many reads: the limit is 1000000 per 60 s", ProblemExample(read, "429")!.Value.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Too many writes: the limit is 1000000 per 60 s", ProblemExample(write, "429")!.Value.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The429Example_IsWhatARefusedReadAnswers()
    {
        using var limited = new KeyedApp(("NewsApi:Limits:Read:Permits", "3"));
        var example = ProblemExample(Operations(await limited.Client.GetJsonAsync<JsonElement>("/swagger/v1/swagger.json"))
            .Single(o => o.Operation.GetProperty("operationId").GetString() == "GetQuote").Operation, "429")!.Value;

        HttpResponseMessage response;
        var tries = 0;
        do response = await limited.Client.GetAsync("/quotes/1");
        while (response.StatusCode != HttpStatusCode.TooManyRequests && ++tries < 10);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(example.GetProperty("detail").GetString(),
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The401And403Examples_AreWhatAWriteAnswersWithoutAKey()
    {
        var create = Operations(await Document()).Single(o => o.Operation.GetProperty("operationId").GetString() == "CreateArticle").Operation;
        using var keyless = new NewsApiFactory();
        using var anonymous = _app.App.CreateClient();

        var unauthorized = await anonymous.PostAsync("/articles", new StringContent("T\n\nB", Encoding.UTF8, "text/plain"));
        var forbidden = await keyless.CreateClient().PostAsync("/articles", new StringContent("T\n\nB", Encoding.UTF8, "text/plain"));

        Assert.Equal(ProblemExample(create, "401")!.Value.GetProperty("detail").GetString(),
            JsonDocument.Parse(await unauthorized.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Equal(ProblemExample(create, "403")!.Value.GetProperty("detail").GetString(),
            JsonDocument.Parse(await forbidden.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    public async Task CreateArticle_RequestExample_CreatesAnArticle(string contentType)
    {
        var body = RequestExample(await Document(), contentType);

        var response = await _app.Client.PostAsync("/articles", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var seed = await _app.Client.GetJsonAsync<JsonElement>("/articles/1");
        Assert.NotEqual(seed.GetProperty("title").GetString(), created.GetProperty("title").GetString());
        Assert.NotEmpty(created.GetProperty("quotes").EnumerateArray());
        Assert.NotEmpty(created.GetProperty("entities").EnumerateArray());
    }

    [Fact]
    public async Task ReplaceArticle_RequestExample_CorrectsTheSeedsTitleAndKeepsItsText()
    {
        var seed = await _app.Client.GetJsonAsync<JsonElement>("/articles/1");
        var body = RequestExample(await Document(), "application/json", "ReplaceArticle");

        var response = await _app.Client.PutAsync("/articles/1", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replaced = await _app.Client.GetJsonAsync<JsonElement>("/articles/1");
        Assert.Equal(seed.GetProperty("body").GetString(), replaced.GetProperty("body").GetString());
        Assert.Equal(seed.GetProperty("title").GetString()!.Replace("cose", "close", StringComparison.Ordinal), replaced.GetProperty("title").GetString());
    }

    static string RequestExample(JsonElement document, string contentType, string operationId = "CreateArticle")
    {
        var example = Operations(document).Single(o => o.Operation.GetProperty("operationId").GetString() == operationId)
            .Operation.GetProperty("requestBody").GetProperty("content").GetProperty(contentType).GetProperty("example");
        return example.ValueKind == JsonValueKind.String ? example.GetString()! : example.GetRawText();
    }

    /// <summary>The value a message says it got: <c>got 'bogus'</c> or <c>got 101</c>.</summary>
    static string BadValue(string message) => GotValue().Match(message) is { Success: true } m
        ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
        : throw new InvalidOperationException($"no value in '{message}'");

    static string Errors(JsonElement problem) =>
        string.Join('\n', problem.GetProperty("errors").EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => $"{e.Name}: {string.Join(" | ", e.Value.EnumerateArray().Select(v => v.GetString()))}"));

    [GeneratedRegex(@"got (?:'([^']*)'|(-?\d+))")]
    private static partial Regex GotValue();

    [GeneratedRegex(@"with id (\d+)")]
    private static partial Regex MissingId();
}
