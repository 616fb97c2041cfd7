using NewsApi.Data;

namespace NewsApi.Articles;

/// <summary>
/// The statements of <see cref="ArticleWriter"/>: an article's row, its parts, and the entities they resolve to. The
/// hot inserts come with the row they take, bound by name (<see cref="Data.PreparedCommand{TRow}"/>).
/// </summary>
internal static class ArticleWriteSql
{
    public const string SlugTaken = "SELECT EXISTS (SELECT 1 FROM articles WHERE slug = @Slug)";

    // Nothing (no row) when an article with that text, or that slug, is already stored: the caller looks which.
    public const string Insert = """
        INSERT INTO articles (slug, title, body, source, dateline, url, language, published_at, date_source,
                              content_hash, annotator, created_at, updated_at)
        VALUES (@Slug, @Title, @Body, @Source, @Dateline, @Url, @Language, @PublishedAt, @DateSource,
                @ContentHash, @Annotator, @Now, @Now)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    public const string Update = """
        UPDATE articles SET title = @Title, body = @Body, source = @Source, dateline = @Dateline, url = @Url,
               language = @Language, published_at = @PublishedAt, date_source = @DateSource,
               content_hash = @ContentHash, annotator = @Annotator, updated_at = @Now
        WHERE id = @Id
        """;

    // A text-only replace: source, dateline, url, language and publication date stay as stored.
    public const string UpdateText = """
        UPDATE articles SET title = @Title, body = @Body, content_hash = @ContentHash, annotator = @Annotator, updated_at = @Now
        WHERE id = @Id
        """;

    // quotes go first: they may point at entities whose mentions go next
    public const string DeleteParts = """
        DELETE FROM quotes WHERE article_id = @Id;
        DELETE FROM mentions WHERE article_id = @Id;
        DELETE FROM paragraphs WHERE article_id = @Id;
        """;

    public const string Delete = "DELETE FROM articles WHERE id = @Id";

    public static readonly DialectSql DeleteDocuments = new(sql => $"DELETE FROM article_documents WHERE {sql.InList("article_id", "@Ids")}");

    public const string InsertParagraph = """
        INSERT INTO paragraphs (article_id, idx, start_offset, end_offset) VALUES (@ArticleId, @Index, @Start, @End)
        """;

    public sealed record ParagraphRow
    {
        public required long ArticleId { get; init; }
        public required int Index { get; init; }
        public required int Start { get; init; }
        public required int End { get; init; }
    }

    public const string InsertMention = """
        INSERT INTO mentions (article_id, entity_id, field, start_offset, end_offset, text)
        VALUES (@ArticleId, @EntityId, @Field, @Start, @End, @Text)
        """;

    public sealed record MentionRow
    {
        public required long ArticleId { get; init; }
        public required long EntityId { get; init; }
        public required string Field { get; init; }
        public required int Start { get; init; }
        public required int End { get; init; }
        public required string Text { get; init; }
    }

    public const string InsertQuote = """
        INSERT INTO quotes (article_id, paragraph_index, kind, start_offset, end_offset, text,
                            cue_text, cue_start, cue_end, speaker_name, speaker_start, speaker_end, speaker_entity_id, attribution)
        VALUES (@ArticleId, @ParagraphIndex, @Kind, @Start, @End, @Text,
                @CueText, @CueStart, @CueEnd, @SpeakerName, @SpeakerStart, @SpeakerEnd, @SpeakerEntityId, @Attribution)
        """;

    public sealed record QuoteRow
    {
        public required long ArticleId { get; init; }
        public required int ParagraphIndex { get; init; }
        public required string Kind { get; init; }
        public required int Start { get; init; }
        public required int End { get; init; }
        public required string Text { get; init; }
        public required string CueText { get; init; }
        public required int CueStart { get; init; }
        public required int CueEnd { get; init; }
        public required string? SpeakerName { get; init; }
        public required int? SpeakerStart { get; init; }
        public required int? SpeakerEnd { get; init; }
        public required long? SpeakerEntityId { get; init; }
        public required string Attribution { get; init; }
    }

    // Entities that nothing refers to any more (after an article is deleted or re-extracted), unless they carry
    // curated data.
    public const string DeleteOrphanEntities = """
        DELETE FROM entities
        WHERE curated = false AND wikidata_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)
          AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_entity_id = entities.id)
        """;

    // Entity resolution (EntityResolver) from here on.

    public const string EntityByWikidataId = "SELECT id FROM entities WHERE wikidata_id = @WikidataId";

    // The entities a name may refer to: those with that name (ByName 1), and those with it as an alias or as a
    // person's surname (0), every type. Three index lookups; on SQLite, CROSS JOIN keeps the alias index as the outer
    // loop (PostgreSQL's planner needs no such hint, nor takes one).
    public static readonly DialectSql Candidates = new(sql => $"""
        SELECT id AS Id, type AS Type, name AS Name, curated OR wikidata_id IS NOT NULL AS Curated, 1 AS ByName, 0 AS BySurname
        FROM entities WHERE {sql.EqualsIgnoringCase("name", "@Name")}
        UNION ALL
        SELECT e.id, e.type, e.name, e.curated OR e.wikidata_id IS NOT NULL, 0, 0
        FROM entity_aliases a {(sql.Provider == DatabaseProvider.Sqlite ? "CROSS JOIN" : "JOIN")} entities e ON e.id = a.entity_id
        WHERE {sql.EqualsIgnoringCase("a.alias", "@Name")}
        UNION ALL
        SELECT id, type, name, curated OR wikidata_id IS NOT NULL, 0, 1
        FROM entities WHERE {sql.EqualsIgnoringCase("surname", "@Name")}
        ORDER BY ByName DESC, BySurname, Id
        """);

    // No row when the entity exists already, stored by a concurrent write since it was looked up (the unique
    // (type, name) and Wikidata id indexes decide, not the lookup): EntityOfInsert then finds it.
    public const string InsertEntity = """
        INSERT INTO entities (name, type, wikidata_id, created_at, curated, geonames_id, country_code, latitude, longitude)
        VALUES (@Name, @Type, @WikidataId, @CreatedAt, @Curated, @GeoNamesId, @CountryCode, @Latitude, @Longitude)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    // The entity that kept an InsertEntity from storing a new one.
    public static readonly DialectSql EntityOfInsert = new(sql => $"""
        SELECT id FROM entities WHERE type = @Type AND {sql.EqualsIgnoringCase("name", "@Name")}
        UNION ALL
        SELECT id FROM entities WHERE wikidata_id = @WikidataId
        LIMIT 1
        """);

    // Only a location that has no place yet: whatever it has (curated or first found) stays.
    public const string FillPlace = """
        UPDATE entities SET geonames_id = @GeoNamesId, country_code = @CountryCode, latitude = @Latitude, longitude = @Longitude
        WHERE id = @Id AND type = 'location' AND latitude IS NULL
        """;

    public const string MarkCurated = "UPDATE entities SET curated = true WHERE id = @Id AND curated = false";

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
            SELECT @Into, alias FROM (SELECT alias FROM entity_aliases WHERE entity_id = @From UNION SELECT name FROM entities WHERE id = @From) AS names
            WHERE true ON CONFLICT DO NOTHING;
        DELETE FROM entity_aliases WHERE entity_id = @Into AND alias = (SELECT name FROM entities WHERE id = @Into);
        DELETE FROM entities WHERE id = @From;
        """;

    public const string FillWikidataId = """
        UPDATE entities SET wikidata_id = @WikidataId
        WHERE id = @Id AND wikidata_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM entities WHERE wikidata_id = @WikidataId)
        """;

    public static readonly DialectSql InsertAlias = new(sql => $"""
        INSERT INTO entity_aliases (entity_id, alias)
        SELECT @Id, @Alias WHERE NOT ({sql.EqualsIgnoringCase("@Alias", "(SELECT name FROM entities WHERE id = @Id)")})
        ON CONFLICT DO NOTHING
        """);
}
