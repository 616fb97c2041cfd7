using System.Net;
using System.Text;
using Dapper;
using NewsApi.Data;
using NewsApi.Entities;

namespace NewsApi.Tests.Entities;

/// <summary>
/// The corpus view after varied invented wire stories are posted through the API: one entity per name, country
/// variants together, no names that begin with a function word. (bench: <c>NewsApi.Bench entities</c> measures the same.)
/// </summary>
public sealed class EntityCorpusTests : IDisposable
{
    readonly KeyedApp _keyed = new();

    public void Dispose() => _keyed.Dispose();

    static readonly (string Title, string Body)[] Stories =
    [
        ("U.S. and Kenya sign water accord", "NAIROBI (AP) — The U.S. and Kenya signed a water accord on Monday, Kenyan officials said.\n\n\"This is a good day for farmers,\" said Amina Wekesa, a spokeswoman for the Kenya Water Authority (KWA)."),
        ("Wekesa defends accord", "NAIROBI (Reuters) - Wekesa said on Tuesday that the accord with the United States would bring new pumps.\n\nThe KWA said the first pumps would arrive in March."),
        ("America to fund pumps", "WASHINGTON (AFP) – America will fund 300 pumps, the State Department said.\n\nAmina Wekesa welcomed the decision, according to a statement of the Kenya Water Authority."),
        ("Lindholm ferry strike ends", "OSLO (NTB) — The strike at Nordvik Lines ended on Friday, union leader Per Haugland said.\n\nHaugland said members had voted for the new contract. Article continued below"),
        ("Nordvik Lines orders ships", "OSLO (Reuters) - Nordvik Lines ordered two ships from a yard in Bergen, chief executive Solveig Dahl said.\n\n\"We need more capacity,\" Dahl told reporters. Per Haugland of the Seafarers Union said the union welcomed the order."),
        ("Haugland re-elected", "BERGEN — Haugland was re-elected as head of the Seafarers Union on Saturday.\n\nThe interior ministry said it had no comment."),
        ("Peru floods", "LIMA (EFE) – Floods hit southern Peru on Sunday, the interior ministry said.\n\nPresident Lucia Paredes said aid from the United States had arrived."),
        ("Paredes visits US", "WASHINGTON (AP) — Peruvian President Lucia Paredes met U.S. officials on Monday.\n\nParedes said the US would send more aid."),
    ];

    [Fact]
    public async Task PostingVariedStories_LeavesNoNameHeldBySeveralEntitiesAndNoFunctionWordNames()
    {
        foreach (var (title, body) in Stories)
        {
            var response = await _keyed.Client.PostAsync("/articles", new StringContent($"{title}\n\n{body}", Encoding.UTF8, "text/plain"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        await using var connection = await _keyed.Factory.OpenDatabaseAsync();
        var shared = await connection.QueryAsync<string>("SELECT min(name) FROM entities GROUP BY lower(name) HAVING COUNT(*) > 1");
        Assert.Empty(shared);
        var names = (await connection.QueryAsync<string>("SELECT name FROM entities")).ToList();
        Assert.All(names, n => Assert.True(EntityNames.IsEntityName(n), n));
        Assert.DoesNotContain(names, n => n is "U.S." or "US" or "America" or "interior ministry" or "Article continued below");
        var unitedStates = Assert.Single((await _keyed.Client.GetJsonAsync<Page<EntitySummary>>("/entities?q=United%20States")).Items);
        Assert.Equal(5, unitedStates.ArticleCount);
    }
}
