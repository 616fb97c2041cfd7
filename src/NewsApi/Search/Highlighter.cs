using System.Net;
using System.Text;
using NewsApi.Extraction;

namespace NewsApi.Search;

/// <summary>
/// Reads FTS5 <c>highlight()</c> output (the column text with each hit between two marker characters) back into
/// hit offsets in the original text, and builds an escaped snippet around the first hit.
/// </summary>
public static class Highlighter
{
    public const char Open = '\u0001';
    public const char Close = '\u0002';
    public const int MaxHighlights = 50;
    const int SnippetRadius = 90;

    /// <summary>The hits in <paramref name="marked"/>, as spans of the text without markers, shifted by <paramref name="offset"/>.</summary>
    public static List<Highlight> Hits(string? marked, TextField field, int offset = 0)
    {
        var hits = new List<Highlight>();
        if (marked is null) return hits;
        var plain = 0;
        var start = -1;
        var text = new StringBuilder();
        foreach (var c in marked)
        {
            if (c == Open) { start = plain; text.Clear(); continue; }
            if (c == Close)
            {
                if (start >= 0 && hits.Count < MaxHighlights) hits.Add(new Highlight(field, offset + start, offset + plain, text.ToString()));
                start = -1;
                continue;
            }
            if (start >= 0) text.Append(c);
            plain++;
        }
        return hits;
    }

    /// <summary>About 180 characters of <paramref name="text"/> around the first hit, HTML-escaped, hits in &lt;mark&gt;.</summary>
    public static string Snippet(string text, IReadOnlyList<Highlight> hits, int textOffset = 0)
    {
        var first = hits.Count > 0 ? hits[0].Start - textOffset : 0;
        var from = Math.Max(0, first - SnippetRadius);
        var to = Math.Min(text.Length, first + SnippetRadius);
        while (from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
        while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;

        var snippet = new StringBuilder();
        if (from > 0) snippet.Append('…');
        var at = from;
        foreach (var hit in hits.Select(h => (Start: h.Start - textOffset, End: h.End - textOffset)).Where(h => h.Start >= from && h.End <= to))
        {
            snippet.Append(WebUtility.HtmlEncode(text[at..hit.Start])).Append("<mark>")
                .Append(WebUtility.HtmlEncode(text[hit.Start..hit.End])).Append("</mark>");
            at = hit.End;
        }
        snippet.Append(WebUtility.HtmlEncode(text[at..to]));
        if (to < text.Length) snippet.Append('…');
        return snippet.ToString().Replace('\n', ' ');
    }
}
