using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using NewsApi.Access;

namespace NewsApi.Tests.Access;

public sealed class KeysCommandTests : IDisposable
{
    readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    async Task<(int Exit, string Output, string Errors)> Keys(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var exit = await KeysCommand.RunAsync(args, output, errors,
            _factory.DatabaseSettings);
        return (exit, output.ToString(), errors.ToString());
    }

    HttpClient Client(string? key)
    {
        var client = _factory.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task Create_PrintsANewRandomKeyOnceAndStoresOnlyItsHash()
    {
        var (exit, output, errors) = await Keys("create", "ci");
        var (_, other, _) = await Keys("create", "laptop");

        Assert.Equal(0, exit);
        var key = output.Trim();
        Assert.Matches("^nak_[A-Za-z0-9_-]{43}$", key);
        Assert.NotEqual(key, other.Trim());
        Assert.Contains("cannot be shown again", errors, StringComparison.Ordinal);
        await using var connection = await _factory.OpenDatabaseAsync();
        var hash = await connection.ExecuteScalarAsync<byte[]>("SELECT key_hash FROM api_keys WHERE name = 'ci'");
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)), hash);
        var everything = string.Join("\n", await connection.QueryAsync<string>("SELECT name || created_at FROM api_keys"));
        Assert.DoesNotContain(key[4..], everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithANameInUse_Fails()
    {
        await Keys("create", "ci");

        var (exit, _, errors) = await Keys("create", "ci");

        Assert.Equal(1, exit);
        Assert.Contains("in use", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsKeysButNeverTheKey()
    {
        var key = (await Keys("create", "ci")).Output.Trim();
        await Client(key).DeleteAsync("/articles/999");

        var (exit, output, _) = await Keys("list");

        Assert.Equal(0, exit);
        Assert.Contains("ci", output, StringComparison.Ordinal);
        Assert.DoesNotContain(key[4..12], output, StringComparison.Ordinal);
        var row = output.Split('\n').Single(l => l.Contains("ci", StringComparison.Ordinal));
        // created and last used are both filled in; revoked is not
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(row, @"\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ").Count);
        Assert.EndsWith("-", row.TrimEnd());
    }

    [Fact]
    public async Task StoredKey_AllowsWritesUntilRevoked()
    {
        var key = (await Keys("create", "ci")).Output.Trim();
        await Keys("create", "another");
        Assert.Equal(HttpStatusCode.NotFound, (await Client(key).DeleteAsync("/articles/999")).StatusCode);

        var (exit, _, _) = await Keys("revoke", "ci");

        Assert.Equal(0, exit);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(key).DeleteAsync("/articles/999")).StatusCode);
        Assert.Contains(" ci ", (await Keys("list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_ById_RevokesThatKeyOnly()
    {
        var first = (await Keys("create", "one")).Output.Trim();
        var second = (await Keys("create", "two")).Output.Trim();

        var (exit, _, _) = await Keys("revoke", "1");

        Assert.Equal(0, exit);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(first).DeleteAsync("/articles/999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client(second).DeleteAsync("/articles/999")).StatusCode);
    }

    [Fact]
    public async Task Revoke_UnknownKey_Fails()
    {
        var (exit, _, errors) = await Keys("revoke", "nobody");

        Assert.Equal(1, exit);
        Assert.Contains("nobody", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryKeysCommand_SaysWhichDatabaseFileItUses_OnStderr()
    {
        var create = await Keys("create", "ci");
        var list = await Keys("list");

        Assert.StartsWith($"database: {_factory.DatabaseDescription}", create.Errors, StringComparison.Ordinal);
        Assert.StartsWith($"database: {_factory.DatabaseDescription}", list.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("database:", create.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoArguments_PrintsUsageAndExits2()
    {
        var (exit, _, errors) = await Keys();

        Assert.Equal(2, exit);
        Assert.Contains("keys create NAME", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoKeyStoredOrConfigured_Write403ExplainsHowToCreateOne()
    {
        await Keys("create", "revoked");
        await Keys("revoke", "revoked");

        var response = await Client("anything").DeleteAsync("/articles/1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("keys create NAME", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredKey_StillWorksBesideStoredKeys()
    {
        var stored = (await Keys("create", "ci")).Output.Trim();
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting("NewsApi:ApiKey", "configured-key-0123456789"));

        Assert.Equal(HttpStatusCode.NotFound, (await WithKey(app.CreateClient(), "configured-key-0123456789").DeleteAsync("/articles/999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await WithKey(app.CreateClient(), stored).DeleteAsync("/articles/999")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(app.CreateClient(), stored + "x").DeleteAsync("/articles/999")).StatusCode);
    }

    static HttpClient WithKey(HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
