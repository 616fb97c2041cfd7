using System.Globalization;
using System.Text;

namespace NewsApi.Search;

/// <summary>
/// Renders a <see cref="SearchExpression"/> as the text of PostgreSQL's <c>to_tsquery('newsapi', …)</c> for one index.
/// Every word or phrase is one quoted operand (<c>'Hamédan'</c>), so no user text is ever tsquery syntax: a syntax
/// error from a rendered query is a bug here, not the client's. Inside the quotes <c>to_tsquery</c> reads the text
/// with the same parser and dictionaries as the index (lowercase, unaccent, no stemming), so a word the parser
/// splits (<c>Iran’s</c>, <c>foo_bar</c>, a hyphenated word) becomes the same lexemes, in a phrase, as in the
/// indexed text, much as SQLite's unicode61 splits it.
/// <list type="bullet">
/// <item>phrases: <c>&lt;-&gt;</c>, made by <c>to_tsquery</c> from the quoted words;</item>
/// <item>prefixes: <c>:*</c>; on a phrase, PostgreSQL makes every word of it a prefix (FTS5: only the last);</item>
/// <item>column filters: weights (articles: title <c>A</c>, body <c>B</c>; quotes: text <c>A</c>, speaker <c>B</c>, as
/// in migrations 0002 and 0005), put on every operand of the filtered group, since tsquery weighs operands only;</item>
/// <item>NOT: <c>a &amp; !b</c>;</item>
/// <item>NEAR(a b, n) has no tsquery counterpart and is approximated: FTS5 finds a and b with at most n words
/// between them, in either order, which for two words is exactly <c>a &lt;k&gt; b | b &lt;k&gt; a</c> for k = 1…n+1
/// (for phrases the distance runs from the end of the first); more than two terms are every pair so near
/// (FTS5: all in one window of that size). A distance above <see cref="MaxNearDistance"/> is read as AND, which
/// keeps the query small; a NEAR that wide is "in the same text" for news articles.</item>
/// </list>
/// A word with no letter or digit (a phrase of punctuation) gives no lexeme, and <c>to_tsquery</c> drops it from the
/// query (FTS5 would match it against nothing).
/// </summary>
public static class TsQuery
{
    public const int MaxNearDistance = 30;

    /// <summary>The to_tsquery text for <paramref name="index"/>, or null when the query can match nothing there.</summary>
    public static string? For(SearchExpression query, SearchIndex index) =>
        query.For(index) is { } fitted ? Render(fitted, index, "") : null;

    static string Render(SearchExpression expression, SearchIndex index, string weights) => expression switch
    {
        Word w => Operand(w.Text, w.Prefix, weights),
        Phrase p => Operand(p.Text, p.Prefix, weights),
        Near n => NearGroup(n, index, weights),
        And a => string.Join(" & ", a.Operands.Select(o => Grouped(o, index, weights))),
        Or o => string.Join(" | ", o.Operands.Select(e => Grouped(e, index, weights))),
        Not n => $"{Grouped(n.Include, index, weights)} & !{Grouped(n.Exclude, index, weights)}",
        InColumns c => Grouped(c.Operand, index, Weights(c.Names, index)),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "No tsquery rendering."),
    };

    // tsquery binds ! before <->, <-> before &, & before |: parentheses make the model's tree the parse tree
    static string Grouped(SearchExpression e, SearchIndex index, string weights) =>
        e is Word or Phrase ? Render(e, index, weights) : $"({Render(e, index, weights)})";

    static string NearGroup(Near near, SearchIndex index, string weights)
    {
        var terms = near.Terms.Select(t => Grouped(t, index, weights)).ToList();
        var pairs = new List<string>();
        for (var i = 0; i < terms.Count; i++)
            for (var j = i + 1; j < terms.Count; j++)
                pairs.Add(near.Distance > MaxNearDistance
                    ? $"{terms[i]} & {terms[j]}"
                    : string.Join(" | ", Enumerable.Range(1, near.Distance + 1).Select(k =>
                        $"{terms[i]} <{k.ToString(CultureInfo.InvariantCulture)}> {terms[j]} | {terms[j]} <{k.ToString(CultureInfo.InvariantCulture)}> {terms[i]}")));
        return pairs.Count == 1 ? pairs[0] : string.Join(" & ", pairs.Select(p => $"({p})"));
    }

    static string Weights(IEnumerable<SearchColumn> columns, SearchIndex index) =>
        string.Concat(columns.Select(c => index.Columns.ToList().IndexOf(c) switch { 0 => 'A', 1 => 'B', _ => throw new ArgumentOutOfRangeException(nameof(columns), c, $"Not a column of {index.Name}.") })
            .Distinct().Order());

    /// <summary>One quoted operand: <c>'text'</c>, with <c>:*</c> and weights as asked.</summary>
    static string Operand(string text, bool prefix, string weights)
    {
        var quoted = new StringBuilder("'");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '\\') quoted.Append(c).Append(c == '\\' ? '\\' : '\'');
            // control characters separate words anyway, and PostgreSQL text cannot hold NUL; a lone surrogate is no text
            else if (char.IsControl(c) || (char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))) || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))))
                quoted.Append(' ');
            else quoted.Append(c);
        }
        // '' is a tsquery syntax error; a blank operand is dropped like any without a lexeme
        if (quoted.Length == 1) quoted.Append(' ');
        quoted.Append('\'');
        if (prefix || weights.Length > 0) quoted.Append(':').Append(prefix ? "*" : "").Append(weights);
        return quoted.ToString();
    }
}
