using System.Globalization;
using System.Text;

namespace NewsApi.Search;

/// <summary>
/// A query's hits in a text, found in code for an index that cannot say where it matched (PostgreSQL's tsvector
/// keeps lexeme positions, not character offsets, and <c>ts_headline</c> gives none). The text is read as the index
/// reads it: words are runs of letters, digits and combining marks, folded by dropping diacritics
/// (<see cref="Fold"/>: canonical decomposition without its nonspacing marks, the same for text and query) and
/// lowercasing. A word matches a query word equal to it (or starting with it, for a prefix); a phrase matches its
/// words in a row. Its output is what FTS5's <c>highlight()</c> writes (<see cref="Highlighter.Open"/> and
/// <see cref="Highlighter.Close"/> around each hit), so both providers' hits are read by <see cref="Highlighter"/>.
/// Approximations: words of a NEAR are marked wherever they occur; a word that PostgreSQL's unaccent folds
/// differently (ß → ss) is found by the index but not marked here.
/// </summary>
public sealed class TextMarks
{
    readonly List<Pattern> _patterns = [];

    readonly record struct Pattern(string[] Words, bool Prefix, IReadOnlyList<SearchColumn>? Columns);

    readonly record struct Token(int Start, int End, string Folded);

    /// <summary>The words to mark for <paramref name="query"/>: all but those it excludes, each in the columns its filter names.</summary>
    public TextMarks(SearchExpression query) => Collect(query, null);

    void Collect(SearchExpression e, IReadOnlyList<SearchColumn>? columns)
    {
        switch (e)
        {
            case Word w: Add(w.Text, w.Prefix, columns); break;
            case Phrase p: Add(p.Text, p.Prefix, columns); break;
            case Near n: foreach (var t in n.Terms) Collect(t, columns); break;
            case And a: foreach (var o in a.Operands) Collect(o, columns); break;
            case Or o: foreach (var x in o.Operands) Collect(x, columns); break;
            // a hit has none of what its query excludes (in the filtered columns): nothing to mark
            case Not n: Collect(n.Include, columns); break;
            case InColumns c: Collect(c.Operand, c.Names); break;
        }
    }

    void Add(string text, bool prefix, IReadOnlyList<SearchColumn>? columns)
    {
        var words = Tokens(text).Select(t => t.Folded).ToArray();
        if (words.Length > 0) _patterns.Add(new Pattern(words, prefix, columns));
    }

    /// <summary><paramref name="text"/> with the hits in <paramref name="column"/> between the highlight markers; null for null.</summary>
    public string? Mark(string? text, SearchColumn column)
    {
        if (text is null) return null;
        var tokens = Tokens(text);
        var spans = new List<(int Start, int End)>();
        foreach (var pattern in _patterns.Where(p => p.Columns is null || p.Columns.Contains(column)))
            for (var i = 0; i + pattern.Words.Length <= tokens.Count; i++)
                if (Matches(pattern, tokens, i)) spans.Add((tokens[i].Start, tokens[i + pattern.Words.Length - 1].End));
        if (spans.Count == 0) return text;

        var marked = new StringBuilder(text.Length + spans.Count * 2);
        var at = 0;
        var open = -1;
        var end = -1;
        foreach (var (start, stop) in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (open >= 0 && start < end) { end = Math.Max(end, stop); continue; } // overlapping hits are one
            if (open >= 0) Close();
            (open, end) = (start, stop);
        }
        Close();
        return marked.Append(text, at, text.Length - at).ToString();

        void Close()
        {
            marked.Append(text, at, open - at).Append(Highlighter.Open).Append(text, open, end - open).Append(Highlighter.Close);
            at = end;
        }
    }

    static bool Matches(Pattern pattern, List<Token> tokens, int at)
    {
        for (var k = 0; k < pattern.Words.Length; k++)
        {
            var word = tokens[at + k].Folded;
            var wanted = pattern.Words[k];
            // PostgreSQL's :* on a quoted phrase makes each of its words a prefix (TsQuery)
            if (pattern.Prefix ? !word.StartsWith(wanted, StringComparison.Ordinal) : word != wanted) return false;
        }
        return true;
    }

    static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i)) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text, i)) i++;
            tokens.Add(new Token(start, i, Fold(text[start..i])));
        }
        return tokens;
    }

    static bool IsWordChar(string text, int i) =>
        char.IsLetterOrDigit(text, i) || char.IsSurrogate(text[i])
        || CharUnicodeInfo.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>A word as matched: without diacritics (Hamédan → hamedan), lowercase.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }
}
