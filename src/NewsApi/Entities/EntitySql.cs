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

    public const string ByWikidataId = "SELECT id FROM entities WHERE wikidata_id = @WikidataId";

    // The entities a name may refer to: those with that name (ByName 1), and those with it as an alias or as a
    // person's surname (0), every type. Three index lookups; CROSS JOIN keeps the alias index as the outer loop.
    public const string Candidates = """
        SELECT id AS Id, type AS Type, name AS Name, curated OR wikidata_id IS NOT NULL AS Curated, 1 AS ByName, 0 AS BySurname
        FROM entities WHERE name = @Name COLLATE NOCASE
        UNION ALL
        SELECT e.id, e.type, e.name, e.curated OR e.wikidata_id IS NOT NULL, 0, 0
        FROM entity_aliases a CROSS JOIN entities e ON e.id = a.entity_id WHERE a.alias = @Name
        UNION ALL
        SELECT id, type, name, curated OR wikidata_id IS NOT NULL, 0, 1
        FROM entities WHERE surname = @Name COLLATE NOCASE
        ORDER BY ByName DESC, BySurname, Id
        """;

    public const string Insert = """
        INSERT INTO entities (name, type, wikidata_id, created_at, curated, geonames_id, country_code, latitude, longitude)
        VALUES (@Name, @Type, @WikidataId, @CreatedAt, @Curated, @GeoNamesId, @CountryCode, @Latitude, @Longitude)
        RETURNING id
        """;

    // Only a location that has no place yet: whatever it has (curated or first found) stays.
    public const string FillPlace = """
        UPDATE entities SET geonames_id = @GeoNamesId, country_code = @CountryCode, latitude = @Latitude, longitude = @Longitude
        WHERE id = @Id AND type = 'location' AND latitude IS NULL
        """;

    public const string MarkCurated = "UPDATE entities SET curated = 1 WHERE id = @Id AND curated = 0";

    public const string Retype = "UPDATE entities SET type = @Type WHERE id = @Id";

    // The old name stays as an alias.
    public const string Rename = """
        INSERT INTO entity_aliases (entity_id, alias) SELECT id, name FROM entities WHERE id = @Id ON CONFLICT DO NOTHING;
        DELETE FROM entity_aliases WHERE entity_id = @Id AND alias = @Name;
        UPDATE entities SET name = @Name, type = @Type WHERE id = @Id;
        """;

    // Everything that refers to entity @From now refers to @Into, which takes its names as aliases; @From goes.
    public const string Absorb = """
        UPDATE mentions SET entity_id = @Into WHERE entity_id = @From;
        UPDATE quotes SET speaker_entity_id = @Into WHERE speaker_entity_id = @From;
        INSERT INTO entity_aliases (entity_id, alias)
            SELECT @Into, alias FROM (SELECT alias FROM entity_aliases WHERE entity_id = @From UNION SELECT name FROM entities WHERE id = @From)
            WHERE true ON CONFLICT DO NOTHING;
        DELETE FROM entity_aliases WHERE entity_id = @Into AND alias = (SELECT name FROM entities WHERE id = @Into);
        DELETE FROM entities WHERE id = @From;
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

    // Entities that nothing refers to any more (after an article is deleted or re-extracted), unless they carry
    // curated data.
    public const string DeleteOrphans = """
        DELETE FROM entities
        WHERE curated = 0 AND wikidata_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)
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
