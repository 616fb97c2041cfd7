using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsApi.Tests.Representations;

/// <summary>Replaces the seed article, so it builds its own app and database.</summary>
public sealed class CachingAfterWriteTests : IDisposable
{
    const string Key = "test-key-0123456789";
    readonly NewsApiFactory _factory = new();
    readonly WebApplicationFactory<Program> _app;
    readonly HttpClient _client;

    public CachingAfterWriteTests()
    {
        _app = _factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:ApiKey", Key));
        _client = _app.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", Key);
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task ReplacingAnArticle_ChangesItsETag_AndTheListETag_SoTheOldTagGets200()
    {
        var before = (await _client.GetAsync("/articles/1")).Headers.ETag!;
        var listBefore = (await _client.GetAsync("/articles")).Headers.ETag!;

        var put = await _client.PutAsync("/articles/1", new StringContent(
            "Ministers meet in Vienna\n\nVIENNA (Reuters) - The minister said on Monday that talks would continue.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/1");
        request.Headers.IfNoneMatch.Add(before);
        var after = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
        Assert.Contains("Vienna", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(listBefore, (await _client.GetAsync("/articles")).Headers.ETag);
    }
}
