using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace NewsApi.Tests.Fuzz;

/// <summary>
/// Generates requests for every operation of the OpenAPI document: hostile path ids, query values, headers and
/// bodies. No answer may be a 500, every status must be one the document lists for the operation (or 404/405 for
/// a request no route matches) and every error must be problem+json. Replay a failure with NEWSAPI_FUZZ_SEED.
/// </summary>
[Trait("Category", "Slow")]
public sealed class OpenApiFuzzTests(ITestOutputHelper output) : IDisposable
{
    const string Key = "fuzz-key-0123456789";
    const int Requests = 10_000;
    const int MaxArticleBytes = 4096;
    readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    sealed record Parameter(string Name, string In, string? Type, string[]? Enum);

    sealed record Operation(string Method, string Path, string Id, IReadOnlyList<Parameter> Parameters, HashSet<int> Statuses, bool HasBody);

    [Fact]
    public async Task EveryOperation_AnswersOnlyDocumentedStatuses_NeverA500()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("NEWSAPI_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261125;
        output.WriteLine($"NEWSAPI_FUZZ_SEED={seed}");
        var random = new Random(seed);

        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:ApiKey", Key)
            .UseSetting("NewsApi:MaxArticleBytes", MaxArticleBytes.ToString(CultureInfo.InvariantCulture))
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Error)));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var operations = ReadOperations(await client.GetJsonAsync<JsonElement>("/swagger/v1/swagger.json"));
        Assert.True(operations.Count >= 18, $"only {operations.Count} operations in the document");

        var seen = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        for (var i = 0; i < Requests && failures.Count < 20; i++)
        {
            var operation = operations[i % operations.Count];
            using var request = BuildRequest(operation, random, out var routeMatches);
            // a changed method may land on another documented operation of the same path (PUT /articles/{id});
            // HEAD is answered as the GET of its path
            var method = request.Method == HttpMethod.Head ? "GET" : request.Method.Method;
            operation = operations.FirstOrDefault(o => o.Path == operation.Path && o.Method == method) ?? operation;
            var description = $"#{i} {request.Method} {request.RequestUri} [{request.Headers.ToString().ReplaceLineEndings("; ")}] ({request.Content?.Headers.ContentType?.ToString() ?? "no body"})";
            HttpResponseMessage response;
            try { response = await client.SendAsync(request); }
            catch (Exception e) { failures.Add($"{description}: threw {e.GetType().Name}: {e.Message}"); continue; }
            using (response)
            {
                var status = (int)response.StatusCode;
                var key = $"{operation.Id} {status}";
                seen[key] = seen.GetValueOrDefault(key) + 1;
                var allowed = operation.Statuses.Contains(status) || (!routeMatches && status is 404 or 405);
                var body = await response.Content.ReadAsStringAsync();
                if (status >= 500 || !allowed)
                    failures.Add($"{description}: {status} not documented for {operation.Id}: {Truncate(body)}");
                else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    failures.Add($"{description}: {status} answered {response.Content.Headers.ContentType} instead of problem+json: {Truncate(body)}");
            }
        }

        output.WriteLine($"{Requests} requests over {operations.Count} operations; statuses: " +
            string.Join(", ", seen.GroupBy(p => p.Key.Split(' ')[1]).Select(g => $"{g.Key} ×{g.Sum(p => p.Value)}")));
        foreach (var (key, count) in seen) output.WriteLine($"  {key} ×{count}");
        Assert.True(failures.Count == 0, $"seed {seed}:\n" + string.Join("\n", failures));
    }

    static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;

    static List<Operation> ReadOperations(JsonElement document) =>
    [
        .. from path in document.GetProperty("paths").EnumerateObject()
           from method in path.Value.EnumerateObject()
           let op = method.Value
           select new Operation(method.Name.ToUpperInvariant(), path.Name, op.GetProperty("operationId").GetString()!,
               op.TryGetProperty("parameters", out var ps)
                   ? [.. ps.EnumerateArray().Select(p => new Parameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                       p.TryGetProperty("schema", out var schema) && schema.TryGetProperty("type", out var t) ? t.GetString() : null,
                       p.TryGetProperty("schema", out var sc) && sc.TryGetProperty("enum", out var e) ? [.. e.EnumerateArray().Select(v => v.ToString())] : null))]
                   : [],
               [.. op.GetProperty("responses").EnumerateObject().Select(r => int.Parse(r.Name, CultureInfo.InvariantCulture))],
               op.TryGetProperty("requestBody", out _)),
    ];

    static readonly string[] Hostile =
    [
        "", " ", "0", "-1", "1", "2", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e309", "NaN", "Infinity",
        "1.5", "0x10", "١٢٣", "abc", "null", "true", "[]", "{}", "%", "%00", "\0", "\u0001\u001f", "\r\n", "\t",
        "' OR 1=1 --", "\"; DROP TABLE articles; --", "1; SELECT * FROM sqlite_master", "' UNION SELECT sql FROM sqlite_master --",
        "\"", "\"\"\"", "\"unbalanced", "(", ")", "((a)", "a AND", "OR", "NOT", "a NOT", "NEAR(a b", "*", "a*", "^a", "title:", "nosuchcolumn:x",
        "body:\"a", "a OR OR b", "{a b}", "a:b:c", "-a", "+a", "a\"b", "'", "''", "\\", "/", "..", "../../etc/passwd",
        "🙂", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ud800", "ｉｒａｎ", "İstanbul", "ß", "\u202e", "<script>alert(1)</script>", "&amp;", "%2F",
        "2024-01-01", "2024-13-45", "2024-02-30T25:61:00Z", "9999-12-31T23:59:59Z", "0001-01-01", "-0001-01-01", "2024-01-01T00:00:00+25:00",
        "person", "organization", "location", "other", "direct", "indirect", "mixed", "article", "quote", "newest", "oldest", "relevance",
        "entity", "source", "month", "csv", "json", "jsonld", "ndjson", "xml", "CSV",
        "MjAyNi0xMS0yNVQwOTo0NzozNFoKMg", "AAAA", "////", "not-base64!", "ZmFrZQ", "MjAyNAoy", "eA", "MS41CjE", "TmFOCjE", "SW5maW5pdHkKMQ",
    ];

    static string Value(Parameter? p, Random random)
    {
        var r = random.Next(10);
        if (p?.Enum is { Length: > 0 } values && r < 3) return values[random.Next(values.Length)];
        if (p?.Type is "integer" && r < 3) return random.Next(4) switch
        {
            0 => random.Next(0, 200).ToString(CultureInfo.InvariantCulture),
            1 => random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture),
            2 => int.MaxValue.ToString(CultureInfo.InvariantCulture) + "0",
            _ => "-" + random.Next(0, 5).ToString(CultureInfo.InvariantCulture),
        };
        return random.Next(12) switch
        {
            0 => new string((char)random.Next(0x20, 0x7f), random.Next(1, 5000)),
            1 => RandomUnicode(random, random.Next(1, 40)),
            2 => Convert.ToBase64String(RandomBytes(random, random.Next(1, 40))).TrimEnd('='),
            3 => Hostile[random.Next(Hostile.Length)] + Hostile[random.Next(Hostile.Length)],
            _ => Hostile[random.Next(Hostile.Length)],
        };
    }

    static string RandomUnicode(Random random, int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
            text.Append((char)(random.Next(3) == 0 ? random.Next(0, 0x20) : random.Next(0x20, 0xFFFF)));
        return text.ToString();
    }

    static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

    static HttpRequestMessage BuildRequest(Operation operation, Random random, out bool routeMatches)
    {
        routeMatches = true;
        var method = operation.Method;
        if (random.Next(25) == 0)
        {
            method = Methods[random.Next(Methods.Length)];
            routeMatches = method == operation.Method;
        }

        var path = operation.Path;
        foreach (var p in operation.Parameters.Where(p => p.In == "path"))
        {
            // a NUL in a path is refused by the server (Kestrel: 400) before the app sees it; TestServer throws instead
            var value = Value(p, random).Replace("\0", "");
            // the client resolves dot segments before sending (/articles/.. is /), so they never reach this route
            if (value.Trim('.').Length == 0) value += "x";
            if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) || value.Trim() != value || value.StartsWith('+'))
                routeMatches = false;
            path = path.Replace($"{{{p.Name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        var query = new List<string>();
        foreach (var p in operation.Parameters.Where(p => p.In == "query"))
        {
            var times = random.Next(10) switch { < 5 => 0, < 9 => 1, _ => random.Next(2, 4) };
            for (var k = 0; k < times; k++) query.Add($"{p.Name}={Uri.EscapeDataString(Value(p, random))}");
        }
        if (random.Next(10) == 0) query.Add($"{Uri.EscapeDataString(Value(null, random))}={Uri.EscapeDataString(Value(null, random))}");
        var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";

        var request = new HttpRequestMessage(new HttpMethod(method), url);
        switch (random.Next(8))
        {
            case 0: request.Headers.TryAddWithoutValidation("Accept", "application/json"); break;
            case 1: request.Headers.TryAddWithoutValidation("Accept", "text/csv"); break;
            case 2: request.Headers.TryAddWithoutValidation("Accept", "application/xml"); break;
            case 3: request.Headers.TryAddWithoutValidation("Accept", Value(null, random).Replace("\r", "").Replace("\n", "")); break;
        }
        if (random.Next(20) == 0) request.Headers.TryAddWithoutValidation("If-None-Match", Value(null, random).Replace("\r", "").Replace("\n", ""));
        switch (random.Next(3))
        {
            case 0: request.Headers.Add("X-Api-Key", Key); break;
            case 1: request.Headers.TryAddWithoutValidation("X-Api-Key", Value(null, random).Replace("\r", "").Replace("\n", "")); break;
        }
        if (operation.HasBody || random.Next(15) == 0) request.Content = Body(random);
        return request;
    }

    static HttpContent Body(Random random)
    {
        var title = random.Next(3) == 0 ? Value(null, random) : $"Fuzzed headline {random.Next()}";
        var body = random.Next(3) == 0 ? Value(null, random) : $"LONDON (Reuters) - Minister Jane Doe said on Tuesday that talks would continue {random.Next()}.\n\n\"We are hopeful,\" Doe told reporters.";
        string J(string v) => JsonSerializer.Serialize(v);
        var json = random.Next(14) switch
        {
            0 => $$"""{"title":{{J(title)}},"body":{{J(body)}}}""",
            1 => $$"""{"title":{{J(title)}},"body":{{J(body)}},"publishedAt":{{J(Value(null, random))}},"url":{{J(Value(null, random))}},"language":{{J(Value(null, random))}},"source":{{J(Value(null, random))}},"dateline":{{J(Value(null, random))}}}""",
            2 => $$"""{"title":5,"body":[1,2]}""",
            3 => "null",
            4 => "[]",
            5 => "{\"title\": \"unterminated",
            6 => new string('[', 2000) + new string(']', 2000),
            7 => $$"""{"title":{{J(title)}},"body":{{J(new string('x', MaxArticleBytes + random.Next(1, 5000)))}}}""",
            8 => "",
            9 => $"{{\"title\":{J(title)},\"body\":{J(body)},\"title\":\"twice\",\"unknown\":{{\"deep\":[1,{{\"a\":null}}]}}}}",
            10 => $$"""{"title":{{J(title)}},"body":{{J(body)}},"publishedAt":"2024-01-01","url":"https://example.org/x","language":"en"}""",
            11 => Value(null, random),
            _ => $$"""{"title":{{J(title)}},"body":{{J(body)}},"publishedAt":{{random.Next()}}}""",
        };
        if (random.Next(12) == 0)
        {
            var bytes = RandomBytes(random, random.Next(1, 200));
            var binary = new ByteArrayContent(bytes);
            binary.Headers.TryAddWithoutValidation("Content-Type", random.Next(2) == 0 ? "application/json" : "text/plain; charset=utf-8");
            return binary;
        }
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(random.Next(6) == 0 ? $"{title}\n\n{body}" : json));
        var type = random.Next(12) switch
        {
            0 => "text/plain",
            1 => "text/plain; charset=utf-8",
            2 => "text/plain; charset=latin1",
            3 => "application/xml",
            4 => "multipart/form-data; boundary=x",
            5 => null,
            6 => "application/json; charset=\"utf-16\"",
            7 => "application/problem+json",
            8 => Value(null, random).Replace("\r", "").Replace("\n", ""),
            _ => "application/json",
        };
        if (type is not null) content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }
}
