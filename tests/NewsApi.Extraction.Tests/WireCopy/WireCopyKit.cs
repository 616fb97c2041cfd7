namespace NewsApi.Extraction.Tests.WireCopy;

/// <summary>Runs the whole pipeline (lead, entities, quotes) as the API does, on invented wire copy.</summary>
static class WireCopyKit
{
    static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    public static ExtractedArticle Extract(string body, string title = "") => Extractor.Extract(title, body);

    public static ExtractedQuote QuoteWithCue(this ExtractedArticle article, string cue) =>
        Assert.Single(article.Quotes, q => q.Cue.Text == cue);

    public static string? SpeakerEntityName(this ExtractedArticle article, ExtractedQuote quote) =>
        quote.SpeakerEntity is { } e ? article.Entities[e].Name : null;
}
