using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Entities;

/// <summary>Rules that correct and complete the tagger's spans within one field.</summary>
internal static class SpanRules
{
    /// <summary>
    /// Drops leading person titles ("Spokesman", "Mr.") from person spans, and spans that are only titles,
    /// demonyms ("Iranian") or dates ("Wednesday", "March 2011").
    /// </summary>
    public static void Clean(List<Candidate> spans, bool keepDemonyms)
    {
        for (var k = spans.Count - 1; k >= 0; k--)
        {
            var c = spans[k];
            var d = c.Doc;
            if (c.Type == NerType.Person)
                while (c.TokenCount > 1 && (IsTitle(d, c.Start) || IsMisspeltTitle(d, c.Start))) c.Start++;
            // "Secreatry Ali Shamkhani": a lone (possibly misspelt) title right before a person is not a name,
            // nor is a trailing one part of an organisation ("UN Secretary General" + person).
            var beforePerson = spans.Exists(p => p.Type == NerType.Person && p.Start == c.End);
            if (beforePerson && c.Type != NerType.Person)
                while (c.TokenCount > 1 && (IsTitle(d, c.End - 1) || IsMisspeltTitle(d, c.End - 1))) c.End--;
            var titleOnly = c.TokenCount == 1 && (c.Type == NerType.Person && IsTitle(d, c.Start) ||
                                                  beforePerson && (IsTitle(d, c.Start) || IsMisspeltTitle(d, c.Start)));
            if (titleOnly || IsDate(d, c.Start, c.End) || !keepDemonyms && IsDemonym(d, c.Start, c.End) ||
                (d.Flags[c.Start] & NerDocument.Punctuation) != 0 && c.TokenCount == 1)
                spans.RemoveAt(k);
        }
    }

    static bool IsTitle(NerDocument d, int i) =>
        (d.GazetteerKinds[i] & GazetteerKind.PersonTitle) != 0 && (d.GazetteerKinds[i] & GazetteerKind.FirstName) == 0;

    // One edit or transposition away from a title word of six letters or more, and no known word itself.
    static bool IsMisspeltTitle(NerDocument d, int i)
    {
        var w = d.Tokens[i].In(d.Text);
        if (w.Length < 6 || d.GazetteerKinds[i] != GazetteerKind.None || (d.Flags[i] & NerDocument.InitialCapital) == 0) return false;
        foreach (var title in Gazetteer.PersonTitleWords)
            if (title.Length >= 6 && Math.Abs(title.Length - w.Length) <= 1 && WithinOneEdit(w, title)) return true;
        return false;
    }

