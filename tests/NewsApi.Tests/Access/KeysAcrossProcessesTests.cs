using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsApi.Access;

namespace NewsApi.Tests.Access;

/// <summary>
/// Two app hosts (two replicas) on one database, and the <c>keys</c> command run against it: a key created or revoked
/// is honoured by every process from its next request, since the write filter asks the database each time and no
/// process keeps a copy of the keys.
/// </summary>
[Trait("Category", "Slow")]
public sealed class KeysAcrossProcessesTests : IDisposable
{
    readonly NewsApiFactory _factory = new();
    readonly WebApplicationFactory<Program> _first;
    readonly WebApplicationFactory<Program> _second;

    public KeysAcrossProcessesTests()
    {
        // no NewsApi:ApiKey: the stored keys are the only ones
        _first = _factory.WithWebHostBuilder(_ => { });
        _second = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in _factory.DatabaseSettings) b.UseSetting(key, value);
            b.UseEnvironment("Testing");
        });
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
        _factory.Dispose();
    }

    async Task<string> Keys(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.True(await KeysCommand.RunAsync(args, output, errors, _factory.DatabaseSettings) == 0, errors.ToString());
        return output.ToString().Trim();
    }

    async Task<HttpStatusCode[]> WriteThroughBoth(string key)
    {
        var writes = new[] { _first, _second }.Select(async app =>
        {
            var client = app.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            // a write of nothing there: 404 once the key is accepted
            return (await client.DeleteAsync("/articles/999999")).StatusCode;
        });
        return await Task.WhenAll(writes);
    }

    [Fact]
    public async Task KeyCreatedByTheCommand_IsAcceptedByEveryProcess_AndRefusedByEveryProcessOnceRevoked()
    {
        // both hosts serve before the key exists, so neither could have read it at start-up
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], await WriteThroughBoth("nak_not-yet"));
        var key = await Keys("create", "ci");
        await Keys("create", "other");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound], await WriteThroughBoth(key));

        await Keys("revoke", "ci");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], await WriteThroughBoth(key));
    }
}
