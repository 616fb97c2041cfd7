using NewsApi.Articles;
using NewsApi.Extraction;

namespace NewsApi.Ingestion;

/// <summary>The one ingestion pipeline, shared by the API and the import command: extract, then store in one transaction.</summary>
public sealed class ArticleIngestor(ArticleExtractor extractor, ArticleStore store)
{
    public async Task<ArticleWriteResult> IngestAsync(NewArticle article, CancellationToken ct)
    {
        // a re-sent article is answered without extracting it again
        if (await store.FindIdByContentHashAsync(article.ContentHash, ct) is { } existing)
            return new ArticleWriteResult(existing, Created: false);
        var (withLead, annotations) = Extract(article);
        return await store.CreateAsync(withLead, annotations, ArticleExtractor.Version, ct);
    }

    /// <summary>
    /// Ingests a batch in one transaction, extracting on every core first; articles already stored are answered
    /// without extraction. If the batch cannot be written, each article is written on its own, so one bad article
    /// costs only itself and its error is in its result.
    /// </summary>
    public async Task<IReadOnlyList<BatchItemResult>> IngestBatchAsync(IReadOnlyList<NewArticle> articles, CancellationToken ct)
    {
        var results = new BatchItemResult?[articles.Count];
        var fresh = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (await store.FindIdByContentHashAsync(articles[i].ContentHash, ct) is { } existing)
                results[i] = new BatchItemResult(new ArticleWriteResult(existing, Created: false), null);
            else
                fresh.Add(i);
        }
        var extracted = fresh.AsParallel().AsOrdered().Select(i => Extract(articles[i])).ToList();
        try
        {
            var written = await store.CreateManyAsync(extracted, ArticleExtractor.Version, ct);
            for (var k = 0; k < fresh.Count; k++) results[fresh[k]] = new BatchItemResult(written[k], null);
        }
        catch (Exception e) when (e is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            for (var k = 0; k < fresh.Count; k++)
            {
                try { results[fresh[k]] = new BatchItemResult(await store.CreateAsync(extracted[k].Item1, extracted[k].Item2, ArticleExtractor.Version, ct), null); }
                catch (Exception one) when (one is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException) { results[fresh[k]] = new BatchItemResult(null, one.Message); }
            }
        }
        return [.. results.Select(r => r!)];
    }

    public async Task<ReplaceOutcome> ReplaceAsync(long id, NewArticle article, CancellationToken ct)
    {
        var (withLead, annotations) = Extract(article);
        return await store.ReplaceAsync(id, withLead, annotations, ArticleExtractor.Version, ct);
    }

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
