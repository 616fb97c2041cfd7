using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsApi.Articles;

public static class ArticlesServiceCollectionExtensions
{
    /// <summary>Reading articles (<see cref="ArticleStore"/>) and writing them with all their parts (<see cref="ArticleWriter"/>).</summary>
    public static IServiceCollection AddNewsArticles(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ArticleStore>();
        services.TryAddSingleton<ArticleDocuments>();
        services.TryAddSingleton<ArticleWriter>();
        return services;
    }
}
