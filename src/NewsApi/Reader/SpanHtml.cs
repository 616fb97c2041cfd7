using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NewsApi.Reader;

/// <summary>
/// An element to wrap around <c>text[Start..End)</c> (UTF-16 code units). <paramref name="Layer"/> orders spans
/// that cover the same text: lower layers go outside (quotes 0, mentions 1). <paramref name="Id"/> is written on the
/// first fragment only, so an anchor stays unique when a crossing span has to be split.
/// </summary>
public sealed record HtmlSpan(int Start, int End, string Tag, int Layer, IReadOnlyList<KeyValuePair<string, string>> Attributes, string? Id = null);

/// <summary>
/// Renders text with possibly nested or crossing spans as well-formed HTML: every character and attribute value is
/// encoded, spans nest by extent (longer outside, then by layer) and a span that crosses the end of another is
/// closed and reopened around it.
/// </summary>
public static class SpanHtml
{
    /// <summary>Keeps letters of every script (and curly quotes) readable in the source; markup characters are always encoded.</summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Renders <c>text[from..to)</c>; spans are clipped to that range and empty ones dropped.</summary>
    public static string Render(string text, int from, int to, IEnumerable<HtmlSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);

        var clipped = spans
            .Select(s => s with { Start = Math.Max(s.Start, from), End = Math.Min(s.End, to) })
            .Where(s => s.Start < s.End)
            .ToList();
        var boundaries = clipped.SelectMany(s => new[] { s.Start, s.End }).Append(from).Append(to).Distinct().Order().ToList();

        var html = new StringBuilder();
        var open = new List<HtmlSpan>();
        var started = new HashSet<HtmlSpan>(ReferenceEqualityComparer.Instance);
        for (var b = 0; b < boundaries.Count; b++)
        {
            var at = boundaries[b];
            var deepest = open.FindIndex(s => s.End == at);
            var reopen = new List<HtmlSpan>();
            if (deepest >= 0)
            {
                for (var i = open.Count - 1; i >= deepest; i--)
                {
                    html.Append("</").Append(open[i].Tag).Append('>');
                    if (open[i].End != at) reopen.Add(open[i]);
                }
                open.RemoveRange(deepest, open.Count - deepest);
            }
            var opening = reopen.Concat(clipped.Where(s => s.Start == at))
                .OrderByDescending(s => s.End).ThenBy(s => s.Layer).ThenBy(s => s.Start).ToList();
            foreach (var span in opening)
            {
                OpenTag(html, span, withId: started.Add(span));
                open.Add(span);
            }
            if (b + 1 < boundaries.Count)
                html.Append(Encoder.Encode(text.Substring(at, boundaries[b + 1] - at)));
        }
        return html.ToString();
    }

    static void OpenTag(StringBuilder html, HtmlSpan span, bool withId)
    {
        html.Append('<').Append(span.Tag);
        if (withId && span.Id is { } id) Attribute(html, "id", id);
        foreach (var (name, value) in span.Attributes) Attribute(html, name, value);
        html.Append('>');
    }

    static void Attribute(StringBuilder html, string name, string value) =>
        html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
}
