using NewsApi.Entities;

namespace NewsApi.Tests.Entities;

/// <summary>Resolving a name to an entity while importing stays a few index lookups, however many entities exist (issue #6).</summary>
public sealed class EntityQueryPlanTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task MatchingANameOrAlias_SeeksTheNameAndAliasIndexes_AndNeverWalksEveryEntityOfTheType()
    {
        var plan = await QueryPlans.ExplainAsync(factory, EntitySql.Match, new { WikidataId = (string?)null, Type = "person", Name = "Fischer" });

        Assert.Contains(plan, l => l.Contains("ux_entities_type_name (type=? AND name=?)", StringComparison.Ordinal));
        Assert.Contains(plan, l => l.Contains("ix_entity_aliases_alias (alias=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, l => l.EndsWith("(type=?)", StringComparison.Ordinal) || l.StartsWith("SCAN e", StringComparison.Ordinal));
    }
}
