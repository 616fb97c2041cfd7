using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Extraction;

namespace NewsApi.Tests.Entities;

public sealed class RelatedEntitiesTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Related_ListsEveryCoMentionedEntityWithSharedArticles()
    {
        var syria = (await _client.GetJsonAsync<Page<EntitySummary>>("/entities?q=Syria")).Items.Single().Id;

        var related = (await _client.GetJsonAsync<Page<RelatedEntity>>($"/entities/{syria}/related?limit=100")).Items;

        Assert.Equal(14, related.Count);
        Assert.DoesNotContain(related, r => r.Id == syria);
        Assert.All(related, r => Assert.Equal([1L], r.ArticleIds));
        Assert.All(related, r => Assert.Equal(1, r.SharedArticles));
    }

    [Fact]
    public async Task Related_TypeFilterAndErrors()
    {
        var people = (await _client.GetJsonAsync<Page<RelatedEntity>>("/entities/1/related?type=person")).Items;

        Assert.Equal(["Ali Shamkhani", "Keivan Khosravi"], people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal(EntityType.Person, p.Type));
        await _client.GetProblemAsync("/entities/999/related", 404);
        await _client.GetProblemAsync("/entities/1/related?type=planet", 400);
        await _client.GetProblemAsync("/entities/1/related?limit=0", 400);
    }
}
