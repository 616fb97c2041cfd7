using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Bench;
using Xunit.Abstractions;

namespace NewsApi.Tests.Ingestion;

/// <summary>
/// The real service process (the built NewsApi.dll) killed with SIGKILL while four clients POST articles: after a
/// restart every article it acknowledged with 201 is there, whole, exactly as the 201 described it.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class ServiceCrashTests(ITestOutputHelper output) : IDisposable
{
    const string Key = "crash-key-0123456789";
    readonly string _dir = Directory.CreateTempSubdirectory("newsapi-kill-").FullName;
    string Db => Path.Combine(_dir, "news.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();

    async Task<(Process Process, Uri Address)> StartService()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsApi.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _dir,
        };
        start.Environment["ConnectionStrings__News"] = $"Data Source={Db}";
        start.Environment["NewsApi__ApiKey"] = Key;
        start.Environment["NewsApi__Limits__Write__Permits"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start)!;
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && Listening().Match(line) is { Success: true } m) address.TrySetResult(new Uri(m.Groups[1].Value));
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Exited += (_, _) => address.TrySetException(new InvalidOperationException($"the service exited with {process.ExitCode}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, await address.Task.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task ServiceKilledWhileClientsPost_KeepsEveryAcknowledgedArticleWhole()
    {
        var acknowledged = new ConcurrentDictionary<long, JsonElement>();
        var sent = 0;
        var (service, address) = await StartService();
        using (service)
        {
            using var stop = new CancellationTokenSource();
            async Task Client(int n)
            {
                using var client = new HttpClient { BaseAddress = address };
                client.DefaultRequestHeaders.Add("X-Api-Key", Key);
                var corpus = new CorpusGenerator(seed: 100 + n);
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var (title, body) = corpus.Next(80);
                    Interlocked.Increment(ref sent);
                    try
                    {
                        using var response = await client.PostAsJsonAsync("/articles", new { title = $"{title} [{n}.{i}]", body });
                        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
                        acknowledged[article.GetProperty("id").GetInt64()] = article;
                    }
                    catch (HttpRequestException) { return; } // the service is gone
                    catch (IOException) { return; }
                }
            }
            var clients = Enumerable.Range(0, 4).Select(n => Task.Run(() => Client(n))).ToList();
            var clock = Stopwatch.StartNew();
            while (acknowledged.Count < 60 && clock.Elapsed < TimeSpan.FromMinutes(1) && !clients.Any(c => c.IsFaulted))
                await Task.Delay(10);
            service.Kill(entireProcessTree: true); // SIGKILL: requests in flight die with it
            await service.WaitForExitAsync();
            await stop.CancelAsync();
            await Task.WhenAll(clients);
        }
        SqliteConnection.ClearAllPools();

        long stored;
        await using (var check = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            Assert.Equal("ok", await check.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
            stored = await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles") - 1;
            Assert.Equal(0, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = a.id)"));
        }
        output.WriteLine($"{sent} POSTs sent, {acknowledged.Count} acknowledged with 201 before the kill, {stored} articles stored after it");
        Assert.True(acknowledged.Count >= 60, "too few articles acknowledged before the kill");
        Assert.InRange(stored, acknowledged.Count, sent);

        var (restarted, again) = await StartService();
        using (restarted)
        {
            using var client = new HttpClient { BaseAddress = again };
            foreach (var (id, posted) in acknowledged)
            {
                var article = await client.GetFromJsonAsync<JsonElement>($"/articles/{id}");
                foreach (var part in new[] { "title", "body", "paragraphs" })
                    Assert.Equal(posted.GetProperty(part).GetRawText(), article.GetProperty(part).GetRawText());
                Assert.Equal(ArticleContent.Quotes(posted), ArticleContent.Quotes(article));
                Assert.Equal(ArticleContent.Mentions(posted), ArticleContent.Mentions(article));
            }
            restarted.Kill(entireProcessTree: true);
            await restarted.WaitForExitAsync();
        }
    }
}
