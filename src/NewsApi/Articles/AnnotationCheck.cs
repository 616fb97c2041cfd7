using NewsApi.Extraction;

namespace NewsApi.Articles;

/// <summary>
/// Guards the offset invariant before anything is written: every span lies inside its field and
/// <c>field[start..end]</c> equals the span's text. A violation is a bug in the annotator, not bad client input.
/// </summary>
public static class AnnotationCheck
{
    public static void ThrowIfInvalid(string title, string body, ExtractedArticle annotations)
    {
        foreach (var entity in annotations.Entities)
        {
            if (entity.Mentions.Count == 0) throw new InvalidAnnotationsException($"Entity '{entity.Name}' has no mention.");
            foreach (var mention in entity.Mentions)
                Check(mention.Field == TextField.Title ? title : body, mention.Span, $"mention of '{entity.Name}'");
        }
        foreach (var quote in annotations.Quotes)
        {
            Check(body, quote.Content, "quote");
            Check(body, quote.Cue, "quote cue");
            if (quote.Speaker is { } speaker) Check(body, speaker, "quote speaker");
            if (quote.SpeakerEntity is { } index && (index < 0 || index >= annotations.Entities.Count))
                throw new InvalidAnnotationsException($"Quote speaker entity index {index} is out of range.");
        }
        foreach (var paragraph in annotations.Paragraphs)
        {
            if (paragraph.Start < 0 || paragraph.End > body.Length || paragraph.End <= paragraph.Start)
                throw new InvalidAnnotationsException($"Paragraph {paragraph.Index} [{paragraph.Start}, {paragraph.End}) is outside the body.");
        }
    }

    static void Check(string field, TextSpan span, string what)
    {
        if (span.Start < 0 || span.End > field.Length || span.End <= span.Start
            || !field.AsSpan(span.Start, span.Length).SequenceEqual(span.Text))
            throw new InvalidAnnotationsException($"The {what} [{span.Start}, {span.End}) does not match its text '{span.Text}'.");
    }
}

/// <summary>Annotations that break the offset invariant: a bug in the annotator for this one article.</summary>
public sealed class InvalidAnnotationsException(string message) : InvalidOperationException(message);
