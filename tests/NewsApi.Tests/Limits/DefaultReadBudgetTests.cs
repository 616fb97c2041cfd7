using System.Net;

namespace NewsApi.Tests.Limits;

/// <summary>The limits as shipped, with no configuration: a script reading its own service is not refused.</summary>
public sealed class DefaultReadBudgetTests : IClassFixture<NewsApiFactory>
{
    readonly NewsApiFactory _factory;

    public DefaultReadBudgetTests(NewsApiFactory factory) => _factory = factory;

    [Fact]
    public async Task DefaultReadBudget_OneSequentialClientReading1500TimesInARow_IsNeverRefused()
    {
        var client = _factory.CreateClient();

        var refused = 0;
        for (var i = 0; i < 1500; i++)
            if ((await client.GetAsync("/articles/1")).StatusCode == HttpStatusCode.TooManyRequests) refused++;

        Assert.Equal(0, refused);
    }

    [Fact]
    public async Task DefaultReadBudget_IsAdvertisedAsAtLeast1500()
    {
        var response = await _factory.CreateClient().GetAsync("/articles");

        Assert.True(int.Parse(response.Headers.GetValues("RateLimit-Limit").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1500);
    }
}
