using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsApi.Quotes;

public static class QuotesServiceCollectionExtensions
{
    /// <summary>Reading quotes; they are written with the article they are in.</summary>
    public static IServiceCollection AddNewsQuotes(this IServiceCollection services)
    {
        services.TryAddSingleton<QuoteStore>();
        return services;
    }
}
