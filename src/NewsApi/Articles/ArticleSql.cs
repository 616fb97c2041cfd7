using NewsApi.Data;
using NewsApi.Search;

namespace NewsApi.Articles;

internal static class ArticleSql
{
    const string SummaryColumns = """
        a.id AS Id, a.slug AS Slug, a.title AS Title, a.source AS Source, a.dateline AS Dateline, a.url AS Url,
        a.language AS Language, a.published_at AS PublishedAt, a.date_source AS DateSource,
        a.created_at AS CreatedAt, a.updated_at AS UpdatedAt,
        COALESCE(s.entity_count, (SELECT COUNT(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.id)) AS EntityCount,
        COALESCE(s.quote_count, (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id)) AS QuoteCount
        """;

    // The counts stored with each article's document (migration 0011); an article without a row is counted above.
    const string WithStats = "LEFT JOIN article_stats s ON s.article_id = a.id";

    // The filters every article list and facet shares; a null parameter means "any". Entities: articles
    // mentioning all of them.
    static string Filter(SqlDialect sql) => $"""
        (@Source IS NULL OR {sql.EqualsIgnoringCase(sql.ByCodePoint("a.source"), "@Source")})
          AND ({sql.TimestampParameter("@From")} IS NULL OR a.published_at >= @From)
          AND ({sql.TimestampParameter("@To")} IS NULL OR a.published_at <= @To)
          AND (@EntityCount = 0 OR (SELECT COUNT(DISTINCT m.entity_id) FROM mentions m
                                   WHERE m.article_id = a.id AND {sql.InList("m.entity_id", "@Entities")}) = @EntityCount)
          AND (@Speaker IS NULL OR EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker_entity_id = @Speaker))
          AND (@Q IS NULL OR a.id IN ({FullTextSql.For(sql.Provider).ArticleIdsMatching("@Q")}))
        """;

    // Each order has its keyset form, after (key, id) of the previous page's last row, so pages never skip or repeat
    // a row of an unchanged list. The condition is a row value and the first page a statement of its own, so the
    // index seeks to the cursor instead of scanning every row before it.
    static string SelectByDate(SqlDialect sql) => $"""
        SELECT {SummaryColumns}, a.published_at AS SortKey
        FROM articles a {WithStats}
        WHERE {Filter(sql)}
        """;

    const string OrderNewest = """
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT @Take
        """;

    public static readonly DialectSql ListNewest = new(sql => $"{SelectByDate(sql)}\n{OrderNewest}");

    public static readonly DialectSql ListNewestAfter = new(sql => $"{SelectByDate(sql)}\n  AND (a.published_at, a.id) < (@AfterKey, @AfterId)\n{OrderNewest}");

    const string OrderOldest = """
        ORDER BY a.published_at ASC, a.id ASC
        LIMIT @Take
        """;

    public static readonly DialectSql ListOldest = new(sql => $"{SelectByDate(sql)}\n{OrderOldest}");

    public static readonly DialectSql ListOldestAfter = new(sql => $"{SelectByDate(sql)}\n  AND (a.published_at, a.id) > (@AfterKey, @AfterId)\n{OrderOldest}");

    // Best rank first (SQLite: bm25, title hits weigh 5x); only with a search query. The page is picked first and
    // summarised after: SQLite computes the result columns of every row before it sorts, so the summary's counts would
    // otherwise run for every match.
    public static readonly DialectSql ListRelevance = new(sql => $"""
        WITH page AS (
            SELECT a.id, r.rank
            FROM articles a
            JOIN ({FullTextSql.For(sql.Provider).ArticleRanks("@Q")}) r ON r.id = a.id
            WHERE {Filter(sql)}
              AND (@AfterRank IS NULL OR r.rank > @AfterRank OR (r.rank = @AfterRank AND a.id > @AfterId))
            ORDER BY r.rank, a.id
            LIMIT @Take)
        SELECT {SummaryColumns}, p.rank AS SortKey
        FROM page p JOIN articles a ON a.id = p.id {WithStats}
        ORDER BY p.rank, a.id
        """);

    // e.id is the key, so e.name and e.type may be selected ungrouped on both providers
    public static readonly DialectSql EntityFacet = new(sql => $"""
        SELECT CAST(e.id AS TEXT) AS Value, e.name AS Label, e.type AS Type, COUNT(DISTINCT a.id) AS Count
        FROM articles a JOIN mentions fm ON fm.article_id = a.id JOIN entities e ON e.id = fm.entity_id
        WHERE {Filter(sql)}
        GROUP BY e.id
        ORDER BY Count DESC, {sql.IgnoringCase("e.name")}, e.id
        LIMIT @FacetSize
        """);

    // With a search query the matches drive the count (the plan above would read every mention in the database),
    // counting per entity over the mentions of the matching articles (an index on mentions (article_id, entity_id)
    // lets it read the index alone).
    public static readonly DialectSql EntityFacetOfMatches = new(sql => $"""
        WITH matches(id) AS ({FullTextSql.For(sql.Provider).ArticleIdsMatching("@Q")})
        SELECT CAST(e.id AS TEXT) AS Value, e.name AS Label, e.type AS Type, c.Count
        FROM (SELECT fm.entity_id AS id, COUNT(DISTINCT fm.article_id) AS Count
              FROM matches f JOIN articles a ON a.id = f.id JOIN mentions fm ON fm.article_id = a.id
              WHERE {Filter(sql)}
              GROUP BY fm.entity_id) c
        JOIN entities e ON e.id = c.id
        ORDER BY c.Count DESC, {sql.IgnoringCase("e.name")}, e.id
        LIMIT @FacetSize
        """);

    // Sources that differ only in A–Z case are one value, shown as its least spelling by code point
    public static readonly DialectSql SourceFacet = new(sql => $"""
        SELECT MIN({sql.ByCodePoint("a.source")}) AS Value, MIN({sql.ByCodePoint("a.source")}) AS Label, NULL AS Type, COUNT(*) AS Count
        FROM articles a
        WHERE {Filter(sql)} AND a.source IS NOT NULL
        GROUP BY {sql.IgnoringCase(sql.ByCodePoint("a.source"))}
        ORDER BY Count DESC, Value
        LIMIT @FacetSize
        """);

    public static readonly DialectSql MonthFacet = new(sql => $"""
        SELECT {sql.YearMonth("a.published_at")} AS Value, {sql.YearMonth("a.published_at")} AS Label, NULL AS Type, COUNT(*) AS Count
        FROM articles a
        WHERE {Filter(sql)}
        GROUP BY Value
        ORDER BY Value DESC
        LIMIT @FacetSize
        """);

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

    public static readonly DialectSql IdsAnnotatedByOtherThan = new(sql => $"SELECT id FROM articles WHERE {sql.NotInList("annotator", "@Annotators")} ORDER BY id");
}
