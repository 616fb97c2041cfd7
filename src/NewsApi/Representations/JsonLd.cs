using System.Text.Json.Nodes;
using NewsApi.Articles;
using NewsApi.Entities;
using NewsApi.Extraction;

namespace NewsApi.Representations;

/// <summary>
/// An article as schema.org <c>NewsArticle</c> JSON-LD. Entities become <c>mentions</c> (Person, Organization, Place,
/// Thing) identified by their API URL, with <c>sameAs</c> Wikidata where known and a Place's <c>geo</c> coordinates; quotes become <c>Quotation</c>s in
/// <c>hasPart</c> (their <c>genre</c> is <c>statement</c> or <c>stance</c>) whose <c>creator</c> and <c>spokenByCharacter</c> point at the speaker's mention by <c>@id</c>, or
/// name the speaker as written when it is no entity ("media reports").
/// </summary>
public static class JsonLd
{
    public static JsonObject ForArticle(Article article, string baseUrl)
    {
        var id = $"{baseUrl}/articles/{article.Id}";
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["@id"] = id,
            ["url"] = article.Url ?? id,
            ["identifier"] = article.Slug,
            ["headline"] = article.Title,
            ["datePublished"] = article.PublishedAt,
            ["dateModified"] = article.UpdatedAt,
            ["inLanguage"] = article.Language,
            ["articleBody"] = article.Body,
        };
        if (article.Source is { } source) node["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = source };
        if (article.Dateline is { } dateline)
        {
            node["dateline"] = dateline;
            node["locationCreated"] = new JsonObject { ["@type"] = "Place", ["name"] = dateline };
        }
        node["mentions"] = new JsonArray([.. article.Entities.Select(e => Mention(e, baseUrl))]);
        node["hasPart"] = new JsonArray([.. article.Quotes.Select(q => Quotation(q, baseUrl))]);
        return node;
    }

    static JsonNode Mention(ArticleEntity entity, string baseUrl)
    {
        var node = new JsonObject
        {
            ["@type"] = SchemaType(entity.Type),
            ["@id"] = $"{baseUrl}/entities/{entity.Id}",
            ["name"] = entity.Name,
        };
        if (entity.Aliases.Count > 0) node["alternateName"] = new JsonArray([.. entity.Aliases.Select(a => (JsonNode?)a)]);
        if (entity.WikidataId is { } wikidata) node["sameAs"] = $"https://www.wikidata.org/wiki/{wikidata}";
        if (entity is { Latitude: { } latitude, Longitude: { } longitude })
            node["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = latitude, ["longitude"] = longitude };
        return node;
    }

    static JsonNode Quotation(Quotes.Quote quote, string baseUrl)
    {
        var node = new JsonObject
        {
            ["@type"] = "Quotation",
            ["@id"] = $"{baseUrl}/quotes/{quote.Id}",
            ["text"] = quote.Text,
            // direct, indirect or mixed: schema.org has no property for it
            ["additionalType"] = quote.Kind.ToString().ToLowerInvariant(),
            // statement or stance: the closest schema.org has is a CreativeWork's genre
            ["genre"] = quote.Attribution.ToString().ToLowerInvariant(),
        };
        if (quote.Speaker is { } speaker)
        {
            node["creator"] = Speaker(speaker, baseUrl);
            node["spokenByCharacter"] = Speaker(speaker, baseUrl);
        }
        return node;
    }

    static JsonObject Speaker(Quotes.Speaker speaker, string baseUrl) => speaker.EntityId is { } entityId
        ? new JsonObject { ["@id"] = $"{baseUrl}/entities/{entityId}", ["name"] = speaker.EntityName }
        : new JsonObject { ["@type"] = "Thing", ["name"] = speaker.Name };

    static string SchemaType(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Organization => "Organization",
        EntityType.Location => "Place",
        _ => "Thing",
    };
}
