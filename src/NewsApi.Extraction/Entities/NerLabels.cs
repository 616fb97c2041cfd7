namespace NewsApi.Extraction.Entities;

/// <summary>The tagger's entity classes, in label order.</summary>
public enum NerType : byte { Person, Organization, Location, Misc }

/// <summary>
/// BILOU labels over four types: 0 = O, then for type t: 1+4t = B, 2+4t = I, 3+4t = L, 4+4t = U.
/// </summary>
internal static class NerLabels
{
    public const int Count = 17;
    public const int O = 0;

    public static int Begin(NerType t) => 1 + 4 * (int)t;
    public static int Inside(NerType t) => 2 + 4 * (int)t;
    public static int Last(NerType t) => 3 + 4 * (int)t;
    public static int Unit(NerType t) => 4 + 4 * (int)t;

    public static NerType TypeOf(int label) => (NerType)((label - 1) / 4);

    /// <summary>0 = O, 1 = B, 2 = I, 3 = L, 4 = U.</summary>
    public static int PartOf(int label) => label == O ? 0 : (label - 1) % 4 + 1;

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> in a BILOU sequence.</summary>
    public static bool Allowed(int previous, int label)
    {
        var open = PartOf(previous) is 1 or 2;
        if (!open) return PartOf(label) is 0 or 1 or 4;
        return PartOf(label) is 2 or 3 && TypeOf(label) == TypeOf(previous);
    }

    public static string Name(int label) => label == O ? "O" : "BILU"[PartOf(label) - 1] + "-" + TypeOf(label) switch
    {
        NerType.Person => "PER",
        NerType.Organization => "ORG",
        NerType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>Token spans [Start, End) of each entity; an unclosed B/I run still counts as a span.</summary>
    public static List<(int Start, int End, NerType Type)> Spans(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, NerType)>();
        var i = 0;
        while (i < labels.Length)
        {
            var part = PartOf(labels[i]);
            if (part == 0) { i++; continue; }
            var type = TypeOf(labels[i]);
            var start = i++;
            if (part is 1 or 2)
                while (i < labels.Length && PartOf(labels[i]) is 2 or 3 && TypeOf(labels[i]) == type)
                    if (PartOf(labels[i++]) == 3) break;
            spans.Add((start, i, type));
        }
        return spans;
    }

    /// <summary>Gold labels for token spans.</summary>
    public static void Encode(IEnumerable<(int Start, int End, NerType Type)> spans, Span<int> labels)
    {
        labels.Clear();
        foreach (var (s, e, t) in spans)
        {
            if (e - s == 1) { labels[s] = Unit(t); continue; }
            labels[s] = Begin(t);
            for (var k = s + 1; k < e - 1; k++) labels[k] = Inside(t);
            labels[e - 1] = Last(t);
        }
    }
}
