using System.Globalization;
using Dapper;
using NewsApi.Data;
using NewsApi.Extraction;

namespace NewsApi.Articles;

/// <summary>Filters for article lists; null means "any".</summary>
public sealed record ArticleFilter(
    string? Source = null, DateTimeOffset? From = null, DateTimeOffset? To = null, IReadOnlyList<long>? Entities = null,
    long? Speaker = null, Search.SearchExpression? Query = null);

/// <summary>Orders of an article list. <see cref="Relevance"/> needs a search query.</summary>
public enum ArticleSort { Newest, Oldest, Relevance }

/// <summary>Facets an article list can count: co-mentioned entities, sources, publication months.</summary>
public enum ArticleFacet { Entity, Source, Month }

/// <summary>Reads articles on read-only connections; <see cref="ArticleWriter"/> writes them.</summary>
public sealed class ArticleStore(IDbConnectionFactory connections, SqlDialect dialect, Search.FullTextSql fullText) : IDisposable
{
    // SQLite's stored documents through statements kept prepared; an in-memory database has one connection per caller
    readonly SqliteDocumentReader? _sqliteDocuments = connections is SqliteConnectionFactory { IsInMemory: false } sqlite ? new(sqlite) : null;

    public void Dispose() => _sqliteDocuments?.Dispose();

    public async Task<Article?> FindAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        return await ArticleWithParts.ReadAsync(connection, dialect, id, ct);
    }

    /// <summary>The article's stored JSON document (<see cref="ArticleDocuments"/>), or null: no such article, or not built yet.</summary>
    public async Task<ArticleDocument?> FindDocumentAsync(long id, CancellationToken ct)
    {
        if (_sqliteDocuments is not null) return _sqliteDocuments.Find(id);
        await using var connection = await connections.OpenReadAsync(ct);
        return await ArticleDocuments.FindAsync(connection, id, ct);
    }

    public async Task<bool> ExistsAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(ArticleSql.Exists, new { Id = id }, cancellationToken: ct));
    }

    public async Task<long?> FindIdByContentHashAsync(string contentHash, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(ArticleSql.IdByContentHash, new { ContentHash = contentHash }, cancellationToken: ct));
    }

    /// <summary>Articles whose annotations came from none of <paramref name="annotators"/> (for re-extraction).</summary>
    public async Task<IReadOnlyList<long>> ListIdsAnnotatedByOtherThanAsync(string[] annotators, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        return [.. await connection.QueryAsync<long>(new CommandDefinition(ArticleSql.IdsAnnotatedByOtherThan.For(dialect), new { Annotators = annotators }, cancellationToken: ct))];
    }

    public Task<Page<ArticleSummary>> ListAsync(ArticleFilter filter, int limit, Cursor? after, CancellationToken ct) =>
        ListAsync(filter, ArticleSort.Newest, [], 0, limit, after, ct);

    /// <summary>
    /// A page of articles matching <paramref name="filter"/> in <paramref name="sort"/> order, with counts for the
    /// requested facets over the whole filtered list (not just the page).
    /// </summary>
    public async Task<Page<ArticleSummary>> ListAsync(ArticleFilter filter, ArticleSort sort, IReadOnlyCollection<ArticleFacet> facets,
        int facetSize, int limit, Cursor? after, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        var parameters = new DynamicParameters(FilterParameters(filter));
        parameters.AddDynamicParams(new
        {
            AfterKey = sort != ArticleSort.Relevance && after is { } d && Timestamps.TryParse(d.Key, out var key) ? key : (DateTimeOffset?)null,
            AfterRank = sort == ArticleSort.Relevance && after is { } c ? double.Parse(c.Key, CultureInfo.InvariantCulture) : (double?)null,
            AfterId = after?.Id,
            Take = limit + 1,
            FacetSize = facetSize,
        });
        var sql = ((sort, after) switch
        {
            (ArticleSort.Relevance, _) => ArticleSql.ListRelevance,
            (ArticleSort.Oldest, null) => ArticleSql.ListOldest,
            (ArticleSort.Oldest, _) => ArticleSql.ListOldestAfter,
            (_, null) => ArticleSql.ListNewest,
            _ => ArticleSql.ListNewestAfter,
        }).For(dialect);
        var rows = (await connection.QueryAsync<ArticleSummary, SortKeyRow, (ArticleSummary Summary, string Key)>(
            new CommandDefinition(sql, parameters, cancellationToken: ct), (summary, key) => (summary, key.Format()), splitOn: "SortKey")).AsList();
        var page = Paging.ToPage(rows, limit, r => r.Summary, r => new Cursor(r.Key, r.Summary.Id));
        if (facets.Count == 0) return page;

        var counts = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var facet in facets.Distinct())
        {
            var facetSql = (facet switch
            {
                ArticleFacet.Entity => filter.Query is null ? ArticleSql.EntityFacet : ArticleSql.EntityFacetOfMatches,
                ArticleFacet.Source => ArticleSql.SourceFacet,
                _ => ArticleSql.MonthFacet,
            }).For(dialect);
            counts[Names.Of(facet)] = [.. await connection.QueryAsync<FacetValue>(new CommandDefinition(facetSql, parameters, cancellationToken: ct))];
        }
        return page with { Facets = counts };
    }

    object FilterParameters(ArticleFilter filter) => new
    {
        filter.Source,
        filter.From,
        filter.To,
        Entities = filter.Entities?.ToArray() ?? [],
        EntityCount = filter.Entities?.Distinct().Count() ?? 0,
        filter.Speaker,
        Q = filter.Query is { } query ? fullText.Match(query, Search.SearchIndex.Articles) : null,
    };

    /// <summary>True when <paramref name="cursor"/> could have come from a list in <paramref name="sort"/> order.</summary>
    public static bool IsValidCursor(Cursor cursor, ArticleSort sort) => sort == ArticleSort.Relevance
        ? double.TryParse(cursor.Key, NumberStyles.Float, CultureInfo.InvariantCulture, out var rank) && double.IsFinite(rank)
        : Timestamps.TryParse(cursor.Key, out _);

    // The key a row is sorted by: published_at (SQLite's text, Npgsql's UTC DateTime), formatted as SQLite stores it so
    // cursors read the same on both providers; or the rank, kept exact with round-trip formatting (a PostgreSQL real
    // is widened to the double it compares as when the cursor is bound back).
    sealed record SortKeyRow
    {
        public object SortKey { get; init; } = "";

        public string Format() => SortKey switch
        {
            double rank => rank.ToString("R", CultureInfo.InvariantCulture),
            float rank => ((double)rank).ToString("R", CultureInfo.InvariantCulture),
            DateTime time => Timestamps.Format(new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc))),
            DateTimeOffset time => Timestamps.Format(time),
            _ => (string)SortKey,
        };
    }
}
