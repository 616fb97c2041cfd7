namespace NewsApi.Extraction.Text;

/// <summary>
/// An article read once for every stage: title and body, paragraphs, the wire lead (dateline, source, byline) and
/// the body's sentences, which never start inside the lead. Entities and quotes take this document rather than
/// re-reading the text.
/// </summary>
public sealed class NewsDocument
{
    public string Title { get; }
    public string Body { get; }
    public IReadOnlyList<ExtractedParagraph> Paragraphs { get; }
    public Lead Lead { get; }

    /// <summary>Sentences of the body as [Start, End) offsets, paragraph by paragraph, the lead excluded.</summary>
    public IReadOnlyList<(int Start, int End, int Paragraph)> Sentences { get; }

    NewsDocument(string title, string body, IReadOnlyList<ExtractedParagraph> paragraphs, Lead lead)
    {
        Title = title;
        Body = body;
        Paragraphs = paragraphs;
        Lead = lead;
        var sentences = new List<(int, int, int)>(paragraphs.Count * 3);
        var ranges = new List<(int Start, int End)>(16);
        foreach (var p in paragraphs)
        {
            // the lead's own text (dateline, byline) is no sentence of the story
            var start = p.Start;
            foreach (var (s, e) in new[] { (lead.BylineStart, lead.BylineEnd), (lead.Start, lead.End) })
            {
                if (e <= start || s >= p.End) continue;
                if (s > start) AddSentences(body, start, s, p.Index, ranges, sentences);
                start = Math.Min(e, p.End);
            }
            AddSentences(body, start, p.End, p.Index, ranges, sentences);
        }
        Sentences = sentences;
    }

    static void AddSentences(string body, int start, int end, int paragraph, List<(int Start, int End)> ranges, List<(int, int, int)> into)
    {
        if (start >= end) return;
        ranges.Clear();
        Text.Sentences.Split(body, start, end, ranges);
        foreach (var (s, e) in ranges) into.Add((s, e, paragraph));
    }

    public static NewsDocument Read(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        return new NewsDocument(title, body, Text.Paragraphs.Split(body), Lead.Parse(body));
    }

    /// <summary>A document over paragraphs already split (and a lead already parsed, or none).</summary>
    public static NewsDocument Of(string title, string body, IReadOnlyList<ExtractedParagraph> paragraphs, Lead? lead = null) =>
        new(title, body, paragraphs, lead ?? Lead.None);
}
