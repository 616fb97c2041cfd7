namespace NewsApi.Search;

/// <summary>
/// Renders a <see cref="SearchExpression"/> as an SQLite FTS5 MATCH text for one index. Every word that is not a
/// plain FTS5 bareword is quoted, and every compound operand parenthesised, so what this writes always parses: an
/// FTS5 syntax error from a rendered query is a bug here, not the client's.
/// </summary>
public static class Fts5Query
{
    /// <summary>The MATCH text for <paramref name="index"/>, or null when the query can match nothing there.</summary>
    public static string? For(SearchExpression query, SearchIndex index) =>
        query.For(index) is { } fitted ? Render(fitted) : null;

    /// <summary>
    /// The MATCH text for a list that searches only <paramref name="index"/>, whose query was validated against its
    /// columns; one that could match nothing there must not silently become "no filter".
    /// </summary>
    public static string Match(SearchExpression query, SearchIndex index) =>
        For(query, index) ?? throw new ArgumentException($"The query names no column of the {index.Name} index; validate it against the index first.", nameof(query));

    public static string Render(SearchExpression expression) => expression switch
    {
        Word w => Term(w.Text) + (w.Prefix ? "*" : ""),
        Phrase p => Quoted(p.Text) + (p.Prefix ? "*" : ""),
        Near n => $"NEAR({string.Join(' ', n.Terms.Select(Render))}, {n.Distance.ToString(System.Globalization.CultureInfo.InvariantCulture)})",
        And a => string.Join(" AND ", a.Operands.Select(Operand)),
        Or o => string.Join(" OR ", o.Operands.Select(Operand)),
        Not n => $"{Operand(n.Include)} NOT {Operand(n.Exclude)}",
        InColumns c => $"{ColumnSpec(c.Names)}:{Operand(c.Operand)}",
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "No FTS5 rendering."),
    };

    // FTS5 binds NOT, then AND, then OR; parentheses make the model's tree the parse tree whatever the operators
    static string Operand(SearchExpression e) => e is And or Or or Not ? $"({Render(e)})" : Render(e);

    static string ColumnSpec(IReadOnlyList<SearchColumn> columns) => columns.Count == 1
        ? Column(columns[0])
        : $"{{{string.Join(' ', columns.Select(Column))}}}";

    static string Column(SearchColumn column) => column switch
    {
        SearchColumn.Title => "title",
        SearchColumn.Body => "body",
        SearchColumn.Text => "text",
        SearchColumn.Speaker => "speaker",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    static string Term(string word) =>
        word.Length > 0 && word.All(SearchQueryParser.IsWordChar) && word is not ("AND" or "OR" or "NOT" or "NEAR") ? word : Quoted(word);

    static string Quoted(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
