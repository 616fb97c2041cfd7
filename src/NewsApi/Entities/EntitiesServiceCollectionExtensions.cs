using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsApi.Entities;

public static class EntitiesServiceCollectionExtensions
{
    /// <summary>Reading entities; they are written with the articles that mention them.</summary>
    public static IServiceCollection AddNewsEntities(this IServiceCollection services)
    {
        services.TryAddSingleton<EntityStore>();
        return services;
    }
}
