using NewsApi.Data;

namespace NewsApi.Entities;

internal static class EntitySql
{
    const string SummaryColumns = """
        e.id AS Id, e.name AS Name, e.type AS Type, e.wikidata_id AS WikidataId, e.latitude AS Latitude, e.longitude AS Longitude,
        (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS MentionCount,
        (SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id) AS ArticleCount
        """;

    public const string ById = $"""
        SELECT {SummaryColumns},
               (SELECT COUNT(*) FROM quotes q WHERE q.speaker_entity_id = e.id) AS QuoteCount,
               e.geonames_id AS GeoNamesId, e.country_code AS CountryCode
        FROM entities e WHERE e.id = @Id
        """;

    public const string Exists = "SELECT EXISTS (SELECT 1 FROM entities WHERE id = @Id)";

    // Alphabetical by name, then id; q matches a name or an alias anywhere (LIKE with \ as escape).
    public static readonly DialectSql List = new(sql => $"""
        SELECT {SummaryColumns}
        FROM entities e
        WHERE (@Type IS NULL OR e.type = @Type)
          AND (@Pattern IS NULL OR {sql.LikeIgnoringCase("e.name", "@Pattern")}
               OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND {sql.LikeIgnoringCase("a.alias", "@Pattern")}))
          AND (@AfterName IS NULL OR {sql.IgnoringCase("e.name")} > {sql.IgnoringCase("@AfterName")}
               OR ({sql.EqualsIgnoringCase("e.name", "@AfterName")} AND e.id > @AfterId))
        ORDER BY {sql.IgnoringCase("e.name")}, e.id
        LIMIT @Take
        """);

    // aliases sort as SQLite's NOCASE column does
    public static readonly DialectSql AliasesOf = new(sql => $"""
        SELECT entity_id AS EntityId, alias AS Alias FROM entity_aliases
        WHERE {sql.InList("entity_id", "@Ids")} ORDER BY entity_id, {sql.IgnoringCase("alias")}
        """);

    // The article's entities in id order, one row per alias (alias null when it has none); the mentions index alone
    // says which entities, so no mention row is read.
    public static readonly DialectSql ForArticle = new(sql => $"""
        SELECT e.id AS Id, e.name AS Name, e.type AS Type, e.wikidata_id AS WikidataId, a.alias AS Alias,
               e.latitude AS Latitude, e.longitude AS Longitude
        FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id
        WHERE e.id IN (SELECT entity_id FROM mentions WHERE article_id = @ArticleId)
        ORDER BY e.id, {sql.IgnoringCase("a.alias")}
        """);

    public const string MentionsInArticle = """
        SELECT entity_id AS EntityId, field AS Field, start_offset AS Start, end_offset AS "End", text AS Text
        FROM mentions WHERE article_id = @ArticleId
        ORDER BY entity_id, field DESC, start_offset
        """;

    public static readonly DialectSql ForArticleWithMentions = new(sql => $"{ForArticle.For(sql)};\n{MentionsInArticle}");

    // Entities mentioned in the same articles as @Id, most shared articles first; up to five shared article ids each.
    public static readonly DialectSql Related = new(sql => $"""
        SELECT e.id AS Id, e.name AS Name, e.type AS Type, COUNT(DISTINCT m2.article_id) AS SharedArticles,
               (SELECT {sql.CommaSeparated("article_id", "article_id DESC")} FROM (
                    SELECT DISTINCT x.article_id FROM mentions x JOIN mentions y ON y.article_id = x.article_id
                    WHERE x.entity_id = @Id AND y.entity_id = e.id ORDER BY x.article_id DESC LIMIT 5) shared) AS ArticleIds
        FROM mentions m1
        JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.entity_id <> m1.entity_id
        JOIN entities e ON e.id = m2.entity_id
        WHERE m1.entity_id = @Id AND (@Type IS NULL OR e.type = @Type)
        GROUP BY e.id
        ORDER BY SharedArticles DESC, {sql.IgnoringCase("e.name")}, e.id
        LIMIT @Limit
        """);
}
