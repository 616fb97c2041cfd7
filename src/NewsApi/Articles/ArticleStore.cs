using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Extraction;
using NewsApi.Quotes;

namespace NewsApi.Articles;

/// <summary>Filters for article lists; null means "any".</summary>
public sealed record ArticleFilter(
    string? Source = null, DateTimeOffset? From = null, DateTimeOffset? To = null, IReadOnlyList<long>? Entities = null,
    long? Speaker = null, Search.SearchExpression? Query = null);

/// <summary>Orders of an article list. <see cref="Relevance"/> needs a search query.</summary>
public enum ArticleSort { Newest, Oldest, Relevance }

/// <summary>Facets an article list can count: co-mentioned entities, sources, publication months.</summary>
public enum ArticleFacet { Entity, Source, Month }

/// <summary>An article to store: its text and metadata. Annotations come separately (extracted or curated).</summary>
public sealed record NewArticle
{
    public required string Title { get; init; }
    public required string Body { get; init; }
    public string? Source { get; init; }
    public string? Dateline { get; init; }
    public string? Url { get; init; }
    public string Language { get; init; } = "en";
    /// <summary>Null: unknown, the time of ingestion is used and marked as such.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
    public DateSource DateSource { get; init; } = DateSource.Metadata;
    /// <summary>Null: derived from the title.</summary>
    public string? Slug { get; init; }

    public string ContentHash => ComputeContentHash(Title, Body);

