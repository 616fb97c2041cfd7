using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Extraction;

namespace NewsApi.Ingestion;

/// <summary>The one ingestion pipeline, shared by the API and the import command: extract, then store in one transaction.</summary>
public sealed class ArticleIngestor(ArticleExtractor extractor, ArticleStore store, ArticleWriter writer, IDataErrorTranslator errors,
    DatabaseWriter database)
{
    public async Task<ArticleWriteResult> IngestAsync(NewArticle article, CancellationToken ct)
    {
        // a re-sent article is answered without extracting it again
        if (await store.FindIdByContentHashAsync(article.ContentHash, ct) is { } existing)
        {
            // found committed, perhaps not yet acknowledged by the process that wrote it: not before every process sees it
            await database.SettleAsync();
            return new ArticleWriteResult(existing, Created: false);
        }
        var (withLead, annotations) = Extract(article);
        return await writer.CreateAsync(withLead, annotations, ArticleExtractor.Version, ct);
    }

    /// <summary>
    /// Ingests a batch in one transaction, extracting on every core first; articles already stored are answered
    /// without extraction. If the batch is refused because of an article (its annotations fail the offset check, or a
    /// constraint refuses a row), each article is written on its own, so one bad article costs only itself and its
    /// error is in its result. Any other failure (the database unavailable, a bug) is thrown, not reported per article.
    /// </summary>
    public async Task<IReadOnlyList<BatchItemResult>> IngestBatchAsync(IReadOnlyList<NewArticle> articles, CancellationToken ct) =>
        await WriteBatchAsync(await PrepareBatchAsync(articles, ct), ct);

    /// <summary>The extraction half of <see cref="IngestBatchAsync"/>: may run while the previous batch is written.</summary>
    public async Task<PreparedBatch> PrepareBatchAsync(IReadOnlyList<NewArticle> articles, CancellationToken ct)
    {
        var known = new ArticleWriteResult?[articles.Count];
        var fresh = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (await store.FindIdByContentHashAsync(articles[i].ContentHash, ct) is { } existing)
                known[i] = new ArticleWriteResult(existing, Created: false);
            else
                fresh.Add(i);
        }
        var extracted = fresh.AsParallel().AsOrdered().Select(i => Extract(articles[i])).ToList();
        return new PreparedBatch(known, fresh, extracted);
    }

    /// <summary>The writing half of <see cref="IngestBatchAsync"/>.</summary>
    public async Task<IReadOnlyList<BatchItemResult>> WriteBatchAsync(PreparedBatch batch, CancellationToken ct)
    {
        var results = batch.Known.Select(k => k is null ? null : new BatchItemResult(k, null)).ToArray();
        // answers found by a read only: as for one article (a write below waits after its own commit, later than that read)
        if (batch.Fresh.Count == 0 && results.Length > 0) await database.SettleAsync();
        try
        {
            var written = await writer.CreateManyAsync(batch.Extracted, ArticleExtractor.Version, ct);
            for (var k = 0; k < batch.Fresh.Count; k++) results[batch.Fresh[k]] = new BatchItemResult(written[k], null);
        }
        catch (Exception e) when (IsArticleError(e))
        {
            for (var k = 0; k < batch.Fresh.Count; k++)
            {
                var (article, annotations) = batch.Extracted[k];
                try { results[batch.Fresh[k]] = new BatchItemResult(await writer.CreateAsync(article, annotations, ArticleExtractor.Version, ct), null); }
                catch (Exception one) when (IsArticleError(one)) { results[batch.Fresh[k]] = new BatchItemResult(null, one.Message); }
            }
        }
        return [.. results.Select(r => r!)];
    }

    bool IsArticleError(Exception e) =>
        e is InvalidAnnotationsException
        || errors.Translate(e) is { Kind: DataErrorKind.UniqueViolation or DataErrorKind.ConstraintViolation or DataErrorKind.TooLarge };

    /// <summary>Replaces an article's text and metadata, and re-extracts it.</summary>
    public async Task<ReplaceOutcome> ReplaceAsync(long id, NewArticle article, CancellationToken ct)
    {
        var (withLead, annotations) = Extract(article);
        return await writer.ReplaceAsync(id, withLead, annotations, ArticleExtractor.Version, keepMetadata: false, ct);
    }

    /// <summary>Replaces an article's title and body only, keeping its stored metadata, and re-extracts it.</summary>
    public async Task<ReplaceOutcome> ReplaceTextAsync(long id, NewArticle article, CancellationToken ct) =>
        await writer.ReplaceAsync(id, article, extractor.Extract(article.Title, article.Body), ArticleExtractor.Version, keepMetadata: true, ct);

    (NewArticle, ExtractedArticle) Extract(NewArticle article)
    {
        var annotations = extractor.Extract(article.Title, article.Body);
        return (article with
        {
            Source = article.Source ?? annotations.Source,
            Dateline = article.Dateline ?? annotations.Dateline,
        }, annotations);
    }
}

/// <summary>One article of a batch: stored (or found stored), or the reason it could not be.</summary>
public sealed record BatchItemResult(ArticleWriteResult? Result, string? Error);

/// <summary>
/// A batch ready to write: the articles found already stored (<c>Known</c>, by position) and the extracted rest
/// (<c>Extracted</c>, at positions <c>Fresh</c>).
/// </summary>
public sealed record PreparedBatch(
    IReadOnlyList<ArticleWriteResult?> Known, IReadOnlyList<int> Fresh, IReadOnlyList<(NewArticle Article, ExtractedArticle Annotations)> Extracted);
