using Dapper;
using Microsoft.Data.Sqlite;
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
        await using (var connection = new SqliteConnection(_factory.ConnectionString))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("CREATE TRIGGER no_keys BEFORE INSERT ON api_keys BEGIN SELECT RAISE(ABORT, 'no new keys'); END");
        }

        var e = await Assert.ThrowsAsync<SqliteException>(() => keys.CreateAsync("ci"));

        Assert.Contains("no new keys", e.Message, StringComparison.Ordinal);
    }
}
