using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsApi.Tests;

/// <summary>
/// The app over its own database with an API key configured, and a client that sends the key: for tests that write.
/// </summary>
public sealed class KeyedApp : IDisposable
{
    public const string Key = "test-key-0123456789";

    public NewsApiFactory Factory { get; } = new();
    public WebApplicationFactory<Program> App { get; }
    public HttpClient Client { get; }

    public KeyedApp(params (string Name, string Value)[] settings)
    {
        App = Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("NewsApi:ApiKey", Key);
            foreach (var (name, value) in settings) b.UseSetting(name, value);
        });
        Client = App.CreateClient();
        Client.DefaultRequestHeaders.Add("X-Api-Key", Key);
    }

    public void Dispose()
    {
        App.Dispose();
        Factory.Dispose();
    }
}
