using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Hosting;

namespace NewsApi.Tests.Hosting;

public sealed class CommandHostTests
{
    [Fact]
    public async Task ACommandsHost_ReadsItsSettingsFilesOnce_WithoutWatchingTheContentRoot()
    {
        var dir = Directory.CreateTempSubdirectory("newsapi-command-host-").FullName;
        try
        {
            using var host = await CommandHost.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:News"] = $"Data Source={Path.Combine(dir, "news.db")}" });

            var root = (IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>();
            var jsonFiles = root.Providers.OfType<JsonConfigurationProvider>().ToList();
            Assert.NotEmpty(jsonFiles); // appsettings.json and appsettings.{Environment}.json are still read
            Assert.All(jsonFiles, provider => Assert.False(provider.Source.ReloadOnChange, $"{provider.Source.Path} is watched for changes"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