    public static string ComputeContentHash(string title, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{title}\n\n{body}")));
}

/// <summary>The outcome of a write: the article's id and whether this call created it.</summary>
public sealed record ArticleWriteResult(long Id, bool Created);

/// <summary>Reads articles (read-only connections) and writes an article with all its parts in one transaction (through the <see cref="DatabaseWriter"/>).</summary>
public sealed class ArticleStore(SqliteConnectionFactory connections, DatabaseWriter writer, TimeProvider clock)
{
    public async Task<Article?> FindAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(ArticleSql.WithParts, new { ArticleId = id }, cancellationToken: ct));
        var article = await results.ReadSingleOrDefaultAsync<Article>();
        if (article is null) return null;
        return article with
        {
            Paragraphs = [.. await results.ReadAsync<Paragraph>()],
            Entities = await EntityStore.ReadForArticleAsync(results),
            Quotes = await QuoteStore.ReadForArticleAsync(results),
        };
    }

    public async Task<bool> ExistsAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(ArticleSql.Exists, new { Id = id }, cancellationToken: ct));
    }

    public async Task<long?> FindIdByContentHashAsync(string contentHash, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(ArticleSql.IdByContentHash, new { ContentHash = contentHash }, cancellationToken: ct));
    }

    /// <summary>Articles whose annotations came from none of <paramref name="annotators"/> (for re-extraction).</summary>
    public async Task<IReadOnlyList<long>> ListIdsAnnotatedByOtherThanAsync(string[] annotators, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return [.. await connection.QueryAsync<long>(new CommandDefinition(ArticleSql.IdsAnnotatedByOtherThan, new { Annotators = annotators }, cancellationToken: ct))];
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
        await using var connection = await connections.OpenAsync(ct);
        var parameters = new DynamicParameters(FilterParameters(filter));
        parameters.AddDynamicParams(new
        {
            AfterKey = sort == ArticleSort.Relevance ? null : after?.Key,
            AfterRank = sort == ArticleSort.Relevance && after is { } c ? double.Parse(c.Key, CultureInfo.InvariantCulture) : (double?)null,
            AfterId = after?.Id,
            Take = limit + 1,
            FacetSize = facetSize,
        });
        var sql = (sort, after) switch
        {
            (ArticleSort.Relevance, _) => ArticleSql.ListRelevance,
            (ArticleSort.Oldest, null) => ArticleSql.ListOldest,
            (ArticleSort.Oldest, _) => ArticleSql.ListOldestAfter,
            (_, null) => ArticleSql.ListNewest,
            _ => ArticleSql.ListNewestAfter,
        };
        var rows = (await connection.QueryAsync<ArticleSummary, SortKeyRow, (ArticleSummary Summary, string Key)>(
            new CommandDefinition(sql, parameters, cancellationToken: ct), (summary, key) => (summary, key.Format()), splitOn: "SortKey")).AsList();
        var page = Paging.ToPage(rows, limit, r => r.Summary, r => new Cursor(r.Key, r.Summary.Id));
        if (facets.Count == 0) return page;

        var counts = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var facet in facets.Distinct())
        {
            var facetSql = facet switch
            {
                ArticleFacet.Entity => filter.Query is null ? ArticleSql.EntityFacet : ArticleSql.EntityFacetOfMatches,
                ArticleFacet.Source => ArticleSql.SourceFacet,
                _ => ArticleSql.MonthFacet,
            };
            counts[Names.Of(facet)] = [.. await connection.QueryAsync<FacetValue>(new CommandDefinition(facetSql, parameters, cancellationToken: ct))];
        }
        return page with { Facets = counts };
    }

    static object FilterParameters(ArticleFilter filter) => new
    {
        filter.Source,
        From = filter.From is { } from ? Timestamps.Format(from) : null,
        To = filter.To is { } to ? Timestamps.Format(to) : null,
        Entities = filter.Entities ?? [],
        EntityCount = filter.Entities?.Distinct().Count() ?? 0,
        filter.Speaker,
        Q = filter.Query is { } query ? Search.Fts5Query.Match(query, Search.SearchIndex.Articles) : null,
    };

    /// <summary>True when <paramref name="cursor"/> could have come from a list in <paramref name="sort"/> order.</summary>
    public static bool IsValidCursor(Cursor cursor, ArticleSort sort) => sort == ArticleSort.Relevance
        ? double.TryParse(cursor.Key, NumberStyles.Float, CultureInfo.InvariantCulture, out var rank) && double.IsFinite(rank)
        : Timestamps.TryParse(cursor.Key, out _);

    // The key a row is sorted by: published_at text, or the bm25 rank (kept exact with round-trip formatting).
    sealed record SortKeyRow
    {
        public object SortKey { get; init; } = "";

        public string Format() => SortKey is double rank ? rank.ToString("R", CultureInfo.InvariantCulture) : (string)SortKey;
    }

    /// <summary>
    /// Stores an article with its paragraphs, entities, mentions and quotes in one transaction, or returns the
    /// id of the article that already has the same content. Nothing is written if any part fails.
    /// </summary>
    public async Task<ArticleWriteResult> CreateAsync(NewArticle article, ExtractedArticle annotations, string annotator, CancellationToken ct) =>
        (await CreateManyAsync([(article, annotations)], annotator, ct))[0];

    /// <summary>
    /// Stores several articles in one transaction (all or none), each as <see cref="CreateAsync"/> would: an article
    /// whose content is already stored, or repeated in the batch, is answered with the existing id.
    /// </summary>
    public async Task<IReadOnlyList<ArticleWriteResult>> CreateManyAsync(
        IReadOnlyList<(NewArticle Article, ExtractedArticle Annotations)> items, string annotator, CancellationToken ct)
    {
        items = [.. items.Select(i => (i.Article, EntityNames.Clean(i.Annotations)))];
        foreach (var (article, annotations) in items)
            AnnotationCheck.ThrowIfInvalid(article.Title, article.Body, annotations);
        var now = clock.GetUtcNow();
        var curated = annotator == SeedData.Annotator;

        return await writer.WriteAsync(async (connection, tx, ct) =>
        {
            await using var session = new WriteSession(connection, tx, Timestamps.Format(now), curated);
            var results = new List<ArticleWriteResult>(items.Count);
            foreach (var (article, annotations) in items)
            {
                var contentHash = article.ContentHash;
                if (await connection.ExecuteScalarAsync<long?>(new CommandDefinition(ArticleSql.IdByContentHash, new { ContentHash = contentHash }, tx, cancellationToken: ct)) is { } existing)
                {
                    results.Add(new ArticleWriteResult(existing, Created: false));
                    continue;
                }

                var slug = article.Slug ?? Slugs.FromTitle(article.Title);
                if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(ArticleSql.SlugTaken, new { Slug = slug }, tx, cancellationToken: ct)))
                    slug = $"{slug}-{contentHash[..8]}";

                var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(ArticleSql.Insert,
                    RowParameters(article, annotator, now, slug: slug), tx, cancellationToken: ct));
                await InsertPartsAsync(session, id, annotations, ct);
                results.Add(new ArticleWriteResult(id, Created: true));
            }
            return (IReadOnlyList<ArticleWriteResult>)results;
        }, ct);
    }

    /// <summary>
    /// Replaces an article's text, metadata and annotations in one transaction (id and slug stay); with
    /// <paramref name="keepMetadata"/> only its title and body (and annotations), keeping source, dateline, url,
    /// language and publication date. Entities are matched again, so they keep their ids; those that nothing refers
    /// to any more are removed unless they carry curated data.
    /// </summary>
    public async Task<ReplaceOutcome> ReplaceAsync(long id, NewArticle article, ExtractedArticle annotations, string annotator,
        bool keepMetadata, CancellationToken ct)
    {
        annotations = EntityNames.Clean(annotations);
        AnnotationCheck.ThrowIfInvalid(article.Title, article.Body, annotations);
        var contentHash = article.ContentHash;
        var now = clock.GetUtcNow();

        return await writer.WriteAsync(async (connection, tx, ct) =>
        {
            if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(ArticleSql.Exists, new { Id = id }, tx, cancellationToken: ct)))
                return new ReplaceOutcome(ReplaceStatus.NotFound, id);
            if (await connection.ExecuteScalarAsync<long?>(new CommandDefinition(ArticleSql.IdByContentHash, new { ContentHash = contentHash }, tx, cancellationToken: ct)) is { } other && other != id)
                return new ReplaceOutcome(ReplaceStatus.Conflict, other);

            await connection.ExecuteAsync(new CommandDefinition(keepMetadata ? ArticleSql.UpdateText : ArticleSql.Update,
                RowParameters(article, annotator, now, id: id), tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(ArticleSql.DeleteParts, new { Id = id }, tx, cancellationToken: ct));
            await using (var session = new WriteSession(connection, tx, Timestamps.Format(now), annotator == SeedData.Annotator))
                await InsertPartsAsync(session, id, annotations, ct);
            await EntityStore.DeleteOrphansAsync(connection, tx, ct);
            return new ReplaceOutcome(ReplaceStatus.Replaced, id);
        }, ct);
    }

    /// <summary>Deletes an article with its paragraphs, mentions and quotes, and entities left without any reference.</summary>
    public Task<bool> DeleteAsync(long id, CancellationToken ct) =>
        writer.WriteAsync(async (connection, tx, ct) =>
        {
            var deleted = await connection.ExecuteAsync(new CommandDefinition(ArticleSql.Delete, new { Id = id }, tx, cancellationToken: ct));
            if (deleted == 0) return false;
            await EntityStore.DeleteOrphansAsync(connection, tx, ct);
            return true;
        }, ct);

    // The articles row as Insert and Update take it; an undated article gets the ingestion time, marked as such.
    static object RowParameters(NewArticle article, string annotator, DateTimeOffset now, long id = 0, string slug = "") => new
    {
        Id = id,
        Slug = slug,
        article.Title,
        article.Body,
        article.Source,
        article.Dateline,
        article.Url,
        article.Language,
        PublishedAt = Timestamps.Format(article.PublishedAt ?? now),
        DateSource = Names.Of(article.PublishedAt is null ? DateSource.Ingested : article.DateSource),
        article.ContentHash,
        Annotator = annotator,
        Now = Timestamps.Format(now),
    };

    static async Task InsertPartsAsync(WriteSession session, long id, ExtractedArticle annotations, CancellationToken ct)
    {
        foreach (var p in annotations.Paragraphs)
            await session.Paragraphs.ExecuteAsync(ct, id, p.Index, p.Start, p.End);

        var entityIds = new List<long>(annotations.Entities.Count);
        foreach (var entity in annotations.Entities)
        {
            var entityId = await session.Entities.ResolveAsync(entity, session.Curated, ct);
            entityIds.Add(entityId);
            await EntityStore.InsertMentionsAsync(session.Mentions, id, entityId, entity.Mentions, ct);
        }
        // an entity resolved early in the article may since have been absorbed by a later one
        await QuoteStore.InsertAsync(session.Quotes, id, annotations.Quotes, [.. entityIds.Select(session.Entities.Current)], ct);
    }

    /// <summary>What one write transaction reuses across the articles it stores: resolved entities, prepared inserts.</summary>
    sealed class WriteSession(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string now, bool curated) : IAsyncDisposable
    {
        public bool Curated => curated;
        public EntityResolver Entities { get; } = new(connection, transaction, now);
        public PreparedCommand Paragraphs { get; } = new(connection, transaction, ArticleSql.InsertParagraph, "ArticleId", "Index", "Start", "End");
        public PreparedCommand Mentions { get; } = EntityStore.PrepareMentionInsert(connection, transaction);
        public PreparedCommand Quotes { get; } = QuoteStore.PrepareInsert(connection, transaction);

        public async ValueTask DisposeAsync()
        {
            await Paragraphs.DisposeAsync();
            await Mentions.DisposeAsync();
            await Quotes.DisposeAsync();
        }
    }
}

public enum ReplaceStatus { Replaced, NotFound, Conflict }

/// <summary>What a replace did; with <see cref="ReplaceStatus.Conflict"/>, <c>Id</c> is the article that already has that text.</summary>
public sealed record ReplaceOutcome(ReplaceStatus Status, long Id);
