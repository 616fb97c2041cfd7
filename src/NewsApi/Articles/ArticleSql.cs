namespace NewsApi.Articles;

internal static class ArticleSql
{
    const string SummaryColumns = """
        a.id AS Id, a.slug AS Slug, a.title AS Title, a.source AS Source, a.dateline AS Dateline, a.url AS Url,
        a.language AS Language, a.published_at AS PublishedAt, a.date_source AS DateSource,
        a.created_at AS CreatedAt, a.updated_at AS UpdatedAt,
        (SELECT COUNT(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.id) AS EntityCount,
        (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS QuoteCount
        """;

    // Newest first; the cursor is (published_at, id) of the last row, so pages never skip or repeat a row.
    public const string List = $"""
        SELECT {SummaryColumns}
        FROM articles a
        WHERE (@Source IS NULL OR a.source = @Source COLLATE NOCASE)
          AND (@From IS NULL OR a.published_at >= @From)
          AND (@To IS NULL OR a.published_at <= @To)
          AND (@Entity IS NULL OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = @Entity))
          AND (@Speaker IS NULL OR EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker_entity_id = @Speaker))
          AND (@AfterKey IS NULL OR a.published_at < @AfterKey OR (a.published_at = @AfterKey AND a.id < @AfterId))
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT @Take
        """;

    public const string ById = """
        SELECT id AS Id, slug AS Slug, title AS Title, source AS Source, dateline AS Dateline, url AS Url,
               language AS Language, published_at AS PublishedAt, date_source AS DateSource, body AS Body,
               content_hash AS ContentHash, annotator AS Annotator, created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM articles WHERE id = @Id
        """;

    public const string Paragraphs = """
        SELECT idx AS "Index", start_offset AS Start, end_offset AS "End"
        FROM paragraphs WHERE article_id = @Id ORDER BY idx
        """;

    public const string Exists = "SELECT EXISTS (SELECT 1 FROM articles WHERE id = @Id)";

    public const string IdByContentHash = "SELECT id FROM articles WHERE content_hash = @ContentHash";

    public const string SlugTaken = "SELECT EXISTS (SELECT 1 FROM articles WHERE slug = @Slug)";

    public const string Insert = """
        INSERT INTO articles (slug, title, body, source, dateline, url, language, published_at, date_source,
                              content_hash, annotator, created_at, updated_at)
        VALUES (@Slug, @Title, @Body, @Source, @Dateline, @Url, @Language, @PublishedAt, @DateSource,
                @ContentHash, @Annotator, @Now, @Now)
        RETURNING id
        """;

    public const string InsertParagraph = """
        INSERT INTO paragraphs (article_id, idx, start_offset, end_offset) VALUES (@ArticleId, @Index, @Start, @End)
        """;

    public const string Update = """
        UPDATE articles SET title = @Title, body = @Body, source = @Source, dateline = @Dateline, url = @Url,
               language = @Language, published_at = @PublishedAt, date_source = @DateSource,
               content_hash = @ContentHash, annotator = @Annotator, updated_at = @Now
        WHERE id = @Id
        """;

    // quotes go first: they may point at entities whose mentions go next
    public const string DeleteParts = """
        DELETE FROM quotes WHERE article_id = @Id;
        DELETE FROM mentions WHERE article_id = @Id;
        DELETE FROM paragraphs WHERE article_id = @Id;
        """;

    public const string IdsAnnotatedByOtherThan = "SELECT id FROM articles WHERE annotator NOT IN @Annotators ORDER BY id";

    public const string Delete = "DELETE FROM articles WHERE id = @Id";
}
