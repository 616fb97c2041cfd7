using NewsApi.Extraction;

namespace NewsApi.Entities;

/// <summary>An entity as listed.</summary>
public sealed record EntitySummary
{
    public long Id { get; init; }
    /// <summary>Canonical name: the fullest name used for it.</summary>
    public string Name { get; init; } = "";
    public EntityType Type { get; init; }
    /// <summary>Other names it goes by: acronyms, surnames, "also known as" names.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Wikidata item id (e.g. "Q794" for Iran) where known.</summary>
    public string? WikidataId { get; init; }
    /// <summary>Latitude in WGS84 degrees of a location the gazetteer knows (a country's is a representative point); null otherwise.</summary>
    public double? Latitude { get; init; }
    /// <summary>Longitude in WGS84 degrees, with <c>latitude</c>.</summary>
    public double? Longitude { get; init; }
    public long MentionCount { get; init; }
    public long ArticleCount { get; init; }
}

/// <summary>One entity with its identifiers and how often it appears and speaks.</summary>
public sealed record EntityDetail
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public EntityType Type { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? WikidataId { get; init; }
    /// <summary>
    /// Identifiers in other knowledge bases, by scheme: <c>wikidata</c> ("Q794"); for a location the gazetteer knows,
    /// <c>geonames</c> (a city's GeoNames id, "112931") or <c>iso3166</c> (a country's ISO 3166-1 alpha-2 code, "IR").
    /// </summary>
    public IReadOnlyDictionary<string, string> ExternalIds { get; init; } = new Dictionary<string, string>();
    /// <summary>Latitude in WGS84 degrees of a location the gazetteer knows (a country's is a representative point); null otherwise.</summary>
    public double? Latitude { get; init; }
    /// <summary>Longitude in WGS84 degrees, with <c>latitude</c>.</summary>
    public double? Longitude { get; init; }
    public long MentionCount { get; init; }
    public long ArticleCount { get; init; }
    /// <summary>Quotes attributed to this entity as speaker.</summary>
    public long QuoteCount { get; init; }
}

/// <summary>An entity as it appears in one article, with every mention there.</summary>
public sealed record ArticleEntity
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public EntityType Type { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? WikidataId { get; init; }
    /// <summary>Latitude in WGS84 degrees of a location the gazetteer knows (a country's is a representative point); null otherwise.</summary>
    public double? Latitude { get; init; }
    /// <summary>Longitude in WGS84 degrees, with <c>latitude</c>.</summary>
    public double? Longitude { get; init; }
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
}

/// <summary>An entity co-mentioned with another: in how many articles, and (up to five of) which.</summary>
public sealed record RelatedEntity
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public EntityType Type { get; init; }
    public long SharedArticles { get; init; }
    public IReadOnlyList<long> ArticleIds { get; init; } = [];
}

/// <summary>A mention of an entity: <c>field</c> is "title" or "body"; offsets in UTF-16 code units, end exclusive.</summary>
public sealed record Mention(TextField Field, long Start, long End, string Text);
