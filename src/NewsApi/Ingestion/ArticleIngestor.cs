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
