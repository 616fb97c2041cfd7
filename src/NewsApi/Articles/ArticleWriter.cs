using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Extraction;

namespace NewsApi.Articles;

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

public enum ReplaceStatus { Replaced, NotFound, Conflict }

/// <summary>What a replace did; with <see cref="ReplaceStatus.Conflict"/>, <c>Id</c> is the article that already has that text.</summary>
public sealed record ReplaceOutcome(ReplaceStatus Status, long Id);

/// <summary>
/// The one home of an article's write: creates, replaces and deletes an article with its paragraphs, mentions and
/// quotes, resolving its entities, each call in one transaction through the <see cref="DatabaseWriter"/>. Nothing is
/// written if any part fails. The entity and quote stores only read.
/// Each transaction also stores the JSON document (<see cref="ArticleDocuments"/>) of every article it wrote and of
/// every other article showing an entity it changed (renamed, retyped, absorbed into, or given an alias, a Wikidata id
/// or coordinates), so a stored document never differs from what the six-table read builds.
/// </summary>
public sealed class ArticleWriter(DatabaseWriter writer, SqlDialect sql, TimeProvider clock, ArticleDocuments documents)
{
    // articles whose document is built per transaction at start-up (those without one, after migration 0010)
    const int MaterialiseBatch = 500;

