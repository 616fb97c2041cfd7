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
    public const string List = $"""
        SELECT {SummaryColumns}
        FROM entities e
        WHERE (@Type IS NULL OR e.type = @Type)
          AND (@Pattern IS NULL OR e.name LIKE @Pattern ESCAPE '\'
               OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.alias LIKE @Pattern ESCAPE '\'))
          AND (@AfterName IS NULL OR e.name COLLATE NOCASE > @AfterName OR (e.name COLLATE NOCASE = @AfterName AND e.id > @AfterId))
        ORDER BY e.name COLLATE NOCASE, e.id
        LIMIT @Take
        """;

    public const string AliasesOf = """
        SELECT entity_id AS EntityId, alias AS Alias FROM entity_aliases
        WHERE entity_id IN @Ids ORDER BY entity_id, alias
        """;

    // The article's entities in id order, one row per alias (alias null when it has none); the mentions index alone
    // says which entities, so no mention row is read.
    public const string ForArticle = """
        SELECT e.id AS Id, e.name AS Name, e.type AS Type, e.wikidata_id AS WikidataId, a.alias AS Alias,
               e.latitude AS Latitude, e.longitude AS Longitude
        FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id
        WHERE e.id IN (SELECT entity_id FROM mentions WHERE article_id = @ArticleId)
        ORDER BY e.id, a.alias
        """;

    public const string MentionsInArticle = """
        SELECT entity_id AS EntityId, field AS Field, start_offset AS Start, end_offset AS "End", text AS Text
        FROM mentions WHERE article_id = @ArticleId
        ORDER BY entity_id, field DESC, start_offset
        """;

    public const string ForArticleWithMentions = $"{ForArticle};\n{MentionsInArticle}";

    // An entity is the same one when both carry the same Wikidata id, or when its type matches and the name is its
    // name or one of its aliases; preferred in that order, then the lowest id. Three index lookups: written as one
    // WHERE with OR, SQLite scanned every entity of the type (and its aliases), ~1 ms a name with 3,000 people, so
    // imports slowed as entities accumulated. CROSS JOIN keeps the alias index as the outer loop (SQLite's planner
    // otherwise starts from the type index, which matches every entity of the type).
    public const string Match = """
        SELECT id FROM (
            SELECT id, 0 AS preference FROM entities WHERE @WikidataId IS NOT NULL AND wikidata_id = @WikidataId
            UNION ALL
            SELECT id, 1 FROM entities WHERE type = @Type AND name = @Name COLLATE NOCASE
            UNION ALL
            SELECT e.id, 2 FROM entity_aliases a CROSS JOIN entities e ON e.id = a.entity_id WHERE a.alias = @Name AND e.type = @Type)
        ORDER BY preference, id
        LIMIT 1
        """;

    public const string Insert = """
        INSERT INTO entities (name, type, wikidata_id, created_at, geonames_id, country_code, latitude, longitude)
        VALUES (@Name, @Type, @WikidataId, @CreatedAt, @GeoNamesId, @CountryCode, @Latitude, @Longitude)
        RETURNING id
        """;

    // Only a location that has no place yet: whatever it has (curated or first found) stays.
    public const string FillPlace = """
        UPDATE entities SET geonames_id = @GeoNamesId, country_code = @CountryCode, latitude = @Latitude, longitude = @Longitude
        WHERE id = @Id AND type = 'location' AND latitude IS NULL
        """;

    public const string FillWikidataId = """
        UPDATE entities SET wikidata_id = @WikidataId
        WHERE id = @Id AND wikidata_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM entities WHERE wikidata_id = @WikidataId)
        """;

    public const string InsertAlias = """
        INSERT INTO entity_aliases (entity_id, alias)
        SELECT @Id, @Alias WHERE @Alias <> (SELECT name FROM entities WHERE id = @Id) COLLATE NOCASE
        ON CONFLICT DO NOTHING
        """;

    public const string InsertMention = """
        INSERT INTO mentions (article_id, entity_id, field, start_offset, end_offset, text)
        VALUES (@ArticleId, @EntityId, @Field, @Start, @End, @Text)
        """;

    // Entities that nothing refers to any more (after an article is deleted or re-extracted).
    public const string DeleteOrphans = """
        DELETE FROM entities
        WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)
          AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_entity_id = entities.id)
        """;

    // Entities mentioned in the same articles as @Id, most shared articles first; up to five shared article ids each.
    public const string Related = """
        SELECT e.id AS Id, e.name AS Name, e.type AS Type, COUNT(DISTINCT m2.article_id) AS SharedArticles,
               (SELECT group_concat(article_id) FROM (
                    SELECT DISTINCT x.article_id FROM mentions x JOIN mentions y ON y.article_id = x.article_id
                    WHERE x.entity_id = @Id AND y.entity_id = e.id ORDER BY x.article_id DESC LIMIT 5)) AS ArticleIds
        FROM mentions m1
        JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.entity_id <> m1.entity_id
        JOIN entities e ON e.id = m2.entity_id
        WHERE m1.entity_id = @Id AND (@Type IS NULL OR e.type = @Type)
        GROUP BY e.id
        ORDER BY SharedArticles DESC, e.name COLLATE NOCASE, e.id
        LIMIT @Limit
        """;
}
