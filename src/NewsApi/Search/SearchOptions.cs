namespace NewsApi.Search;

/// <summary>Configuration section <c>NewsApi:Search</c>: how much of a common term's matches <c>GET /search</c> ranks.</summary>
public sealed class SearchOptions
{
    public const string Section = "NewsApi:Search";

    /// <summary>
    /// How many matches of each index (articles, quotes) are ranked: the most recently added ones. Ranking costs about
    /// a microsecond a match (bm25, ts_rank_cd), so a word in most of 100,000 articles and their quotes took 70–150 ms
    /// to rank in full; capped, a search costs the same whatever the word. A query with fewer matches is ranked
    /// exactly. 0 ranks every match. Measured in bench/results/2026-11-29_search-candidates.md.
    /// </summary>
    public int RankCandidates { get; set; } = 2000;
}

public static class SearchSetup
{
    /// <summary>
    /// <see cref="SearchOptions"/> from <c>NewsApi:Search</c>, refused at start-up when negative, and the
    /// <see cref="SearchStore"/> that applies them.
    /// </summary>
    public static IServiceCollection AddNewsSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section))
            .Validate(o => o.RankCandidates >= 0, $"{SearchOptions.Section}:{nameof(SearchOptions.RankCandidates)} must be 0 (rank every match) or a positive number of matches.")
            .ValidateOnStart();
        services.AddSingleton<SearchStore>();
        return services;
    }
}