    /// <summary>
    /// Stores an article with its paragraphs, entities, mentions and quotes in one transaction, or returns the
    /// id of the article that already has the same content.
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
            await using var session = new WriteSession(connection, tx, sql, now, curated);
            var results = new List<ArticleWriteResult>(items.Count);
            foreach (var (article, annotations) in items)
            {
                // Insert first, then look: the unique content hash decides, so an article posted at once to several
                // processes is stored once (a check before the insert would let both pass). A concurrent insert of
                // the same text makes this one wait for it, then do nothing and find it.
                var contentHash = article.ContentHash;
                var slug = article.Slug ?? Slugs.FromTitle(article.Title);
                if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(ArticleWriteSql.SlugTaken, new { Slug = slug }, tx, cancellationToken: ct)))
                    slug = $"{slug}-{contentHash[..8]}";
                var id = await InsertAsync(connection, tx, article, annotator, now, slug, ct);
                if (id is null && await IdByContentHashAsync(connection, tx, contentHash, ct) is { } existing)
                {
                    results.Add(new ArticleWriteResult(existing, Created: false));
                    continue;
                }
                // not the text but the slug was taken meanwhile (another article of that title, stored concurrently)
                id ??= await InsertAsync(connection, tx, article, annotator, now, $"{slug}-{contentHash[..8]}", ct)
                       ?? await IdByContentHashAsync(connection, tx, contentHash, ct)
                       ?? throw new InvalidOperationException($"Article '{slug}' was neither stored nor found.");
                await session.InsertPartsAsync(id.Value, annotations, ct);
                results.Add(new ArticleWriteResult(id.Value, Created: true));
            }
            await session.FlushAsync(ct);
            await session.RefreshDocumentsAsync(documents, results.Where(r => r.Created).Select(r => r.Id), ct);
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
            if (await IdByContentHashAsync(connection, tx, contentHash, ct) is { } other && other != id)
                return new ReplaceOutcome(ReplaceStatus.Conflict, other);

            await connection.ExecuteAsync(new CommandDefinition(keepMetadata ? ArticleWriteSql.UpdateText : ArticleWriteSql.Update,
                RowParameters(article, annotator, now, id: id), tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(ArticleWriteSql.DeleteParts, new { Id = id }, tx, cancellationToken: ct));
            await using (var session = new WriteSession(connection, tx, sql, now, annotator == SeedData.Annotator))
            {
                await session.InsertPartsAsync(id, annotations, ct);
                // the parts are in before orphans are looked for: an entity they name is no orphan
                await session.FlushAsync(ct);
                // orphans go next, and an orphan is in no document
                await session.RefreshDocumentsAsync(documents, [id], ct);
            }
            await DeleteOrphanEntitiesAsync(connection, tx, ct);
            return new ReplaceOutcome(ReplaceStatus.Replaced, id);
        }, ct);
    }

    /// <summary>
    /// Builds the documents of articles that have none (all of them after migration 0010 upgraded a database), a
    /// batch per transaction; returns how many. Each batch first deletes (nothing): on PostgreSQL that first write
    /// takes the change counter's lock, so no other process commits between the reads that build a document and its
    /// store (a document built from older data than what committed meanwhile would stay wrong).
    /// </summary>
    public async Task<int> MaterialiseMissingAsync(CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var written = await writer.WriteAsync(async (connection, tx, ct) =>
            {
                var ids = await documents.MissingAsync(connection, tx, MaterialiseBatch, ct);
                if (ids.Count == 0) return 0;
                await connection.ExecuteAsync(new CommandDefinition(ArticleWriteSql.DeleteDocuments.For(sql), new { Ids = ids.ToArray() }, tx, cancellationToken: ct));
                return await documents.RefreshAsync(connection, tx, ids, ct);
            }, ct);
            if (written == 0) return total;
            total += written;
        }
    }

    /// <summary>Deletes an article with its paragraphs, mentions and quotes, and entities left without any reference.</summary>
    public Task<bool> DeleteAsync(long id, CancellationToken ct) =>
        writer.WriteAsync(async (connection, tx, ct) =>
        {
            var deleted = await connection.ExecuteAsync(new CommandDefinition(ArticleWriteSql.Delete, new { Id = id }, tx, cancellationToken: ct));
            if (deleted == 0) return false;
            await DeleteOrphanEntitiesAsync(connection, tx, ct);
            return true;
        }, ct);

    static Task<long?> InsertAsync(DbConnection connection, DbTransaction tx, NewArticle article, string annotator, DateTimeOffset now, string slug, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition(ArticleWriteSql.Insert, RowParameters(article, annotator, now, slug: slug), tx, cancellationToken: ct));

    static Task<long?> IdByContentHashAsync(DbConnection connection, DbTransaction tx, string contentHash, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition(ArticleSql.IdByContentHash, new { ContentHash = contentHash }, tx, cancellationToken: ct));

    static Task DeleteOrphanEntitiesAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(ArticleWriteSql.DeleteOrphanEntities, transaction: tx, cancellationToken: ct));

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
        PublishedAt = article.PublishedAt ?? now,
        DateSource = Names.Of(article.PublishedAt is null ? DateSource.Ingested : article.DateSource),
        article.ContentHash,
        Annotator = annotator,
        Now = now,
    };

    /// <summary>
    /// What one write transaction reuses across the articles it stores: resolved entities, and the way its parts go in.
    /// On SQLite, prepared inserts row by row (parsed and planned once); on PostgreSQL the rows are collected and sent
    /// with binary COPY at <see cref="FlushAsync"/> (one round trip per table instead of one per row), still inside the
    /// transaction. An entity absorbed by a later one meanwhile is replaced in the collected rows when they are sent.
    /// </summary>
    sealed class WriteSession(DbConnection connection, DbTransaction transaction, SqlDialect sql, DateTimeOffset now, bool curated) : IAsyncDisposable
    {
        readonly EntityResolver _entities = new(connection, transaction, sql, now);
        readonly PartsSink _parts = connection is Npgsql.NpgsqlConnection npgsql ? new CopiedParts(npgsql) : new PreparedParts(connection, transaction);

        public async Task InsertPartsAsync(long articleId, ExtractedArticle annotations, CancellationToken ct)
        {
            foreach (var p in annotations.Paragraphs)
                await _parts.AddAsync(new ArticleWriteSql.ParagraphRow { ArticleId = articleId, Index = p.Index, Start = p.Start, End = p.End }, ct);

            var entityIds = new List<long>(annotations.Entities.Count);
            foreach (var entity in annotations.Entities)
            {
                var entityId = await _entities.ResolveAsync(entity, curated, ct);
                entityIds.Add(entityId);
                foreach (var m in entity.Mentions)
                {
                    await _parts.AddAsync(new ArticleWriteSql.MentionRow
                    {
                        ArticleId = articleId, EntityId = entityId, Field = Names.Of(m.Field),
                        Start = m.Span.Start, End = m.Span.End, Text = m.Span.Text,
                    }, ct);
                }
            }

            // an entity resolved early in the article may since have been absorbed by a later one
            for (var i = 0; i < entityIds.Count; i++) entityIds[i] = _entities.Current(entityIds[i]);
            foreach (var q in annotations.Quotes)
            {
                await _parts.AddAsync(new ArticleWriteSql.QuoteRow
                {
                    ArticleId = articleId, ParagraphIndex = q.ParagraphIndex, Kind = Names.Of(q.Kind),
                    Start = q.Content.Start, End = q.Content.End, Text = q.Content.Text,
                    CueText = q.Cue.Text, CueStart = q.Cue.Start, CueEnd = q.Cue.End,
                    SpeakerName = q.Speaker?.Text, SpeakerStart = q.Speaker?.Start, SpeakerEnd = q.Speaker?.End,
                    SpeakerEntityId = q.SpeakerEntity is { } index ? entityIds[index] : null,
                    Attribution = Names.Of(q.Attribution),
                }, ct);
            }
        }

        /// <summary>
        /// Stores the documents of <paramref name="written"/> and of every article showing an entity this session
        /// changed, as the transaction sees them now: call after <see cref="FlushAsync"/>.
        /// </summary>
        public async Task RefreshDocumentsAsync(ArticleDocuments documents, IEnumerable<long> written, CancellationToken ct)
        {
            var ids = new SortedSet<long>(written);
            ids.UnionWith(await documents.ShowingAsync(connection, transaction, _entities.Changed, ct));
            await documents.RefreshAsync(connection, transaction, ids, ct);
        }

        /// <summary>Sends the parts not sent yet: call before the transaction commits, or reads what the parts refer to.</summary>
        public Task FlushAsync(CancellationToken ct) => _parts.FlushAsync(_entities.Current, ct);

        public ValueTask DisposeAsync() => _parts.DisposeAsync();
    }

    abstract class PartsSink : IAsyncDisposable
    {
        public abstract Task AddAsync(ArticleWriteSql.ParagraphRow row, CancellationToken ct);
        public abstract Task AddAsync(ArticleWriteSql.MentionRow row, CancellationToken ct);
        public abstract Task AddAsync(ArticleWriteSql.QuoteRow row, CancellationToken ct);
        public abstract Task FlushAsync(Func<long, long> currentEntity, CancellationToken ct);
        public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    sealed class PreparedParts(DbConnection connection, DbTransaction transaction) : PartsSink
    {
        readonly PreparedCommand<ArticleWriteSql.ParagraphRow> _paragraphs = new(connection, transaction, ArticleWriteSql.InsertParagraph);
        readonly PreparedCommand<ArticleWriteSql.MentionRow> _mentions = new(connection, transaction, ArticleWriteSql.InsertMention);
        readonly PreparedCommand<ArticleWriteSql.QuoteRow> _quotes = new(connection, transaction, ArticleWriteSql.InsertQuote);

        public override Task AddAsync(ArticleWriteSql.ParagraphRow row, CancellationToken ct) => _paragraphs.ExecuteAsync(row, ct);
        public override Task AddAsync(ArticleWriteSql.MentionRow row, CancellationToken ct) => _mentions.ExecuteAsync(row, ct);
        public override Task AddAsync(ArticleWriteSql.QuoteRow row, CancellationToken ct) => _quotes.ExecuteAsync(row, ct);

        // each row went in when it was added (and moved with its entity when that was absorbed)
        public override Task FlushAsync(Func<long, long> currentEntity, CancellationToken ct) => Task.CompletedTask;

        public override async ValueTask DisposeAsync()
        {
            await _paragraphs.DisposeAsync();
            await _mentions.DisposeAsync();
            await _quotes.DisposeAsync();
        }
    }

    sealed class CopiedParts(Npgsql.NpgsqlConnection connection) : PartsSink
    {
        readonly List<ArticleWriteSql.ParagraphRow> _paragraphs = [];
        readonly List<ArticleWriteSql.MentionRow> _mentions = [];
        readonly List<ArticleWriteSql.QuoteRow> _quotes = [];

        public override Task AddAsync(ArticleWriteSql.ParagraphRow row, CancellationToken ct) { _paragraphs.Add(row); return Task.CompletedTask; }
        public override Task AddAsync(ArticleWriteSql.MentionRow row, CancellationToken ct) { _mentions.Add(row); return Task.CompletedTask; }
        public override Task AddAsync(ArticleWriteSql.QuoteRow row, CancellationToken ct) { _quotes.Add(row); return Task.CompletedTask; }

        public override async Task FlushAsync(Func<long, long> currentEntity, CancellationToken ct)
        {
            await Data.Postgres.PostgresBinaryCopy<ArticleWriteSql.ParagraphRow>.WriteAsync(connection, ArticleWriteSql.InsertParagraph, _paragraphs, ct);
            await Data.Postgres.PostgresBinaryCopy<ArticleWriteSql.MentionRow>.WriteAsync(connection, ArticleWriteSql.InsertMention,
                [.. _mentions.Select(m => m with { EntityId = currentEntity(m.EntityId) })], ct);
            await Data.Postgres.PostgresBinaryCopy<ArticleWriteSql.QuoteRow>.WriteAsync(connection, ArticleWriteSql.InsertQuote,
                [.. _quotes.Select(q => q.SpeakerEntityId is { } id ? q with { SpeakerEntityId = currentEntity(id) } : q)], ct);
            _paragraphs.Clear();
            _mentions.Clear();
            _quotes.Clear();
        }
    }
}
