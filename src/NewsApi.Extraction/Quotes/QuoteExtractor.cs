namespace NewsApi.Extraction.Quotes;

/// <summary>Finds direct, indirect and mixed quotes and attributes each to its speaker.</summary>
public sealed class QuoteExtractor
{
    // Placeholder until the quote extractor lands.
    public IReadOnlyList<ExtractedQuote> Extract(
        string body, IReadOnlyList<ExtractedParagraph> paragraphs, IReadOnlyList<ExtractedEntity> entities) => [];
}
