using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Export;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Representations;

/// <summary>Stores more articles than one export page holds, so it builds its own app and database.</summary>
public sealed class ExportPagingTests : IDisposable
{
    readonly NewsApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Export_CrossesPageBoundaries_WithEveryArticleOnceInIdOrder()
    {
        var client = _factory.CreateClient();
        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        for (var i = 0; i < ExportApi.PageSize + 5; i++)
            await ingestor.IngestAsync(new NewArticle { Title = $"Report {i}", Body = $"Officials met for the {i}th time on Monday, a spokesman said." }, default);

        var lines = (await client.GetStringAsync("/export")).TrimEnd('\n').Split('\n');

        var ids = lines.Select(l => JsonSerializer.Deserialize<Article>(l, NewsApiFactory.Json)!.Id).ToList();
        Assert.Equal(ExportApi.PageSize + 6, ids.Count);
        Assert.Equal(Enumerable.Range(1, ExportApi.PageSize + 6).Select(i => (long)i), ids);
    }
}
