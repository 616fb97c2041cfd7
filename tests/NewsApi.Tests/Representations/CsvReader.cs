using System.Text;

namespace NewsApi.Tests.Representations;

/// <summary>A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes.</summary>
public static class CsvReader
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] is not (',' or '\r')) throw new FormatException($"text after closing quote at {i}");
            }
            else if (text[i] == ',') { fields.Add(field.ToString()); field.Clear(); i++; }
            else if (text[i] == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"bare CR at {i}");
                fields.Add(field.ToString()); field.Clear();
                records.Add([.. fields]); fields.Clear();
                i += 2;
            }
            else if (text[i] is '"' or '\n') throw new FormatException($"unexpected {(text[i] == '"' ? "quote" : "LF")} at {i}");
            else field.Append(text[i++]);
        }
        if (field.Length > 0 || fields.Count > 0) throw new FormatException("last record does not end with CRLF");
        return records;
    }

    /// <summary>Rows as dictionaries keyed by the header row.</summary>
    public static List<Dictionary<string, string>> ParseWithHeader(string text)
    {
        var records = Parse(text);
        var header = records[0];
        Assert.All(records, r => Assert.Equal(header.Length, r.Length));
        return [.. records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }
}
