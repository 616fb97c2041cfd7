using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Text;

/// <summary>The dateline and source of a wire-style lead such as <c>TEHRAN (Tasnim) –</c>.</summary>
public sealed partial record Lead(TextSpan? Dateline, TextSpan? Source)
{
    public static readonly Lead None = new(null, null);

    // Leads sit at the start of a line near the top; some bodies carry a headline or caption line first.
    const int SearchWindow = 600;

    /// <summary>
    /// Reads <c>PLACE (Source) –</c>, <c>PLACE, Date (Source) —</c> or <c>PLACE –</c> at the start of one of the
    /// first lines: the place must be in capitals and the lead must end in a dash.
    /// </summary>
    public static Lead Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var match = LeadPattern().Match(body, 0, Math.Min(body.Length, SearchWindow));
        if (!match.Success) return None;
        var place = match.Groups["place"];
        var source = match.Groups["source"];
        return new Lead(
            TextSpan.Of(body, place.Index, place.Index + place.Length),
            source.Success ? TextSpan.Of(body, source.Index, source.Index + source.Length) : null);
    }

    [GeneratedRegex("""
        ^[ \t]*(?<place>\p{Lu}[\p{Lu}'’.\-]+(?:[ ]\p{Lu}[\p{Lu}'’.\-]*){0,3})
        (?:,[ ][^()\n–—]{1,40}?)?
        [ ]*(?:\([ ]*(?<source>[^()\n]{1,40}?)[ ]*\))?
        [ ]*(?:--|[–—-])[ ]
        """, RegexOptions.Multiline | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex LeadPattern();
}
