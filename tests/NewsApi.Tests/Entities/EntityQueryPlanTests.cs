using NewsApi.Articles;

namespace NewsApi.Tests.Entities;

/// <summary>Resolving a name to an entity while importing stays a few index lookups, however many entities exist (issue #6).</summary>
public sealed class EntityQueryPlanTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task FindingTheEntitiesOfANameAliasOrSurname_SeeksTheirIndexes_AndNeverWalksEveryEntity()
    {
        var plan = await QueryPlans.ExplainAsync(factory, ArticleWriteSql.Candidates.For(NewsApi.Data.SqlDialect.Sqlite), new { Name = "Fischer" });

        Assert.Contains(plan, l => l.Contains("ix_entities_name (name=?)", StringComparison.Ordinal));
        Assert.Contains(plan, l => l.Contains("ix_entity_aliases_alias (alias=?)", StringComparison.Ordinal));
        Assert.Contains(plan, l => l.Contains("ix_entities_surname (<expr>=?)", StringComparison.Ordinal) || l.Contains("ix_entities_surname (surname=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, l => l.StartsWith("SCAN", StringComparison.Ordinal) && !l.Contains("SUBQUERY", StringComparison.Ordinal));
    }
}