    // Optimal string alignment distance <= 1 (insertion, deletion, substitution or adjacent transposition).
    internal static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[i])) i++;
        if (i == a.Length && i == b.Length) return true;
        static bool Same(ReadOnlySpan<char> x, ReadOnlySpan<char> y) => x.Equals(y, StringComparison.OrdinalIgnoreCase);
        if (a.Length == b.Length)
            return Same(a[(i + 1)..], b[(i + 1)..]) ||
                   i + 1 < a.Length && char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[i + 1]) &&
                   char.ToLowerInvariant(a[i + 1]) == char.ToLowerInvariant(b[i]) && Same(a[(i + 2)..], b[(i + 2)..]);
        return a.Length + 1 == b.Length ? Same(a[i..], b[(i + 1)..]) : b.Length + 1 == a.Length && Same(a[(i + 1)..], b[i..]);
    }

    static bool IsDate(NerDocument d, int start, int end)
    {
        var any = false;
        for (var i = start; i < end; i++)
        {
            if ((d.GazetteerKinds[i] & (GazetteerKind.Month | GazetteerKind.Weekday)) != 0) any = true;
            else if ((d.Flags[i] & NerDocument.AllDigits) == 0 && d.Text[d.Tokens[i].Start] != ',') return false;
        }
        return any;
    }

    static bool IsDemonym(NerDocument d, int start, int end)
    {
        foreach (var m in d.Gazetteer)
            if (m.Start == start && m.End == end && (m.Kind & GazetteerKind.Demonym) != 0 &&
                (m.Kind & (GazetteerKind.Country | GazetteerKind.City)) == 0)
                return true;
        return false;
    }

    /// <summary>
    /// Countries, capitals and big cities the tagger missed, including ALL-CAPS datelines, as long as they are
    /// capitalised and not part of a longer capitalised name ("Moscow Times").
    /// </summary>
    public static void AddGazetteerLocations(TextField field, NerDocument d, List<Candidate> spans)
    {
        foreach (var m in d.Gazetteer)
        {
            if (m.Place is null || (m.Kind & (GazetteerKind.Country | GazetteerKind.Capital | GazetteerKind.MajorCity | GazetteerKind.Region)) == 0) continue;
            if ((m.Kind & (GazetteerKind.FirstName | GazetteerKind.Demonym | GazetteerKind.PersonTitle)) != 0) continue;
            if (!AllCapitalised(d, m.Start, m.End) || spans.Exists(c => c.Overlaps(m.Start, m.End))) continue;
            if (m.End < d.Count && IsCapitalisedWord(d, m.End) && (d.Flags[m.End] & NerDocument.LineAllCaps) == 0) continue;
            if (m.Start > 0 && IsCapitalisedWord(d, m.Start - 1) && (d.Flags[m.Start - 1] & (NerDocument.SentenceStart | NerDocument.LineAllCaps)) == 0) continue;
            // Short all-caps words are more often acronyms than places ("US" is fine, "IT" is not).
            if ((d.Flags[m.Start] & NerDocument.AllCaps) != 0 && m.End - m.Start == 1 && !m.Place.IsCountry && d.Tokens[m.Start].Length < 4) continue;
            spans.Add(new Candidate(field, d, m.Start, m.End, NerType.Location, Origin.Gazetteer));
        }
    }

    static bool AllCapitalised(NerDocument d, int start, int end)
    {
        for (var i = start; i < end; i++)
            if ((d.Flags[i] & NerDocument.InitialCapital) == 0 && !IsConnector(d, i)) return false;
        return (d.Flags[start] & NerDocument.InitialCapital) != 0;
    }

    static bool IsConnector(NerDocument d, int i) => d.Tokens[i].In(d.Text) is "of" or "and" or "the" or "de" or "-";

    static bool IsCapitalisedWord(NerDocument d, int i) =>
        d.Tokens[i].Kind == TokenKind.Word && (d.Flags[i] & NerDocument.InitialCapital) != 0 &&
        (d.GazetteerKinds[i] & (GazetteerKind.Month | GazetteerKind.Weekday)) == 0;

    /// <summary>
    /// Model designations such as "MiG-29", "AK-47" or "CAC-40" (a capitalised word, a hyphen, a part starting
    /// with a digit) are products or indices: MISC, when the tagger left them untagged.
    /// </summary>
    public static void AddDesignations(TextField field, NerDocument d, List<Candidate> spans)
    {
        for (var i = 0; i < d.Count; i++)
        {
            if ((d.Flags[i] & (NerDocument.InitialCapital | NerDocument.HasHyphen)) != (NerDocument.InitialCapital | NerDocument.HasHyphen) ||
                (d.Flags[i] & NerDocument.LineAllCaps) != 0)
                continue;
            var w = d.Tokens[i].In(d.Text);
            var hyphen = w.IndexOf('-');
            if (hyphen <= 0 || hyphen + 1 >= w.Length || !char.IsDigit(w[hyphen + 1]) || w[(hyphen + 1)..].Contains('-')) continue;
            if (!IsLetters(w[..hyphen]) || (d.GazetteerKinds[i] & (GazetteerKind.Month | GazetteerKind.Weekday)) != 0) continue;
            if (Gazetteer.Default.KindOf(w[..hyphen]) is var k && (k & (GazetteerKind.Month | GazetteerKind.Weekday)) != 0) continue;
            if (spans.Exists(c => c.Overlaps(i, i + 1))) continue;
            spans.Add(new Candidate(field, d, i, i + 1, NerType.Misc, Origin.Gazetteer));
        }
    }

    static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsLetter(c)) return false;
        return s.Length > 0;
    }

    static readonly HashSet<string> BroadcastNouns = new(StringComparer.OrdinalIgnoreCase)
        { "channel", "TV", "television", "radio", "station", "network", "broadcaster" };

    /// <summary>
    /// Broadcasters named with a number ("France 24 channel", "Channel 4 television"): a name, a number of up to
    /// three digits and a broadcasting noun make one organisation.
    /// </summary>
    public static void ExtendBroadcasters(NerDocument d, List<Candidate> spans)
    {
        foreach (var c in spans)
        {
            var n = c.End;
            if (n + 1 >= d.Count || (d.Flags[n] & NerDocument.AllDigits) == 0 || d.Tokens[n].Length > 3) continue;
            if (!BroadcastNouns.Contains(d.Tokens[n + 1].In(d.Text).ToString())) continue;
            if (spans.Exists(o => o != c && o.Overlaps(n, n + 1))) continue;
            c.End = n + 1;
            c.Type = NerType.Organization;
        }
    }

    /// <summary>
    /// "Long Name (ABC)": ABC names the same entity as the span before the parenthesis when its letters are
    /// the initials of that span's words (in order, at least 80 % of them, first letter equal).
    /// </summary>
    public static void LinkAcronyms(TextField field, NerDocument d, List<Candidate> spans)
    {
        for (var i = 1; i + 2 < d.Count; i++)
        {
            if (d.Text[d.Tokens[i].Start] != '(' || d.Text[d.Tokens[i + 2].Start] != ')') continue;
            var a = i + 1;
            if ((d.Flags[a] & NerDocument.Acronym) == 0) continue;
            var acronymText = d.Tokens[a].In(d.Text);
            var start = DefinitionStart(d, i, acronymText);
            if (start < 0) continue;
            // The definition may be tagged in pieces ("International" + "Atomic Energy Agency"): make it one span.
            var pieces = spans.Where(c => c.Overlaps(start, i)).ToList();
            if (pieces.Exists(c => c.Start < start)) continue;
            var acronym = spans.Find(c => c.Overlaps(a, a + 1));
            if (acronym is not null && (acronym.Start != a || acronym.End != a + 1)) continue;
            var type = pieces.Count > 0 ? pieces[^1].Type
                : acronym?.Type ?? NerType.Organization;
            if ((d.GazetteerKinds[i - 1] & GazetteerKind.OrganizationHead) != 0) type = NerType.Organization;
            Candidate longSpan;
            if (pieces.Count == 1 && pieces[0].Start == start && pieces[0].End == i) longSpan = pieces[0];
            else
            {
                spans.RemoveAll(pieces.Contains);
                longSpan = new Candidate(field, d, start, i, type, Origin.Alias);
                spans.Add(longSpan);
            }
            longSpan.Type = type;
            if (acronym is null)
            {
                acronym = new Candidate(field, d, a, a + 1, type, Origin.Alias);
                spans.Add(acronym);
            }
            acronym.Type = type;
            acronym.SameAs = longSpan;
        }
    }

    // The first token of the capitalised words before a parenthesis whose initials spell the acronym, nearest
    // start first; -1 if none does.
    static int DefinitionStart(NerDocument d, int paren, ReadOnlySpan<char> acronym)
    {
        var letters = 0;
        foreach (var c in acronym)
            if (char.IsLetter(c)) letters++;
        var words = 0;
        for (var s = paren - 1; s >= 0 && words <= letters + 1; s--)
        {
            var capital = (d.Flags[s] & NerDocument.InitialCapital) != 0 && d.Tokens[s].Kind != TokenKind.Punctuation;
            if (!capital && !IsConnector(d, s) && d.Tokens[s].In(d.Text) is not "for") return -1;
            if (!capital) continue;
            words++;
            if (words >= 2 && InitialsMatch(d, s, paren, acronym)) return s;
        }
        return -1;
    }

    internal static bool InitialsMatch(NerDocument d, int start, int end, ReadOnlySpan<char> acronym)
    {
        Span<char> letters = stackalloc char[16];
        var n = 0;
        foreach (var c in acronym)
            if (char.IsLetter(c) && n < letters.Length) letters[n++] = char.ToUpperInvariant(c);
        if (n < 2) return false;
        Span<char> initials = stackalloc char[16];
        var m = 0;
        for (var i = start; i < end && m < initials.Length; i++)
        {
            var w = d.Tokens[i].In(d.Text);
            if (char.IsLetter(w[0])) initials[m++] = char.ToUpperInvariant(w[0]);
        }
        if (m == 0 || initials[0] != letters[0]) return false;
        // Longest common subsequence of acronym letters and word initials.
        Span<int> row = stackalloc int[17];
        Span<int> next = stackalloc int[17];
        row.Clear();
        for (var x = 0; x < n; x++)
        {
            next.Clear();
            for (var y = 0; y < m; y++)
                next[y + 1] = letters[x] == initials[y] ? row[y] + 1 : Math.Max(row[y + 1], next[y]);
            next.CopyTo(row);
        }
        return row[m] >= 0.8 * n;
    }

    static readonly string[][] AkaMarkers =
    [
        ["also", "known", "as"], ["a.k.a."], ["aka"], ["known", "as"], ["also", "called"], ["dubbed"], ["formerly"],
    ];

    /// <summary>
    /// "X (also known as Y or Z)" and "X, also known as Y,": Y and Z name the same entity as X. X may be a tagged
    /// span or a capitalised word run; names in the list become spans of X's type.
    /// </summary>
    public static void LinkAlsoKnownAs(TextField field, NerDocument d, List<Candidate> spans)
    {
        for (var i = 1; i < d.Count; i++)
        {
            var open = d.Tokens[i].In(d.Text);
            if (open is not ("(" or ",")) continue;
            var after = MatchMarker(d, i + 1);
            if (after < 0) continue;
            var head = spans.Find(c => c.End == i) ?? CapitalisedRunBefore(field, d, i);
            if (head is null) continue;
            if (!spans.Contains(head)) spans.Add(head);
            var k = after;
            while (k < d.Count)
            {
                var start = k;
                while (k < d.Count && d.Tokens[k].Kind != TokenKind.Punctuation && (d.Flags[k] & NerDocument.InitialCapital) != 0) k++;
                if (k == start) break;
                var existing = spans.Find(c => c.Overlaps(start, k));
                if (existing is null)
                {
                    // An untagged acronym in the list ("ISIS") is evidence of an organisation, whatever the head was tagged.
                    var type = k - start == 1 && (d.Flags[start] & NerDocument.Acronym) != 0 ? NerType.Organization : head.Type;
                    existing = new Candidate(field, d, start, k, type, Origin.Alias);
                    spans.Add(existing);
                }
                // A tagged alias keeps its own type: the entity's type is the vote of all its mentions.
                existing.SameAs = head;
                if (k < d.Count && d.Tokens[k].In(d.Text) is "or" or "and" or ",") k++;
                else break;
            }
        }
    }

    static int MatchMarker(NerDocument d, int i)
    {
        foreach (var marker in AkaMarkers)
        {
            if (i + marker.Length > d.Count) continue;
            var ok = true;
            for (var k = 0; k < marker.Length && ok; k++)
                ok = d.Tokens[i + k].In(d.Text).Equals(marker[k], StringComparison.OrdinalIgnoreCase);
            if (ok) return i + marker.Length;
        }
        return -1;
    }

    static Candidate? CapitalisedRunBefore(TextField field, NerDocument d, int end)
    {
        var start = end;
        while (start > 0 && d.Tokens[start - 1].Kind != TokenKind.Punctuation && (d.Flags[start - 1] & NerDocument.InitialCapital) != 0 &&
               (d.Flags[start] & NerDocument.SentenceStart) == 0)
            start--;
        if (start == end || (d.Flags[start] & NerDocument.SentenceStart) != 0 && end - start == 1 &&
            (d.Flags[start] & NerDocument.LowercaseSeen) != 0)
            return null;
        return new Candidate(field, d, start, end, NerType.Organization, Origin.Alias);
    }

    /// <summary>
    /// Document-level consistency: a word sequence tagged as an entity once is an entity wherever else it
    /// occurs untagged and capitalised in <paramref name="d"/>.
    /// </summary>
    public static void Propagate(TextField field, NerDocument d, IReadOnlyList<Candidate> known, List<Candidate> spans)
    {
        if (known.Count == 0 || d.Count == 0) return;
        var lineCaps = true;
        for (var i = 0; i < d.Count && lineCaps; i++) lineCaps = (d.Flags[i] & NerDocument.LineAllCaps) != 0;
        var comparison = lineCaps ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        // Forms indexed by their first word, longest first, so one pass over the tokens finds every occurrence.
        var byFirstWord = new Dictionary<uint, List<Candidate>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in known.OrderByDescending(c => c.TokenCount))
        {
            var text = c.Text;
            if (text.Length < 2 || !seen.Add(text)) continue;
            var first = Hash.Of(c.Doc.Tokens[c.Start].In(c.Doc.Text), lineCaps);
            if (!byFirstWord.TryGetValue(first, out var list)) byFirstWord[first] = list = [];
            list.Add(c);
        }
        var covered = new bool[d.Count];
        foreach (var c in spans)
            for (var k = c.Start; k < c.End; k++) covered[k] = true;
        for (var i = 0; i < d.Count; i++)
        {
            if (covered[i] || !byFirstWord.TryGetValue(lineCaps ? d.Lower[i] : d.Exact[i], out var forms)) continue;
            foreach (var source in forms)
            {
                var end = i + source.TokenCount;
                if (end > d.Count) continue;
                var text = source.Text;
                var s = d.Tokens[i].Start;
                var e = d.Tokens[end - 1].End;
                if (e - s != text.Length || !d.Text.AsSpan(s, e - s).Equals(text, comparison)) continue;
                var free = true;
                for (var k = i; k < end && free; k++) free = !covered[k];
                if (!free) continue;
                // Not when the match is only the start of a longer capitalised name.
                if (end < d.Count && d.Tokens[end].Kind == TokenKind.Word && (d.Flags[end] & NerDocument.InitialCapital) != 0 &&
                    !lineCaps && (d.Flags[end] & NerDocument.LowercaseSeen) == 0)
                    continue;
                spans.Add(new Candidate(field, d, i, end, source.Type, Origin.Consistency) { SameAs = source.SameAs ?? source });
                for (var k = i; k < end; k++) covered[k] = true;
                break;
            }
        }
    }

    /// <summary>Forces the tokens under a lead span (dateline or source) into one span of the given type.</summary>
    public static void ForceSpan(TextField field, NerDocument d, TextSpan span, NerType type, List<Candidate> spans)
    {
        var start = d.Tokens.FindIndex(t => t.End > span.Start);
        var end = d.Tokens.FindIndex(t => t.Start >= span.End);
        if (end < 0) end = d.Count;
        if (start < 0 || start >= end || d.Tokens[start].Start != span.Start || d.Tokens[end - 1].End != span.End) return;
        spans.RemoveAll(c => c.Overlaps(start, end));
        spans.Add(new Candidate(field, d, start, end, type, Origin.Lead));
    }
}
