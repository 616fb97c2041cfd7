namespace NewsApi.Extraction.Text;

public static class Paragraphs
{
    /// <summary>
    /// Paragraphs are runs of non-blank lines separated by one or more blank lines; spans exclude the
    /// surrounding white space, so body[Start..End] is the paragraph as printed.
    /// </summary>
    public static IReadOnlyList<ExtractedParagraph> Split(string body)
    {
        var result = new List<ExtractedParagraph>();
        var i = 0;
        while (i < body.Length)
        {
            while (i < body.Length && char.IsWhiteSpace(body[i])) i++;
            if (i >= body.Length) break;
            var start = i;
            var end = i;
            while (i < body.Length)
            {
                var lineEnd = body.IndexOf('\n', i);
                if (lineEnd < 0) lineEnd = body.Length;
                var line = body.AsSpan(i, lineEnd - i);
                if (line.IsWhiteSpace()) break;
                end = i + line.TrimEnd().Length;
                i = Math.Min(lineEnd + 1, body.Length);
            }
            result.Add(new ExtractedParagraph(result.Count, start, end));
        }
        return result;
    }
}
