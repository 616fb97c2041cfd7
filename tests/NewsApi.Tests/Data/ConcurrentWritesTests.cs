using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsApi.Bench;
using NewsApi.Ingestion;
using Xunit.Abstractions;

namespace NewsApi.Tests.Data;

/// <summary>
/// Real Kestrel on loopback: 16 readers hammer the read endpoints while articles are POSTed and an import runs
/// (a second writer, as the CLI would be, against the same file). Nothing may fail and nothing acknowledged may be lost.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConcurrentWritesTests(ITestOutputHelper output) : IDisposable
{
    const string Key = "test-key-0123456789";
    const int Readers = 16;
    const int Posted = 200;
    const int Imported = 100;
    readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task WritersDontBlockReaders_AndNothingAcknowledgedIsLost()
    {
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:ApiKey", Key)
            // a load test, not a rate-limit test: budgets far above what it sends
            .UseSetting("NewsApi:Limits:Read:Permits", "1000000").UseSetting("NewsApi:Limits:Write:Permits", "1000000").UseUrls("http://127.0.0.1:0")
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning)));
        app.UseKestrel();
        app.StartServer();
        using var writerClient = app.CreateClient();
        writerClient.DefaultRequestHeaders.Add("X-Api-Key", Key);
        writerClient.Timeout = TimeSpan.FromMinutes(2);

        var corpus = new CorpusGenerator(seed: 5);
        var articles = Enumerable.Range(0, Posted).Select(i =>
        {
            var (title, body) = corpus.Next(120);
            return (Title: $"{title} [{i}]", Body: body);
        }).ToList();
        var jsonl = Path.Combine(_factory.Directory, "import.jsonl");
        new CorpusGenerator(seed: 6).WriteJsonl(jsonl, Imported);

        var acknowledged = new ConcurrentDictionary<long, JsonElement>();
        var statuses = new ConcurrentDictionary<string, int>();
        var ids = new ConcurrentBag<long> { 1 };
        using var stop = new CancellationTokenSource();
        var reads = 0;

        async Task ReadLoop(int n)
        {
            using var client = app.CreateClient();
            var random = new Random(n);
            string[] words = ["minister", "talks", "\"central bank\"", "inflation OR budget", "said"];
            while (!stop.IsCancellationRequested)
            {
                var url = random.Next(4) switch
                {
                    0 => "/articles?limit=20",
                    1 => $"/articles/{ids.ElementAt(random.Next(ids.Count))}",
                    2 => $"/search?q={Uri.EscapeDataString(words[random.Next(words.Length)])}",
                    _ => "/quotes?limit=50",
                };
                using var response = await client.GetAsync(url);
                var key = $"GET {(int)response.StatusCode}";
                statuses.AddOrUpdate(key, 1, (_, c) => c + 1);
                if (response.StatusCode != HttpStatusCode.OK)
                    output.WriteLine($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                Interlocked.Increment(ref reads);
            }
        }

        async Task PostLoop(int start, int step)
        {
            for (var i = start; i < articles.Count; i += step)
            {
                using var response = await writerClient.PostAsJsonAsync("/articles", new { title = articles[i].Title, body = articles[i].Body });
                statuses.AddOrUpdate($"POST {(int)response.StatusCode}", 1, (_, c) => c + 1);
                if (response.StatusCode != HttpStatusCode.Created) continue;
                var article = await response.Content.ReadFromJsonAsync<JsonElement>();
                var id = article.GetProperty("id").GetInt64();
                acknowledged[id] = article;
                ids.Add(id);
            }
        }

        var clock = Stopwatch.StartNew();
        var readers = Enumerable.Range(0, Readers).Select(n => Task.Run(() => ReadLoop(n))).ToList();
        var import = Task.Run(() => ImportCommand.RunAsync([jsonl], TextWriter.Null, TextWriter.Null, interactive: false,
            _factory.DatabaseSettings));
        await Task.WhenAll(PostLoop(0, 2), PostLoop(1, 2));
        var importExit = await import;
        var writeTime = clock.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        output.WriteLine($"{string.Join(" ", addresses)}: {Readers} readers made {reads} requests in {writeTime.TotalSeconds:F1} s ({reads / writeTime.TotalSeconds:F0}/s) " +
            $"while {acknowledged.Count} articles were POSTed and {Imported} imported; statuses: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value}")));

        Assert.Equal(0, importExit);
        Assert.Equal(Posted, acknowledged.Count);
        Assert.Equal([$"GET 200", $"POST 201"], statuses.Keys.Order());
        Assert.True(reads > Readers, $"readers made only {reads} requests");

        using var check = app.CreateClient();
        foreach (var (id, posted) in acknowledged)
        {
            var stored = await check.GetFromJsonAsync<JsonElement>($"/articles/{id}");
            Assert.Equal(posted.GetProperty("body").GetString(), stored.GetProperty("body").GetString());
            Assert.Equal(ArticleContent.Quotes(posted), ArticleContent.Quotes(stored));
            Assert.Equal(posted.GetProperty("paragraphs").GetRawText(), stored.GetProperty("paragraphs").GetRawText());
            Assert.Equal(ArticleContent.Mentions(posted), ArticleContent.Mentions(stored));
        }
        var total = 0;
        for (string? cursor = null; ;)
        {
            var page = await check.GetFromJsonAsync<JsonElement>($"/articles?limit=100{(cursor is null ? "" : $"&cursor={cursor}")}");
            total += page.GetProperty("items").GetArrayLength();
            if ((cursor = page.GetProperty("nextCursor").GetString()) is null) break;
        }
        Assert.Equal(1 + Posted + Imported, total);
    }
}
