using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace NewsApi.Tests.Access;

public sealed class KeyLoggingTests
{
    const string Key = "never-log-me-8f3a9c1e7b2d";

    [Fact]
    public async Task RequestsWithAKey_NeverPutItInLogs_AtAnyLevel()
    {
        var logs = new LogCapture();
        using var factory = new NewsApiFactory();
        using var app = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("NewsApi:ApiKey", Key);
            logs.AttachTo(b);
        });
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        var created = await client.PostAsync("/articles", new StringContent("A title\n\nA body that says nothing much.", Encoding.UTF8, "text/plain"));
        var refused = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/articles/1") { Headers = { { "X-Api-Key", Key + "-wrong" } } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(logs.Entries, e => e.Message.StartsWith("POST /articles 201", StringComparison.Ordinal));
        Assert.All(logs.Entries, e =>
        {
            Assert.DoesNotContain(Key, e.Message, StringComparison.Ordinal);
            Assert.All(e.State, p => Assert.DoesNotContain(Key, Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal));
        });
    }
}
