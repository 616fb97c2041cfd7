using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace NewsApi.Tests.Hosting;

public sealed class ShutdownSetupTests
{
    [Theory]
    [InlineData(null, 8.0)]
    [InlineData("2.5", 2.5)]
    public void ShutdownTimeout_ComesFromConfiguration(string? setting, double seconds)
    {
        using var factory = new NewsApiFactory();
        using var app = factory.WithWebHostBuilder(b => { if (setting is not null) b.UseSetting("NewsApi:ShutdownTimeoutSeconds", setting); });

        Assert.Equal(TimeSpan.FromSeconds(seconds), app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }
}
