using Microsoft.AspNetCore.Builder;
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

    public static TheoryData<string, Action<WebApplication>> Misuses => new()
    {
        { "only a GET", app => app.MapPost("/x", () => TypedResults.Ok(1L)).CacheRepresentations(Representation.Json) },
        { "a 200 answer with a body", app => app.MapGet("/x", () => TypedResults.NoContent()).CacheRepresentations(Representation.Json) },
        { "cannot be written as text/csv", app => app.MapGet("/x", () => TypedResults.Ok("text")).CacheRepresentations(Representation.Json, Representation.Csv) },
        { "cannot be written as application/ld+json", app => app.MapGet("/x", () => TypedResults.Ok(1L)).CacheRepresentations(Representation.JsonLd) },
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public async Task AnEndpointThatCannotServeWhatItOffers_FailsWhenTheAppIsBuilt(string reason, Action<WebApplication> map)
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();
        map(app);

        var error = Assert.Throws<InvalidOperationException>(() => ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).ToList());
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
