using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Quotes;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction;

/// <summary>Pure text in, structure out: paragraphs, lead (dateline and source), entities, quotes.</summary>
public sealed class ArticleExtractor
{
    /// <summary>Recorded on every annotation so that a later version can re-extract.</summary>
    public const string Version = "newsapi-extractor/0.2";

    readonly EntityRecognizer _entities;
    readonly QuoteExtractor _quotes;

    public ArticleExtractor(EntityRecognizer entities, QuoteExtractor quotes)
    {
        _entities = entities;
        _quotes = quotes;
    }

    /// <summary>An extractor with the models and gazetteers shipped in this assembly.</summary>
    public static ArticleExtractor CreateDefault() => new(EntityRecognizer.CreateDefault(), new QuoteExtractor());

    public ExtractedArticle Extract(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);

        var document = NewsDocument.Read(title, body);
        var entities = _entities.Recognize(document);
        var quotes = _quotes.Extract(document, entities);
        var lead = document.Lead;
        return new ExtractedArticle(lead.Dateline?.Text, lead.Source?.Text, document.Paragraphs, entities, quotes, Version);
    }
}
