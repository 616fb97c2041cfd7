using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Access;

namespace NewsApi.Tests.Access;

public sealed class ApiKeyStoreTests : IDisposable
{
    readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Create_NameOfAnActiveKey_ReturnsNull()
    {
        var keys = _factory.Services.GetRequiredService<ApiKeyStore>();
        Assert.NotNull(await keys.CreateAsync("ci"));

        Assert.Null(await keys.CreateAsync("ci"));
    }

    [Fact]
    public async Task Create_RefusedByAnyOtherConstraint_Throws_RatherThanClaimTheNameIsTaken()
    {
        var keys = _factory.Services.GetRequiredService<ApiKeyStore>();
        await using (var connection = await _factory.OpenDatabaseAsync())
            await Data.TestTriggers.RefuseInsertsAsync(connection, "api_keys", "true", "no new keys");

        var e = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => keys.CreateAsync("ci"));

        Assert.Contains("no new keys", e.Message, StringComparison.Ordinal);
    }
}
