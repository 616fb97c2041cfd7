using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Text;

/// <summary>
/// The metadata a wire story opens with: a dateline (<c>TEHRAN (Tasnim) –</c>, <c>Paris, June 3 (AFP) –</c>,
/// <c>LONDON —</c>), the agency that filed it, and a byline (<c>By Jane Doe, Associated Press</c>).
/// [<see cref="Start"/>, <see cref="End"/>) covers the dateline, after which the story's content starts;
/// [<see cref="BylineStart"/>, <see cref="BylineEnd"/>) the byline's line. No quote, speaker or person may lie inside
/// either. Empty ranges (0, 0) when the text has none.
/// </summary>
public sealed partial record Lead(TextSpan? Dateline, TextSpan? Source, TextSpan? Byline = null, int Start = 0, int End = 0,
    int BylineStart = 0, int BylineEnd = 0)
{
    public static readonly Lead None = new(null, null);

    // Leads sit at the start of a line near the top; some bodies carry a headline or caption line first.
    const int SearchWindow = 600;

    /// <summary>Whether <paramref name="offset"/> lies in the lead's metadata.</summary>
    public bool Covers(int offset) => offset >= Start && offset < End || offset >= BylineStart && offset < BylineEnd;

    public static Lead Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var window = Math.Min(body.Length, SearchWindow);
        TextSpan? byline = null, source = null, dateline = null;
        int start = 0, end = 0, bylineStart = 0, bylineEnd = 0;

        var by = BylinePattern().Match(body, 0, window);
        if (by.Success)
        {
            byline = Span(body, by.Groups["author"]);
            if (by.Groups["agency"].Success && Agencies.IsAgency(by.Groups["agency"].Value)) source = Span(body, by.Groups["agency"]);
            (bylineStart, bylineEnd) = (by.Index, by.Index + by.Length);
        }

        var match = DatelinePattern().Match(body, 0, window);
        if (match.Success && IsDateline(match))
        {
            dateline = Span(body, match.Groups["place"]);
            if (match.Groups["source"].Success) source ??= Span(body, match.Groups["source"]);
            (start, end) = (match.Index, match.Index + match.Length);
            // "BERLIN (CTK) – WASHINGTON ― Donald Trump …": a second place line right after the first
            var again = SecondPlacePattern().Match(body, end);
            if (again.Success && again.Index == end) end += again.Length;
            while (end < body.Length && body[end] is ' ' or '\t' or '\u00A0') end++;
        }
        if (end == 0 && bylineEnd == 0) return None;
        return new Lead(dateline, source, byline, start, end, bylineStart, bylineEnd);
    }

    static TextSpan Span(string body, Group g) => TextSpan.Of(body, g.Index, g.Index + g.Length);

    // "LONDON —", "KALAMAZOO, Mich. —" and "OSLO (NTB) -" are datelines; "SOCCER - …" or "BREAKING —" (a section
    // label or a headline word) is not: a bare all-caps word must be a place the gazetteer knows.
    static bool IsDateline(Match match) =>
        match.Groups["source"].Success || match.Groups["qualifier"].Success
        || Entities.Gazetteer.Default.PlaceOf(match.Groups["place"].Value) is not null;

    [GeneratedRegex("""
        ^[ \t]*(?<place>\p{Lu}[\p{Lu}'’.\-]+(?:[ ]\p{Lu}[\p{Lu}'’.\-]*){0,3}|\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2}(?=,[ ]\p{Lu}\p{Ll}+\.?[ ]\d))
        (?<qualifier>,[ ][^()\n–—―]{1,40}?)?
        [ ]*(?:\([ ]*(?<source>[^()\n]{1,40}?)[ ]*\))?
        [ ]*(?:--|[–—―-])[ ]
        """, RegexOptions.Multiline | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex("""\G\p{Lu}[\p{Lu}'’.\-]+(?:[ ]\p{Lu}[\p{Lu}'’.\-]*){0,3}(?:,[ ][^()\n–—―]{1,30}?)?[ ]*(?:--|[–—―-])[ ]""",
        RegexOptions.CultureInvariant)]
    private static partial Regex SecondPlacePattern();

    [GeneratedRegex("""
        ^[ \t]*By[ ]+(?<author>\p{Lu}[\p{L}.'’\-]+(?:[ ]+(?:\p{Lu}[\p{L}.'’\-]*|de|del|van|von|al|bin|da|and))*?)
        (?:[ ]*(?:,|/|\||[ ]of[ ]|[ ]for[ ])[ ]*(?<agency>\p{Lu}[^\n,]{1,40}?))?[ \t]*$\n?
        """, RegexOptions.Multiline | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();
}

/// <summary>News agencies and wire services (Gazetteer/agencies.tsv): organisations, never people.</summary>
public static class Agencies
{
    static readonly FrozenSet<string> Names = Load();

    /// <summary>Every spelling of every agency, for the gazetteer.</summary>
    public static IEnumerable<string> All => Names;

    /// <summary>Whether a name is a known news agency ("AP", "Reuters", "Agence France-Presse"); case matters for acronyms.</summary>
    public static bool IsAgency(ReadOnlySpan<char> name) =>
        Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.Trim());

    static FrozenSet<string> Load()
    {
        const string resource = "NewsApi.Extraction.Gazetteer.agencies.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded resource {resource}.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            foreach (var name in line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) names.Add(name);
        }
        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
