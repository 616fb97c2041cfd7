using NewsApi.Data;

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

    // The filters every article list and facet shares; a null parameter means "any". Entities: articles
    // mentioning all of them.
    const string Filter = """
        (@Source IS NULL OR a.source = @Source COLLATE NOCASE)
          AND (@From IS NULL OR a.published_at >= @From)
          AND (@To IS NULL OR a.published_at <= @To)
          AND (@EntityCount = 0 OR (SELECT COUNT(DISTINCT m.entity_id) FROM mentions m
                                   WHERE m.article_id = a.id AND m.entity_id IN @Entities) = @EntityCount)
          AND (@Speaker IS NULL OR EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker_entity_id = @Speaker))
          AND (@Q IS NULL OR a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @Q))
        """;

    // Each order has its keyset form, after (key, id) of the previous page's last row, so pages never skip or repeat
    // a row of an unchanged list. The condition is a row value and the first page a statement of its own, so the
    // index seeks to the cursor instead of scanning every row before it.
    const string SelectByDate = $"""
        SELECT {SummaryColumns}, a.published_at AS SortKey
        FROM articles a
        WHERE {Filter}
        """;

    const string OrderNewest = """
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT @Take
        """;

    public const string ListNewest = $"{SelectByDate}\n{OrderNewest}";

    public const string ListNewestAfter = $"{SelectByDate}\n  AND (a.published_at, a.id) < (@AfterKey, @AfterId)\n{OrderNewest}";

    const string OrderOldest = """
        ORDER BY a.published_at ASC, a.id ASC
        LIMIT @Take
        """;

    public const string ListOldest = $"{SelectByDate}\n{OrderOldest}";

    public const string ListOldestAfter = $"{SelectByDate}\n  AND (a.published_at, a.id) > (@AfterKey, @AfterId)\n{OrderOldest}";

    // Best bm25 first (title hits weigh 5x); only with a search query. The page is picked first and summarised after:
    // SQLite computes the result columns of every row before it sorts, so the summary's counts would otherwise run
    // for every match.
    public const string ListRelevance = $"""
        WITH page AS (
            SELECT a.id, r.rank
            FROM articles a
            JOIN (SELECT rowid AS id, bm25(articles_fts, 5.0, 1.0) AS rank FROM articles_fts WHERE articles_fts MATCH @Q) r ON r.id = a.id
            WHERE {Filter}
              AND (@AfterRank IS NULL OR r.rank > @AfterRank OR (r.rank = @AfterRank AND a.id > @AfterId))
            ORDER BY r.rank, a.id
            LIMIT @Take)
        SELECT {SummaryColumns}, p.rank AS SortKey
        FROM page p JOIN articles a ON a.id = p.id
        ORDER BY p.rank, a.id
        """;

    public const string EntityFacet = $"""
        SELECT CAST(e.id AS TEXT) AS Value, e.name AS Label, e.type AS Type, COUNT(DISTINCT a.id) AS Count
        FROM articles a JOIN mentions fm ON fm.article_id = a.id JOIN entities e ON e.id = fm.entity_id
        WHERE {Filter}
        GROUP BY e.id
        ORDER BY Count DESC, e.name COLLATE NOCASE, e.id
        LIMIT @FacetSize
        """;

    // With a search query the matches drive the count (the plan above would read every mention in the database),
    // counting per entity over the mentions of the matching articles (an index on mentions (article_id, entity_id)
    // lets it read the index alone).
    public const string EntityFacetOfMatches = $"""
        SELECT CAST(e.id AS TEXT) AS Value, e.name AS Label, e.type AS Type, c.Count
        FROM (SELECT fm.entity_id AS id, COUNT(DISTINCT fm.article_id) AS Count
              FROM articles_fts f JOIN articles a ON a.id = f.rowid JOIN mentions fm ON fm.article_id = a.id
              WHERE articles_fts MATCH @Q AND {Filter}
              GROUP BY fm.entity_id) c
        JOIN entities e ON e.id = c.id
        ORDER BY c.Count DESC, e.name COLLATE NOCASE, e.id
        LIMIT @FacetSize
        """;

    public const string SourceFacet = $"""
        SELECT a.source AS Value, a.source AS Label, NULL AS Type, COUNT(*) AS Count
        FROM articles a
        WHERE {Filter} AND a.source IS NOT NULL
        GROUP BY a.source COLLATE NOCASE
        ORDER BY Count DESC, a.source
        LIMIT @FacetSize
        """;

    public const string MonthFacet = $"""
        SELECT substr(a.published_at, 1, 7) AS Value, substr(a.published_at, 1, 7) AS Label, NULL AS Type, COUNT(*) AS Count
        FROM articles a
        WHERE {Filter}
        GROUP BY Value
        ORDER BY Value DESC
        LIMIT @FacetSize
        """;

    public const string ById = """
        SELECT id AS Id, slug AS Slug, title AS Title, source AS Source, dateline AS Dateline, url AS Url,
               language AS Language, published_at AS PublishedAt, date_source AS DateSource, body AS Body,
               content_hash AS ContentHash, annotator AS Annotator, created_at AS CreatedAt, updated_at AS UpdatedAt
        FROM articles WHERE id = @ArticleId
        """;

    public const string Paragraphs = """
        SELECT idx AS "Index", start_offset AS Start, end_offset AS "End"
        FROM paragraphs WHERE article_id = @ArticleId ORDER BY idx
        """;

    public const string Exists = "SELECT EXISTS (SELECT 1 FROM articles WHERE id = @Id)";

    public const string IdByContentHash = "SELECT id FROM articles WHERE content_hash = @ContentHash";

    public static readonly DialectSql IdsAnnotatedByOtherThan = new(sql => $"SELECT id FROM articles WHERE {sql.NotIn("annotator", "@Annotators")} ORDER BY id");
}
