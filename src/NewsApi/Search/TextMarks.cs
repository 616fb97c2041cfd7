using System.Globalization;
using System.Text;

namespace NewsApi.Search;

/// <summary>
/// A query's hits in a text, found in code for an index that cannot say where it matched (PostgreSQL's tsvector
/// keeps lexeme positions, not character offsets, and <c>ts_headline</c> gives none). The text is read as the index
/// reads it: words are runs of letters, digits and combining marks, folded as the <c>newsapi</c> configuration
/// folds them (<see cref="Fold"/>: PostgreSQL's unaccent rules, then lowercase; the same for text and query). A word matches a query word equal to it (or starting with it, for a prefix); a phrase matches its
/// words in a row. Its output is what FTS5's <c>highlight()</c> writes (<see cref="Highlighter.Open"/> and
/// <see cref="Highlighter.Close"/> around each hit), so both providers' hits are read by <see cref="Highlighter"/>.
/// Approximations: words of a NEAR are marked wherever they occur; the words of a text are split at every character
/// that is no letter or digit, where PostgreSQL's parser keeps some together (<c>3.5</c>, an e-mail address), so a
/// hit there is marked as a phrase of its parts.
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

    /// <summary>
    /// A word as matched: PostgreSQL's <c>unaccent</c> rules (Hamédan → Hamedan, Straße → Strasse), then lowercase,
    /// as the <c>newsapi</c> configuration reads it. The rules are PostgreSQL's own <c>unaccent.rules</c>, embedded,
    /// since the app runs with invariant globalization (no Unicode normalization to drop marks with).
    /// </summary>
    public static string Fold(string word)
    {
        var folded = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length;)
        {
            if (word[i] < 128) { folded.Append(word[i++]); continue; }
            var matched = false;
            for (var length = Math.Min(Unaccent.Longest, word.Length - i); length > 0 && !matched; length--)
                if (Unaccent.Rules.TryGetValue(word.Substring(i, length), out var replacement))
                {
                    folded.Append(replacement);
                    i += length;
                    matched = true;
                }
            if (!matched) folded.Append(word[i++]);
        }
        return folded.ToString().ToLowerInvariant();
    }

    // source TAB replacement, or a source alone (a combining mark: removed)
    static class Unaccent
    {
        public static readonly Dictionary<string, string> Rules = Load();
        public static readonly int Longest = Rules.Keys.Max(k => k.Length);

        static Dictionary<string, string> Load()
        {
            using var stream = typeof(TextMarks).Assembly.GetManifestResourceStream("NewsApi.Search.unaccent.rules")
                ?? throw new InvalidOperationException("The embedded unaccent.rules is missing.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var rules = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0) continue;
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab < 0) rules[line.Trim()] = "";
                else rules[line[..tab]] = Target(line[(tab + 1)..]);
            }
            return rules;
        }

        // a target may be written in double quotes (to hold spaces), "" for a quote inside them
        static string Target(string target) =>
            target.Length > 1 && target[0] == '"' && target[^1] == '"' ? target[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : target;
    }
}
