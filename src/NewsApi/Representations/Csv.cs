using System.Globalization;
using System.Text;

namespace NewsApi.Representations;

/// <summary>
/// RFC 4180 CSV: a header row, CRLF line ends, fields with a comma, quote, CR or LF enclosed in double quotes with
/// inner quotes doubled. Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get
/// a leading apostrophe (OWASP "CSV injection"); numbers and dates are never altered.
/// </summary>
public static class Csv
{
    public static byte[] Write<T>(IEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns)
    {
        var text = new StringBuilder();
        AppendRow(text, columns.Select(c => c.Name));
        foreach (var row in rows)
            AppendRow(text, columns.Select(c => Cell(c.Value(row))));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    static void AppendRow(StringBuilder text, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) text.Append(',');
            first = false;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0) text.Append(cell);
            else text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        text.Append("\r\n");
    }

    /// <summary>A value as a cell: text guarded against formulas, lists joined with "; ", dates in ISO 8601 UTC.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        string s => GuardFormula(s),
        IEnumerable<string> list => GuardFormula(string.Join("; ", list)),
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        Enum e => e.ToString().ToLowerInvariant(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => GuardFormula(value.ToString() ?? ""),
    };

    public static string GuardFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}

/// <summary>One CSV column: its header and how a row's cell is read.</summary>
public sealed record CsvColumn<T>(string Name, Func<T, object?> Value);
