using NewsApi.Extraction;

namespace NewsApi.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The extractor (models loaded once), the ingestion pipeline and its options.</summary>
    public static IServiceCollection AddNewsIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IngestionOptions>(configuration.GetSection(IngestionOptions.Section));
        services.AddSingleton(_ => ArticleExtractor.CreateDefault());
        services.AddSingleton<ArticleIngestor>();
        return services;
    }
}
