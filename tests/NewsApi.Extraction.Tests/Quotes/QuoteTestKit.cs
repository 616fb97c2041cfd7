using NewsApi.Extraction.Quotes;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Quotes;

/// <summary>Runs the extractor on a small body and builds entities with exact spans.</summary>
static class QuoteTestKit
{
    public static IReadOnlyList<ExtractedQuote> Extract(string body, params ExtractedEntity[] entities)
    {
        var quotes = new QuoteExtractor().Extract(body, Paragraphs.Split(body), entities);
        foreach (var q in quotes)
        {
            Assert.Equal(q.Content.Text, body[q.Content.Start..q.Content.End]);
            Assert.Equal(q.Cue.Text, body[q.Cue.Start..q.Cue.End]);
            if (q.Speaker is { } s) Assert.Equal(s.Text, body[s.Start..s.End]);
        }
        return quotes;
    }

    /// <summary>An entity with a mention at every whole-word occurrence of each name.</summary>
    public static ExtractedEntity Entity(string body, EntityType type, params string[] names)
    {
        var mentions = new List<ExtractedMention>();
        foreach (var name in names)
            for (var i = body.IndexOf(name, StringComparison.Ordinal); i >= 0; i = body.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            {
                var wordStart = i == 0 || !char.IsLetter(body[i - 1]);
                var wordEnd = i + name.Length == body.Length || !char.IsLetter(body[i + name.Length]);
                if (wordStart && wordEnd && !mentions.Any(m => m.Span.Start <= i && i < m.Span.End))
                    mentions.Add(new ExtractedMention(TextField.Body, TextSpan.Of(body, i, i + name.Length)));
            }
        return new ExtractedEntity(names[0], type, names.Skip(1).ToList(), mentions.OrderBy(m => m.Span.Start).ToList());
    }
}
