using System.Net;
using System.Text;

namespace NewsApi.Tests.Representations;

/// <summary>Replaces the seed article, so it builds its own app and database.</summary>
public sealed class CachingAfterWriteTests : IDisposable
{
    readonly KeyedApp _keyed = new();
    readonly HttpClient _client;

    public CachingAfterWriteTests() => _client = _keyed.Client;

    public void Dispose() => _keyed.Dispose();

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
