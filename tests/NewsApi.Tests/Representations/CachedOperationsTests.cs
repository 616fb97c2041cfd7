using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Representations;

namespace NewsApi.Tests.Representations;

/// <summary>Which operations serve negotiated, validated and cached representations: a new endpoint is a conscious choice.</summary>
public sealed class CachedOperationsTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    IReadOnlyList<Endpoint> Endpoints => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;

    [Fact]
    public void TheCachedOperations_AreExactlyTheseReads_WithTheseRepresentations()
    {
        var cached = Endpoints
            .Where(e => e.Metadata.GetMetadata<RepresentationMetadata>() is not null)
            .Select(e => $"{e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName}: "
                + string.Join(" ", e.Metadata.GetRequiredMetadata<RepresentationMetadata>().Offered.Select(MediaTypes.Of)))
            .Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "GetArticle: application/json application/ld+json",
            "GetArticleEntities: application/json text/csv",
            "GetArticleQuotes: application/json text/csv",
            "GetEntity: application/json",
            "GetEntityArticles: application/json text/csv",
            "GetEntityQuotes: application/json text/csv",
            "GetQuote: application/json",
            "GetRelatedEntities: application/json text/csv",
            "ListArticles: application/json text/csv",
            "ListEntities: application/json text/csv",
            "ListQuotes: application/json text/csv",
            "Search: application/json text/csv",
        ], cached);
    }

    [Fact]
    public void OnlyGetOperations_AreCached()
    {
        var methods = Endpoints
            .Where(e => e.Metadata.GetMetadata<RepresentationMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetRequiredMetadata<IHttpMethodMetadata>().HttpMethods)
            .Distinct();

        Assert.Equal([HttpMethods.Get], methods);
    }
}
