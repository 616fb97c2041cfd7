using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>The read replica and consistency settings: what is accepted, and what stops the app at start-up.</summary>
public sealed class ReadReplicaOptionsTests
{
    static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    [Fact]
    public void AReplicaConfiguredOnSqlite_StopsStartUp_SayingItNeedsPostgres()
    {
        var configuration = Config(("ConnectionStrings:NewsReadReplica", "Host=standby;Database=news"));
        var e = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddNewsData(configuration));
        Assert.Contains("NewsReadReplica", e.Message);
        Assert.Contains("postgres", e.Message);
    }

    [Fact]
    public void NoReplica_IsNoReplica_OnEitherProvider()
    {
        Assert.Null(DatabaseOptions.ReadReplicaConnectionString(Config()));
        Assert.Null(DatabaseOptions.ReadReplicaConnectionString(Config((DatabaseOptions.ProviderKey, "postgres"))));
    }

    [Fact]
    public void TheWindows_DefaultTo50And100Ms_AndRefuseWhatIsNoNumberOfMilliseconds()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(50), DatabaseOptions.ChangeCheck(Config()));
        Assert.Equal(TimeSpan.FromMilliseconds(100), DatabaseOptions.ReplicaWait(Config()));
        Assert.Equal(TimeSpan.FromMilliseconds(20), DatabaseOptions.ChangeCheck(Config((DatabaseOptions.ChangeCheckKey, "20"))));
        Assert.Throws<InvalidOperationException>(() => DatabaseOptions.ChangeCheck(Config((DatabaseOptions.ChangeCheckKey, "0"))));
        Assert.Throws<InvalidOperationException>(() => DatabaseOptions.ReplicaWait(Config((DatabaseOptions.ReplicaWaitKey, "soon"))));
    }
}
