using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsApi.Tests.Limits;

/// <summary>Who a budget belongs to: the client address (or its /64), the API key, or the client a trusted proxy names.</summary>
public sealed class ClientPartitionTests : IDisposable
{
    const string Key = "partition-test-key-0123456789";
    readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    WebApplicationFactory<Program> App(params (string Key, string Value)[] settings) => _factory.WithWebHostBuilder(b =>
    {
        b.UseSetting("NewsApi:ApiKey", Key)
            .UseSetting("NewsApi:Limits:Read:Permits", "2").UseSetting("NewsApi:Limits:Read:WindowSeconds", "3600")
            .UseSetting("NewsApi:Limits:Write:Permits", "2").UseSetting("NewsApi:Limits:Write:WindowSeconds", "3600");
        foreach (var (key, value) in settings) b.UseSetting(key, value);
        b.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
    });

    static async Task<HttpStatusCode> Send(WebApplicationFactory<Program> app, HttpMethod method, string address,
        string? key = null, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(method, method == HttpMethod.Get ? "/articles/1" : "/articles/999");
        request.Headers.Add("X-Test-Client", address);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await app.CreateClient().SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task EachAddress_HasItsOwnReadBudget_AndAnIpv6SubscriberShares_64()
    {
        using var app = App();
        for (var i = 0; i < 2; i++) await Send(app, HttpMethod.Get, "198.51.100.1");
        await Send(app, HttpMethod.Get, "2001:db8:1:2::1");
        await Send(app, HttpMethod.Get, "2001:db8:1:2:ffff::9");

        Assert.Equal(HttpStatusCode.TooManyRequests, await Send(app, HttpMethod.Get, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await Send(app, HttpMethod.Get, "198.51.100.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Send(app, HttpMethod.Get, "2001:db8:1:2:abcd::1"));
        Assert.Equal(HttpStatusCode.OK, await Send(app, HttpMethod.Get, "2001:db8:1:3::1"));
    }

    [Fact]
    public async Task OneKeyFromManyAddresses_SharesOneWriteBudget()
    {
        using var app = App();

        Assert.Equal(HttpStatusCode.NotFound, await Send(app, HttpMethod.Delete, "198.51.100.1", Key));
        Assert.Equal(HttpStatusCode.NotFound, await Send(app, HttpMethod.Delete, "198.51.100.2", Key));

        Assert.Equal(HttpStatusCode.TooManyRequests, await Send(app, HttpMethod.Delete, "198.51.100.3", Key));
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(app, HttpMethod.Delete, "198.51.100.3"));
    }

    [Fact]
    public async Task InventedKeys_BuyNoExtraWriteBudget()
    {
        using var app = App();

        Assert.Equal(HttpStatusCode.Unauthorized, await Send(app, HttpMethod.Delete, "198.51.100.1", "made-up-1"));
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(app, HttpMethod.Delete, "198.51.100.1", "made-up-2"));

        Assert.Equal(HttpStatusCode.TooManyRequests, await Send(app, HttpMethod.Delete, "198.51.100.1", "made-up-3"));
    }

    [Fact]
    public async Task WritesWithoutAKey_AreLimitedByAddress()
    {
        using var app = App();

        Assert.Equal(HttpStatusCode.Unauthorized, await Send(app, HttpMethod.Delete, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(app, HttpMethod.Delete, "198.51.100.1"));

        Assert.Equal(HttpStatusCode.TooManyRequests, await Send(app, HttpMethod.Delete, "198.51.100.1"));
    }

    [Fact]
    public async Task XForwardedFor_CountsOnlyFromATrustedProxy()
    {
        using var untrusting = App();
        using var trusting = App(("NewsApi:Limits:TrustedProxies:0", "192.0.2.0/24"));

        // not trusted: both "clients" are the proxy and share its budget
        await Send(untrusting, HttpMethod.Get, "192.0.2.10", forwardedFor: "203.0.113.1");
        await Send(untrusting, HttpMethod.Get, "192.0.2.10", forwardedFor: "203.0.113.1");
        Assert.Equal(HttpStatusCode.TooManyRequests, await Send(untrusting, HttpMethod.Get, "192.0.2.10", forwardedFor: "203.0.113.2"));

        // trusted: each forwarded client has its own budget
        await Send(trusting, HttpMethod.Get, "192.0.2.10", forwardedFor: "203.0.113.1");
        await Send(trusting, HttpMethod.Get, "192.0.2.10", forwardedFor: "203.0.113.1");
        Assert.Equal(HttpStatusCode.TooManyRequests, await Send(trusting, HttpMethod.Get, "192.0.2.10", forwardedFor: "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await Send(trusting, HttpMethod.Get, "192.0.2.10", forwardedFor: "203.0.113.2"));
        // a client that is not the proxy cannot pick its budget by sending the header
        await Send(trusting, HttpMethod.Get, "198.51.100.7", forwardedFor: "203.0.113.50");
        await Send(trusting, HttpMethod.Get, "198.51.100.7", forwardedFor: "203.0.113.51");
        Assert.Equal(HttpStatusCode.TooManyRequests, await Send(trusting, HttpMethod.Get, "198.51.100.7", forwardedFor: "203.0.113.52"));
    }

}
